// A kernel tree's file compiled through the preprocessed-unit chain (src/c/tu-load.ts via
// src/sim/tree-units.ts): a small fake tree in a temporary directory (our own C, a Makefile with
// VERSION/PATCHLEVEL) using macros of mmstep's compat headers. Diagnostics, statement
// locations and breakpoint lines must be the user's file's line:col, a statement produced by a
// macro maps to the invocation, stages come from the built-in table, and the version of the
// tree picks the compat headers (nearest lower with a warning; none → error).

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { loadScenario } from '../../../src/sim/load';
import { Simulation } from '../../../src/sim/simulation';
import { LoadError } from '../../../src/sim/types';
import { stageOfFunction } from '../../../src/c/stage-table';

const dirs: string[] = [];

/** Lines of the fake tree's mm/fake.c; the tests refer to them by number. */
const FAKE_C = [
  '#include <linux/kernel.h>', //                                   1
  '', //                                                           2
  '#define BUMP(v) do { (v) += 2; } while (0)', //                 3
  '#define TWICE(x) ((x) * 2)', //                                 4
  '', //                                                           5
  'static int helper(int a)', //                                   6
  '{', //                                                          7
  '\treturn min(a, 10) + TWICE(a);', //                            8
  '}', //                                                          9
  '', //                                                          10
  'static void migrate_vma_collect(int *p)', //                   11
  '{', //                                                         12
  '\tBUMP(*p);', //                                               13
  '}', //                                                         14
  '', //                                                          15
  'int fake_entry(int n)', //                                     16
  '{', //                                                         17
  '\tint x = n;', //                                              18
  '\tmigrate_vma_collect(&x);', //                                19
  '\tx = helper(x);', //                                          20
  '\treturn x;', //                                               21
  '}', //                                                         22
  '',
].join('\n');

