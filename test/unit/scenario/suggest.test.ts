// "Did you mean": the distance (with adjacent swaps), which candidates are close enough, and the
// messages that carry suggestions — a misspelt entry function, invariant, key and enum value —
// each at the range of the misspelt text (what becomes the squiggle in the editor).

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { lintCommand } from '../../../src/cli/lint';
import type { CliIo } from '../../../src/cli/load';
import { parseScenario } from '../../../src/scenario/parse';
import { didYouMean, editDistance, suggestNames, suggestionsIn } from '../../../src/scenario/suggest';
import { cNames, missingFnMessage } from '../../../src/sim/fn-names';
import { loadScenario } from '../../../src/sim/load';
import { LoadError, type Diagnostic } from '../../../src/sim/types';

describe('suggest: did you mean', () => {
  it('counts an adjacent swap as one edit (optimal string alignment)', () => {
    assert.strictEqual(editDistance('isoalte', 'isolate'), 1);
    assert.strictEqual(editDistance('kitten', 'sitting'), 3);
    assert.strictEqual(editDistance('', 'abc'), 3);
    assert.strictEqual(editDistance('abc', 'abc'), 0);
    // bounded: stops early past the limit
    assert.ok(editDistance('aaaaaaaa', 'bbbbbbbb', 2) > 2);
  });

  it('offers only close names, best first, and nothing for a far one', () => {
    const fns = ['current_migrate_to_dev', 'current_fault_back', 'cmd_setup', 'current_migrate_back'];
    assert.deepStrictEqual(suggestNames('current_migrate_to_devv', fns), ['current_migrate_to_dev']);
    assert.deepStrictEqual(suggestNames('curent_fault_back', fns), ['current_fault_back']);
    assert.deepStrictEqual(suggestNames('zzz', fns), []);
    assert.deepStrictEqual(suggestNames('cmd_setup', fns), [], 'the name itself is no suggestion');
    assert.deepStrictEqual(suggestNames('Migration_Entry_Locked', ['migration-entry-locked', 'mapcount']), ['migration-entry-locked']);
    assert.strictEqual(didYouMean('mapcont', ['mapcount', 'refcount']), "; did you mean 'mapcount'?");
    assert.strictEqual(didYouMean('xcount', ['mapcount', 'refcount'], '"'), '');
    assert.deepStrictEqual(suggestionsIn(`unknown property "vmaz" (did you mean "vmas"?); expected one of: pid`), ['vmas']);
    assert.deepStrictEqual(suggestionsIn("no C function 'f'; did you mean 'fa' or 'fb'?"), ['fa', 'fb']);
  });

  it('names the C names of renamed statics too', () => {
    const index = { 'helper@a.c': 0, 'helper@b.c': 1, run_a: 2 };
    assert.deepStrictEqual(cNames(index).sort(), ['helper', 'helper@a.c', 'helper@b.c', 'run_a']);
    assert.match(missingFnMessage('helpr', index), /did you mean 'helper'\?$/);
  });

  it('a misspelt key and enum value: the suggestion, at the key / value range', () => {
    const text = ['name: t', 'sources: [a.c]', 'entry: { function: f }', 'memory:', '  processes:', '    - pid: 1', '      vmaz: []', 'expect:', '  outcome: complted', ''].join('\n');
    const ds = parseScenario('t.mmstep.yaml', text).diagnostics;
    const key = ds.find((d) => /vmaz/.test(d.message));
    assert.ok(key, JSON.stringify(ds));
    assert.match(key.message, /unknown property "vmaz" \(did you mean "vmas"\?\)/);
    assert.deepStrictEqual([key.line, key.column, key.endLine, key.endColumn], [7, 7, 7, 11]);
    const value = ds.find((d) => /complted/.test(d.message));
    assert.ok(value, JSON.stringify(ds));
    assert.match(value.message, /did you mean "completed"\?/);
    assert.deepStrictEqual([value.line, value.column, value.endLine, value.endColumn], [9, 12, 9, 20]);
  });

  it('a missing property: the squiggle is the first line of the mapping, not all of it', () => {
    const ds = parseScenario('t.mmstep.yaml', 'name: t\nsources: [a.c]\nentry:\n  args: [1]\n').diagnostics;
    const entry = ds.find((d) => /"function"/.test(d.message));
    assert.ok(entry, JSON.stringify(ds));
    assert.deepStrictEqual([entry.line, entry.column, entry.endLine, entry.endColumn], [4, 3, 4, 7]);
    const memory = ds.find((d) => /"memory"/.test(d.message));
    assert.ok(memory, JSON.stringify(ds));
    assert.deepStrictEqual([memory.line, memory.column, memory.endLine, memory.endColumn], [1, 1, 1, 5]);
  });

  it("a misspelt word of a oneOf (a thread's start) names the word meant", () => {
    const text = ['name: t', 'sources: [a.c]', 'entry: { function: f }', 'memory: { processes: [{ pid: 1, vmas: [{ start: 0x10000, end: 0x11000 }] }] }', 'threads:', '  - { name: t, function: g, start: frist }', ''].join('\n');
    const ds = parseScenario('t.mmstep.yaml', text).diagnostics;
    assert.strictEqual(ds.length, 1, JSON.stringify(ds));
    assert.match(ds[0].message, /^threads\[0\]\.start: expected 'first', 'when-main-blocks', .* \(did you mean "first"\?\)$/);
    assert.deepStrictEqual([ds[0].line, ds[0].column, ds[0].endLine, ds[0].endColumn], [6, 36, 6, 41]);
  });

  it('a misspelt fault kind in expect.fault is an error with the kind meant', () => {
    const text = ['name: t', 'sources: [a.c]', 'entry: { function: f }', 'memory: { processes: [{ pid: 1, vmas: [{ start: 0x10000, end: 0x11000 }] }] }', 'expect:', '  fault: { kind: null-deref }', ''].join('\n');
    assert.deepStrictEqual(parseScenario('t.mmstep.yaml', text).diagnostics, []);
    const ds = parseScenario('t.mmstep.yaml', text.replace('null-deref', 'nul-deref')).diagnostics;
    assert.strictEqual(ds.length, 1, JSON.stringify(ds));
    assert.match(ds[0].message, /^expect\.fault\.kind: the string "nul-deref" is not allowed \(did you mean "null-deref"\?\)/);
    assert.deepStrictEqual([ds[0].line, ds[0].column, ds[0].endLine, ds[0].endColumn], [6, 18, 6, 27]);
  });
});

