// parseScenario: typed result for valid files; every error at the right line:column.

import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { parseScenario, scenarioDiagnostic } from '../../../src/scenario/parse';
import type { Diagnostic } from '../../../src/sim/types';

const ROOT = path.resolve(__dirname, '../../../..');
const fixture = (name: string) => path.join(ROOT, 'test/fixtures/scenarios', name);

/** A minimal valid scenario; `extra` lines are appended at top level. */
function scenario(extra = '', args = '[{vma: {pid: 1, addr: 0x7f0000000000}}, 0x7f0000000000, 4]'): string {
  return [
    'name: t',
    'sources: [a.c]',
    'entry:',
    '  function: f',
    `  args: ${args}`,
    'memory:',
    '  processes:',
    '    - pid: 1',
    '      vmas: [{start: 0x7f0000000000, end: 0x7f0000004000}]',
    '      pages:',
    '        - {addr: 0x7f0000000000, pfn: 0x100}',
    '        - {addr: 0x7f0000001000, pfn: 0x101}',
    extra,
  ].join('\n');
}

function errors(text: string): Diagnostic[] {
  const r = parseScenario('s.yaml', text);
  assert.strictEqual(r.scenario, undefined, 'expected the scenario to be rejected');
  assert.ok(r.diagnostics.length > 0);
  for (const d of r.diagnostics) {
    assert.strictEqual(d.file, 's.yaml');
    assert.ok(d.line >= 1 && d.column >= 1, `bad position ${d.line}:${d.column}`);
  }
  return r.diagnostics.filter((d) => d.severity === 'error');
}

function find(ds: Diagnostic[], re: RegExp): Diagnostic {
  const d = ds.find((x) => re.test(x.message));
  assert.ok(d, `no diagnostic matching ${re}; got:\n${ds.map((x) => `${x.line}:${x.column} ${x.message}`).join('\n')}`);
  return d;
}