function makeTree(version: [number, number], files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-tu-'));
  dirs.push(root);
  fs.writeFileSync(path.join(root, 'Makefile'), `# top Makefile of a fake tree, written for this test\nVERSION = ${version[0]}\nPATCHLEVEL = ${version[1]}\nSUBLEVEL = 7\nEXTRAVERSION =\nNAME = Fake\n`);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

function scenario(dir: string, tree: string, source: string, entry = 'fake_entry', args = '[5]'): string {
  const file = path.join(dir, 'fake.mmstep.yaml');
  fs.writeFileSync(
    file,
    [
      'name: fake tree',
      `kernel_tree: ${tree}`,
      'sources:',
      `  - ${source}`,
      'entry:',
      `  function: ${entry}`,
      `  args: ${args}`,
      'memory:',
      '  processes:',
      '    - pid: 1',
      '      vmas: [{start: 0x7f0000000000, end: 0x7f0000001000}]',
      '',
    ].join('\n'),
  );
  return file;
}

async function loadErrors(file: string): Promise<LoadError> {
  try {
    await loadScenario(file, new NodeFileAccess(undefined, [path.dirname(file)]));
  } catch (e) {
    if (e instanceof LoadError) return e;
    throw e;
  }
  assert.fail('the scenario loaded');
}

describe('kernel tree files through the preprocessed-unit chain', () => {
  after(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('runs a tree file unmodified against the compat headers; the result is the C semantics', async () => {
    const tree = makeTree([6, 12], { 'mm/fake.c': FAKE_C });
    const sim = await Simulation.load(scenario(tree, '.', 'tree:mm/fake.c'), new NodeFileAccess(undefined, [tree]));
    const r = sim.runToEnd();
    // x = 5 + 2 = 7; helper(7) = min(7, 10) + 14 = 21
    assert.strictEqual(r.outcome, 'completed');
    assert.strictEqual(r.returned, '21');
  });

  it('statement locations and breakpoint lines are the tree file\'s; a macro statement maps to its invocation', async () => {
    const tree = makeTree([6, 12], { 'mm/fake.c': FAKE_C });
    const file = path.join(tree, 'mm/fake.c');
    const l = await loadScenario(scenario(tree, '.', 'tree:mm/fake.c'), new NodeFileAccess(undefined, [tree]));
    const lines = l.program.stmtLines[file];
    assert.ok(lines, `statement lines for ${file}: ${Object.keys(l.program.stmtLines).join(', ')}`);
    for (const n of [8, 13, 18, 19, 20, 21]) assert.ok(lines.includes(n), `line ${n} has a statement (${lines.join(',')})`);
    // BUMP(*p) expands to a do-while on line 13: every location of it is the invocation, col 2.
    const at13 = l.program.locs.filter((x) => x.file === file && x.line === 13);
    assert.ok(at13.length > 0);
    for (const x of at13) assert.strictEqual(x.column, 2, JSON.stringify(x));
    // `x = helper(x);` is spelled at 20:2; its locations start there.
    assert.ok(l.program.locs.some((x) => x.file === file && x.line === 20 && x.column === 2 && x.endLine === 20 && x.endColumn === 16), 'statement 20:2-20:16');
    // The function lines are the file's.
    const fn = l.program.functions[l.program.fnIndex['fake_entry']];
    assert.deepStrictEqual([fn.file, fn.line, fn.endLine], [file, 16, 22]);

    const sim = await Simulation.load(scenario(tree, '.', 'tree:mm/fake.c'), new NodeFileAccess(undefined, [tree]));
    const [bp] = sim.setBreakpoints(file, [{ line: 13 }]);
    assert.ok(bp.verified, bp.message);
    assert.strictEqual(sim.continue().reason, 'breakpoint');
    const top = sim.stack(sim.sched.mainTid)[0];
    assert.deepStrictEqual([top.name, top.file, top.line, top.column], ['migrate_vma_collect', file, 13, 2]);
    // The stage comes from the table (the file has no mmstep-stage comment).
    assert.strictEqual(sim.stage(), 'collect');
  });

  it('a diagnostic in a tree file names the line and column in that file, and the invocation for macro code', async () => {
    const bad = [
      '#include <linux/kernel.h>', // 1
      '#define CALL_BAD(v) nosuch_fn(v)', // 2
      'int fake_entry(int n)', // 3
      '{', // 4
      '\tint y = n +  CALL_BAD(n);', // 5
      '\treturn y + also_missing;', // 6
      '}', // 7
      '',
    ].join('\n');
    const tree = makeTree([6, 12], { 'mm/fake.c': bad });
    const file = path.join(tree, 'mm/fake.c');
    const e = await loadErrors(scenario(tree, '.', 'tree:mm/fake.c'));
    const ours = e.diagnostics.filter((d) => d.file === file).map((d) => `${d.line}:${d.column}: ${d.message}`);
    assert.ok(ours.some((m) => m.startsWith('5:15: ') && /nosuch_fn/.test(m)), ours.join('\n'));
    assert.ok(ours.some((m) => m.startsWith('6:13: ') && /also_missing/.test(m)), ours.join('\n'));
  });

  it('an absolute path to a tree file works as a plain source (no kernel_tree)', async () => {
    const tree = makeTree([6, 12], { 'mm/fake.c': FAKE_C });
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-tu-scn-'));
    dirs.push(elsewhere);
    const file = path.join(elsewhere, 'plain.mmstep.yaml');
    fs.writeFileSync(file, fs.readFileSync(scenario(tree, '.', 'x.c'), 'utf8').replace(/kernel_tree: .*\n/, '').replace('  - x.c', `  - ${path.join(tree, 'mm/fake.c')}`));
    const sim = await Simulation.load(file, new NodeFileAccess(undefined, [elsewhere]));
    assert.strictEqual(sim.runToEnd().returned, '21');
  });

  it('a tree of another version uses the nearest lower compat headers with a warning; an older one is an error', async () => {
    const newer = makeTree([6, 13], { 'mm/fake.c': FAKE_C });
    const l = await loadScenario(scenario(newer, '.', 'tree:mm/fake.c'), new NodeFileAccess(undefined, [newer]));
    const w = l.warnings.find((d) => /6\.13/.test(d.message));
    assert.ok(w, JSON.stringify(l.warnings));
    assert.match(w.message, /using those of 6\.12/);
    const older = makeTree([5, 10], { 'mm/fake.c': FAKE_C });
    const e = await loadErrors(scenario(older, '.', 'tree:mm/fake.c'));
    assert.match(e.diagnostics.map((d) => d.message).join('\n'), /Linux 5\.10\.7: mmstep has compatibility headers only for 6\.1, 6\.12, 6\.18/);
  });

  it('tree: sources without a kernel tree, and a kernel_tree that is not one, are scenario errors', async () => {
    const dir = makeTree([6, 12], { 'mm/fake.c': FAKE_C });
    const noTree = scenario(dir, '.', 'tree:mm/fake.c');
    fs.writeFileSync(noTree, fs.readFileSync(noTree, 'utf8').replace(/kernel_tree: .*\n/, ''));
    assert.match((await loadErrors(noTree)).diagnostics[0].message, /no kernel_tree/);
    const notKernel = scenario(dir, 'mm', 'tree:fake.c');
    const e = await loadErrors(notKernel);
    assert.match(e.diagnostics[0].message, /is not a kernel tree/);
    assert.strictEqual(e.diagnostics[0].line, 2);
  });

  it('two translation units each have their own static function of the same name; external ones are shared', async () => {
    const a = ['#include <linux/kernel.h>', 'static int helper(void) { return 1; }', 'int from_b(void);', 'int fake_entry(int n) { return helper() * 100 + from_b() * 10 + n; }', ''].join('\n');
    const b = ['#include <linux/kernel.h>', 'static int helper(void) { return 2; }', 'int from_b(void) { return helper(); }', ''].join('\n');
    const tree = makeTree([6, 12], { 'mm/a.c': a, 'mm/b.c': b });
    const file = scenario(tree, '.', 'tree:mm/a.c');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('  - tree:mm/a.c', '  - tree:mm/a.c\n  - tree:mm/b.c'));
    const sim = await Simulation.load(file, new NodeFileAccess(undefined, [tree]));
    assert.strictEqual(sim.runToEnd().returned, String(100 + 20 + 5));
  });

  it('a static function named in a file-scope ops table stays the unit\'s when a later file defines the name', async () => {
    const a = [
      'struct ops { int (*fn)(void); };',
      'static int helper(void) { return 1; }',
      'static const struct ops my_ops = { .fn = helper };',
      'int helper2(void);',
      'int fake_entry(int n) { return my_ops.fn() * 100 + helper2() * 10 + n; }',
      '',
    ].join('\n');
    const b = ['int helper(void) { return 2; }', 'int helper2(void) { return helper(); }', ''].join('\n');
    const tree = makeTree([6, 12], { 'mm/a.c': a, 'mm/b.c': b });
    const file = scenario(tree, '.', 'tree:mm/a.c');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('  - tree:mm/a.c', '  - tree:mm/a.c\n  - tree:mm/b.c'));
    const sim = await Simulation.load(file, new NodeFileAccess(undefined, [tree]));
    assert.strictEqual(sim.runToEnd().returned, String(100 + 20 + 5));
  });

  it('a duplicate external definition is an error naming both places', async () => {
    const a = ['int dup(void) { return 1; }', 'int fake_entry(int n) { return dup() + n; }', ''].join('\n');
    const b = ['', '', 'int dup(void) { return 2; }', ''].join('\n');
    const tree = makeTree([6, 12], { 'mm/a.c': a, 'mm/b.c': b });
    const file = scenario(tree, '.', 'tree:mm/a.c');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('  - tree:mm/a.c', '  - tree:mm/a.c\n  - tree:mm/b.c'));
    const e = await loadErrors(file);
    const d = e.diagnostics.find((x) => /redefinition of 'dup'/.test(x.message));
    assert.ok(d, JSON.stringify(e.diagnostics));
    assert.deepStrictEqual([d.file, d.line, d.column], [path.join(tree, 'mm/b.c'), 3, 1]);
    assert.ok(d.message.includes(`${path.join(tree, 'mm/a.c')}:1`), d.message);
  });

  it('memset clears C memory slot by slot; a range ending inside a field is refused', async () => {
    const c = [
      '#include <linux/kernel.h>',
      '#include <linux/string.h>',
      'struct pair { unsigned long a; int b; int c; };',
      'int fake_entry(int n)',
      '{',
      '\tunsigned long arr[4] = { 1, 2, 3, 4 };',
      '\tstruct pair p = { 7, 8, 9 };',
      '\tmemset(arr, 0, sizeof(arr[0]) * 3);',
      '\tmemset(&p.b, 0, sizeof(int));',
      '\treturn arr[0] + arr[1] + arr[2] + arr[3] * 10 + p.a * 100 + p.b + p.c * 1000 + n;',
      '}',
      'int bad_entry(int n)',
      '{',
      '\tunsigned long arr[2] = { 1, 2 };',
      '\tmemset(arr, 0, 3);',
      '\treturn n;',
      '}',
      '',
    ].join('\n');
    const tree = makeTree([6, 12], { 'mm/m.c': c });
    const ok = await Simulation.load(scenario(tree, '.', 'tree:mm/m.c'), new NodeFileAccess(undefined, [tree]));
    assert.strictEqual(ok.runToEnd().returned, String(40 + 700 + 9000 + 5));
    const bad = await Simulation.load(scenario(tree, '.', 'tree:mm/m.c', 'bad_entry'), new NodeFileAccess(undefined, [tree]));
    const r = bad.runToEnd();
    assert.strictEqual(r.outcome, 'fault');
    assert.match(r.fault!.message, /memset: 3 bytes end in the middle of a field/);
    assert.strictEqual(r.fault!.line, 15);
  });

  it('never reads the tree\'s own headers: <linux/…> and "internal.h" are mmstep\'s compat headers', async () => {
    const tree = makeTree([6, 12], {
      'mm/fake.c': '#include "internal.h"\n' + FAKE_C,
      'mm/internal.h': '#error the tree\'s own mm/internal.h was read\n',
      'include/linux/kernel.h': '#error the tree\'s own linux/kernel.h was read\n',
    });
    const sim = await Simulation.load(scenario(tree, '.', 'tree:mm/fake.c'), new NodeFileAccess(undefined, [tree]));
    assert.strictEqual(sim.runToEnd().returned, '21');
  });

  it('the stage table names the migrate_vma / migrate_device functions', () => {
    assert.strictEqual(stageOfFunction('migrate_vma_collect_pmd'), 'collect');
    assert.strictEqual(stageOfFunction('migrate_device_unmap'), 'unmap');
    assert.strictEqual(stageOfFunction('migrate_vma_pages'), 'migrate pages');
    assert.strictEqual(stageOfFunction('migrate_device_finalize'), 'finalize');
    assert.strictEqual(stageOfFunction('dmirror_migrate_alloc_and_copy'), 'alloc_and_copy');
    assert.strictEqual(stageOfFunction('toString'), undefined);
  });
});