describe('suggest: load errors of a scenario (entry function, invariants, violations)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-suggest-'));
    fs.writeFileSync(path.join(dir, 'm.c'), 'int migrate_range(int n) { return n; }\nint helper(int n) { return n + 1; }\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(entry: string, extra: string[] = []): string {
    const file = path.join(dir, 's.mmstep.yaml');
    fs.writeFileSync(file, ['name: s', 'sources: [m.c]', `entry: { function: ${entry}, args: [1] }`, 'memory:', '  processes: [{ pid: 1, vmas: [{ start: 0x10000, end: 0x11000 }] }]', ...extra, ''].join('\n'));
    return file;
  }

  async function errors(file: string): Promise<Diagnostic[]> {
    try {
      await loadScenario(file, new NodeFileAccess());
    } catch (e) {
      if (e instanceof LoadError) return e.diagnostics;
      throw e;
    }
    return [];
  }

  it('a misspelt entry function: the nearest C function, on the value', async () => {
    const ds = await errors(write('migrate_rnage'));
    assert.strictEqual(ds.length, 1, JSON.stringify(ds));
    assert.strictEqual(ds[0].message, "no C function 'migrate_rnage' in the scenario's sources; did you mean 'migrate_range'?");
    assert.deepStrictEqual([ds[0].line, ds[0].column, ds[0].endLine, ds[0].endColumn], [3, 20, 3, 33]);
  });

  it('misspelt invariant names: on the key, and in expect.violations', async () => {
    const ds = await errors(write('migrate_range', ['invariants:', '  refcont: false', 'expect:', '  violations: [lost-wirte]']));
    const inv = ds.find((d) => /refcont/.test(d.message));
    assert.ok(inv, JSON.stringify(ds));
    assert.match(inv.message, /unknown invariant 'refcont'; did you mean 'refcount'\?/);
    assert.deepStrictEqual([inv.line, inv.column, inv.endLine, inv.endColumn], [7, 3, 7, 10]);
    const v = ds.find((d) => /lost-wirte/.test(d.message));
    assert.ok(v, JSON.stringify(ds));
    assert.match(v.message, /did you mean 'lost-write'\?/);
    assert.strictEqual(v.line, 9);
  });

  it('a thread at-line file that is not a source: the source meant', async () => {
    const ds = await errors(write('migrate_range', ['threads:', '  - { name: t, function: helper, start: { at-line: { file: n.c, line: 1 } } }']));
    assert.strictEqual(ds.length, 1, JSON.stringify(ds));
    assert.strictEqual(ds[0].message, "'n.c' is not one of the scenario's C sources; did you mean 'm.c'?");
  });

  it('mmstep lint --stdin --json: the editor text, not the file, and absolute paths', async () => {
    const file = write('migrate_range');
    let out = '';
    const io: CliIo = { out: (t) => void (out += t), err: () => undefined, color: false, files: new NodeFileAccess(), absolute: (p) => path.resolve(dir, p), display: (p) => p };
    const unsaved = fs.readFileSync(file, 'utf8').replace('function: migrate_range', 'function: helpr');
    const code = await lintCommand(io, file, { json: true, stdin: true }, async () => unsaved);
    assert.strictEqual(code, 2);
    const report = JSON.parse(out) as { loaded: boolean; diagnostics: Diagnostic[] };
    assert.strictEqual(report.loaded, false);
    assert.strictEqual(report.diagnostics[0].file, file);
    assert.match(report.diagnostics[0].message, /did you mean 'helper'\?/);
    out = '';
    assert.strictEqual(await lintCommand(io, file, { json: true }), 0, 'the file on disk loads');
    assert.deepStrictEqual(JSON.parse(out).diagnostics, []);
  });
});