describe('scenario/parseScenario', () => {
  it('parses a valid scenario into typed data with BigInt addresses', () => {
    const r = parseScenario('s.yaml', scenario('threads: [{name: holder, function: g, args: [{page: {pid: 1, addr: 0x7f0000001000}}], start: first}]'));
    assert.deepStrictEqual(r.diagnostics, []);
    const s = r.scenario!;
    assert.strictEqual(s.name, 't');
    assert.deepStrictEqual(s.sources, ['a.c']);
    assert.strictEqual(s.entry.function, 'f');
    assert.deepStrictEqual(s.entry.args, [
      { kind: 'vma', pid: 1, addr: 0x7f0000000000n },
      { kind: 'int', value: 0x7f0000000000n },
      { kind: 'int', value: 4n },
    ]);
    assert.deepStrictEqual(s.threads, [{ name: 'holder', function: 'g', args: [{ kind: 'page', pid: 1, addr: 0x7f0000001000n }], start: 'first' }]);
    assert.strictEqual(s.memory.processes[0].pages![1].pfn, 0x101);
    assert.deepStrictEqual(s.view.ranges, []);
    assert.deepStrictEqual(s.expect, {});
    assert.deepStrictEqual(s.spans['/entry/function'], { line: 4, column: 13, endLine: 4, endColumn: 14 });
  });

  it('keeps 64-bit integers exact (beyond 2^53) and accepts quoted hex, null and negative args', () => {
    const r = parseScenario('s.yaml', scenario('', '[0xffff888000000001, "0x10", null, -22, 18446744073709551615, {mm: 1}, {pfn: 0x100}]'));
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual(r.scenario!.entry.args, [
      { kind: 'int', value: 0xffff888000000001n },
      { kind: 'int', value: 0x10n },
      { kind: 'null' },
      { kind: 'int', value: -22n },
      { kind: 'int', value: 18446744073709551615n },
      { kind: 'mm', pid: 1 },
      { kind: 'pfn', pfn: 0x100 },
    ]);
  });

  it('reports a YAML syntax error at its line and column', () => {
    const ds = errors(fs.readFileSync(fixture('bad-yaml.mmstep.yaml'), 'utf8'));
    assert.strictEqual(ds.length, 1);
    assert.match(ds[0].message, /^YAML syntax: Flow sequence/);
    assert.deepStrictEqual([ds[0].line, ds[0].column], [8, 1]);
  });

  it('reports a duplicate key and a bad indentation where they are', () => {
    const dup = errors('name: a\nname: b\n');
    assert.match(dup[0].message, /unique/);
    assert.deepStrictEqual([dup[0].line, dup[0].column], [2, 1]);
    const tab = errors('name: a\nentry:\n\tfunction: f\n');
    assert.strictEqual(tab[0].line, 3);
  });

  it('reports an empty file', () => {
    const ds = errors('# nothing here\n');
    assert.match(ds[0].message, /empty/);
  });

  it('reports schema errors at the offending node: unknown key on the key, enum on the value', () => {
    const ds = errors(fs.readFileSync(fixture('schema-error.mmstep.yaml'), 'utf8'));
    const unknown = find(ds, /unknown property "vmaz"/);
    assert.deepStrictEqual([unknown.line, unknown.column], [10, 7]);
    assert.match(unknown.message, /^memory\.processes\[0\]\.vmaz: .*expected one of: pid, name, vmas, pages/);
    const lru = find(ds, /on-the-lru/);
    assert.deepStrictEqual([lru.line, lru.column], [15, 16]);
    assert.match(lru.message, /"lru", "batch", "isolated", "none"/);
    const pid = find(ds, /missing required property "pid"/);
    assert.deepStrictEqual([pid.line, pid.column], [17, 12]);
    assert.strictEqual(ds.length, 3);
  });

  it('reports missing top-level properties and wrong types', () => {
    const ds = errors('name: 3\nsources: a.c\n');
    find(ds, /missing required property "entry"/);
    find(ds, /missing required property "memory"/);
    const src = find(ds, /^sources: expected a list/);
    assert.deepStrictEqual([src.line, src.column], [2, 10]);
    const name = find(ds, /^name: expected a string, got number 3/);
    assert.deepStrictEqual([name.line, name.column], [1, 7]);
  });

  it('gives the precise error inside an argument alternative, and one summary otherwise', () => {
    const ds = errors(scenario('', '[{vma: {pid: 1}}, "zz", {mm: x}]'));
    const vma = find(ds, /entry\.args\[0\]\.vma: missing required property "addr"/);
    assert.deepStrictEqual([vma.line, vma.column], [5, 16]);
    const zz = find(ds, /^entry\.args\[1\]: expected an argument/);
    assert.deepStrictEqual([zz.line, zz.column], [5, 27]);
    find(ds, /^entry\.args\[2\]\.mm: expected an integer, got the string "x"/);
    assert.strictEqual(ds.length, 3);
  });

  it('rejects addresses that are neither integers nor hex strings', () => {
    const ds = errors(scenario('view: {ranges: [{pid: 1, start: "0x7f_00", end: 0x7f0000004000}]}'));
    const d = find(ds, /^view\.ranges\[0\]\.start: expected an address/);
    assert.strictEqual(d.line, 13);
  });

  it('reports unknown processes, misaligned addresses and unknown threads (semantic checks)', () => {
    const ds = errors(fs.readFileSync(fixture('semantic-error.mmstep.yaml'), 'utf8'));
    const pid = find(ds, /no process with pid 2/);
    assert.deepStrictEqual([pid.line, pid.column], [7, 22]);
    const align = find(ds, /0x7f0000000010 is not page-aligned/);
    assert.deepStrictEqual([align.line, align.column], [18, 14]);
    const thread = find(ds, /unknown thread "nobody"/);
    assert.deepStrictEqual([thread.line, thread.column], [21, 37]);
  });

  it('checks references into the memory state', () => {
    const ds = errors(
      scenario(
        [
          'threads:',
          '  - {name: main, function: g}',
          '  - {name: a, function: g, args: [{page: {pid: 1, addr: 0x7f0000002000}}, {pfn: 0x999}, {vma: {pid: 1, addr: 0x7f0000009000}}]}',
          '  - {name: a, function: g}',
          'view: {ranges: [{pid: 1, start: 0x7f0000002000, end: 0x7f0000001000}]}',
          'expect:',
          '  ptes: [{pid: 1, addr: 0x7f0000000000, kind: none, pfn: 3}]',
          '  pages: [{pfn: 0x100, pid: 1, addr: 0x7f0000000000}]',
          '  fault: {kind: null-deref}',
          '  tlb: [{cpu: 1, pid: 1, addr: 0x7f0000000000, cached: false, stale: true}]',
          '  outcome: completed',
        ].join('\n'),
      ),
    );
    find(ds, /threads\[0\]\.name: the name "main" is reserved/);
    find(ds, /threads\[2\]\.name: duplicate thread name "a"/);
    find(ds, /no resident page at 0x7f0000002000 in pid 1/);
    find(ds, /no page with pfn 0x999/);
    find(ds, /address 0x7f0000009000 is not inside any VMA of pid 1/);
    find(ds, /end 0x7f0000001000 must be above start 0x7f0000002000/);
    find(ds, /outside the view ranges/);
    find(ds, /a none entry refers to no frame/);
    find(ds, /either by pfn or by pid and addr, not both/);
    find(ds, /a fault is expected but outcome is 'completed'/);
    find(ds, /expect\.tlb\[0\]\.stale: a translation that is not cached cannot be stale/);
    find(ds, /expect\.tlb\[0\]\.cpu: cpu 1 does not exist \(memory\.cpus is 1\)/);
  });

  it("maps the memory model's own errors (SpecError paths) to the YAML position", () => {
    // A page outside every VMA of its process: only the model knows.
    const text = scenario().replace('{addr: 0x7f0000001000, pfn: 0x101}', '{addr: 0x7f0000009000, pfn: 0x101}');
    const ds = errors(text);
    assert.strictEqual(ds.length, 1);
    assert.match(ds[0].message, /^memory\.processes\[0\]\.pages\[1\]/);
    assert.strictEqual(ds[0].line, 12);
  });

  it('locates any node of a parsed scenario by JSON pointer or dotted path', () => {
    const s = parseScenario('s.yaml', scenario()).scenario!;
    const d = scenarioDiagnostic(s, 'memory.processes[0].pages[1].pfn', 'no such frame');
    assert.deepStrictEqual([d.file, d.line, d.column, d.message], ['s.yaml', 12, 39, 'no such frame']);
    const e = scenarioDiagnostic(s, ['entry', 'args', 2], 'bad npages');
    assert.deepStrictEqual([e.line, e.column], [5, 65]);
    // A pointer below an existing node falls back to the nearest ancestor.
    const f = scenarioDiagnostic(s, '/entry/args/7', 'too many');
    assert.strictEqual(f.line, 5);
  });

  it('accepts both examples', () => {
    for (const name of ['private-4pages.mmstep.yaml', 'trylock-fails.mmstep.yaml']) {
      const file = path.join(ROOT, 'examples', name);
      const r = parseScenario(file, fs.readFileSync(file, 'utf8'));
      assert.deepStrictEqual(r.diagnostics, [], name);
      assert.ok(r.scenario!.expect.ptes!.length === 4, name);
    }
  });

  it('supports anchors under x- keys and merge keys, with the map\'s own keys winning', () => {
    const text = 'x-page: &pg {lru: batch, content: Z}\n' + scenario().replace('{addr: 0x7f0000001000, pfn: 0x101}', '{<<: *pg, addr: 0x7f0000001000, content: Y, bogus: 1}');
    const ds = errors(text);
    assert.strictEqual(ds.length, 1);
    assert.deepStrictEqual([ds[0].line, ds[0].column], [13, 55]);
    assert.match(ds[0].message, /pages\[1\]\.bogus: unknown property/);
    const ok = parseScenario('s.yaml', text.replace(', bogus: 1', ''));
    assert.deepStrictEqual(ok.diagnostics, []);
    assert.deepStrictEqual(ok.scenario!.memory.processes[0].pages![1], { lru: 'batch', content: 'Y', addr: 0x7f0000001000 });
    // An alias to an anchor defined later (or nowhere) is an error where the alias is.
    const late = errors(scenario('x-page: &pg {lru: batch}').replace('{addr: 0x7f0000001000, pfn: 0x101}', '{<<: *pg, addr: 0x7f0000001000}'));
    assert.match(late[0].message, /\*pg/);
    assert.deepStrictEqual([late[0].line, late[0].column], [12, 16]);
  });

  it('never throws on damaged scenarios, and every diagnostic points into the text (property)', () => {
    const base = fs.readFileSync(path.join(ROOT, 'examples/trylock-fails.mmstep.yaml'), 'utf8');
    const damage = fc.array(fc.tuple(fc.nat(base.length), fc.nat(12), fc.constantFrom('', ':', ' ', '\n', '[', '{', '-', 'x', '0x', '"', '*a', '&a ', '\t')), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(damage, (edits) => {
        let text = base;
        for (const [at, len, ins] of edits) text = text.slice(0, at) + ins + text.slice(at + len);
        const r = parseScenario('s.yaml', text);
        const lines = text.split('\n').length;
        for (const d of r.diagnostics) {
          if (d.line < 1 || d.line > lines || d.column < 1) return false;
        }
        return !!r.scenario || r.diagnostics.some((d) => d.severity === 'error');
      }),
      { numRuns: 300, seed: 20161120 },
    );
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', ':', '[', '- - -', '{a: *b}', 'a: &x [*x]', '\u0000', 'name: [1, {2: 3}]', 'memory: {processes: [{pid: 1, vmas: [{start: -1, end: 1}]}]}']) {
      const r = parseScenario('s.yaml', text);
      assert.ok(!r.scenario && r.diagnostics.length > 0, JSON.stringify(text));
    }
  });
});
