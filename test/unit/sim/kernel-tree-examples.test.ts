// Issue 8's first acceptance bullet: every current-flow example (an example of examples/ whose
// sources list ../kernel/mm/migrate_device.c — found there, so a new one is covered without
// touching this file) runs twice per kernel version, as written and with the Debian 6.1 / 6.12
// tree's unmodified mm/migrate_device.c in its place (scripts/kernel-trees.sh extracts it outside
// the repository; a missing tree fails naming that command). Both runs must reach the same
// verdict (outcome, passed, every expectation, the output) and the same final state
// (final-state.ts: every pte of the viewed and mapped ranges, every page, the TLBs, locks held,
// the device pools, the driver's C variables), and pass through the same migration stages.
//
// The second scenario exists only in memory (tree-scenario.ts): the example's text with its source
// line changed to `tree:mm/migrate_device.c` and `kernel_tree:` naming the cache, served at a path
// beside the example (so its relative paths stay valid) by a FileAccess that reads everything
// else from disk.
//
// One change besides the file: kernel/mm/memory.c becomes kernel/mm/memory_fault_ref_only.c, the
// CPU fault path of these versions (do_swap_page takes a reference to the device page, not its
// lock). Their migrate_vma_collect_pmd trylocks every page it collects, the faulting one included
// (6.1: mm/migrate_device.c line 202, 6.12: line 195, `if (folio_trylock(folio))`, with no
// exception for migrate->fault_page as kernel/'s file has), so with kernel/'s memory.c, which
// holds the lock across migrate_to_ram, a fault-back would never migrate
// (kernel-tree-fault-back.test.ts shows the loop). No other difference between the versions and
// kernel/'s file shows in any example, so none is allowed here.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { firstDifference } from './final-state';
import { run, type Run } from './tree-run';
import { CACHE, ROOT, treeFile } from './kernel-tree-env';
import { currentFlowExamples, OverlayFileAccess, OWN_SOURCE, SOURCE_LINE, treeScenarioPath, treeScenarioText } from './tree-scenario';

const EXAMPLES = path.join(ROOT, 'examples');
const OWN_FILE = path.join(ROOT, 'kernel/mm/migrate_device.c');
const VERSIONS = ['6.1', '6.12'];

describe('every current-flow example with a kernel tree\'s mm/migrate_device.c ends as with kernel/\'s', function () {
  this.timeout(120000);
  const examples = currentFlowExamples(EXAMPLES);
  // The runs as written, once per example and version: on that version's model (its LRU add
  // batch holds 15 folios in 6.1, 31 in 6.12), so the two runs differ only in the file.
  const own = new Map<string, Promise<Run>>();
  const ownRun = (f: string, v?: string): Promise<Run> => {
    const key = `${v ?? 'mainline'}:${f}`;
    let r = own.get(key);
    if (!r) {
      const [major, minor] = (v ?? '').split('.').map(Number);
      r = run(path.join(EXAMPLES, f), new NodeFileAccess(), OWN_FILE, v ? { major, minor } : undefined);
      own.set(key, r);
    }
    return r;
  };
  const exercised: Record<string, string[]> = Object.fromEntries(VERSIONS.map((v) => [v, []]));

  it('finds the current-flow examples in examples/', () => {
    assert.ok(examples.length > 0, `no example in ${EXAMPLES} lists ${OWN_SOURCE}`);
  });

  for (const v of VERSIONS) {
    for (const f of examples) {
      it(`Linux ${v}: ${f}`, async () => {
        const tree = treeFile(v);
        const scn = path.join(EXAMPLES, f);
        const virtual = treeScenarioPath(scn, `linux-${v}`);
        const text = treeScenarioText(f, fs.readFileSync(scn, 'utf8'), path.join(CACHE, `linux-${v}`));
        const a = await ownRun(f, v);
        const b = await run(virtual, new OverlayFileAccess(virtual, text), tree);

        // What ran is the tree's file: its functions are compiled from it, kernel/'s is not loaded.
        const p = b.sim.program;
        for (const fn of ['migrate_vma_setup', 'migrate_vma_pages', 'migrate_vma_finalize', 'migrate_vma_collect_pmd']) {
          assert.strictEqual(p.functions[p.fnIndex[fn]]?.file, tree, `${fn} is compiled from the tree's file`);
        }
        assert.ok(!p.functions.some((fn) => fn.file === OWN_FILE), `no function of ${OWN_FILE} is loaded`);
        if (a.steps > 0) {
          assert.ok(b.steps > 0, `${f} runs ${a.steps} statements of kernel/'s migrate_device.c but none of the tree's`);
          exercised[v].push(f);
        } else {
          // Lists the file but takes another path (no migration): the tree's file must not run either.
          assert.strictEqual(b.steps, 0, `${f} runs none of kernel/'s migrate_device.c but ${b.steps} statements of the tree's`);
        }
        assert.deepStrictEqual(b.stages, a.stages, 'the same migration stages, in order');

        const verdict = firstDifference(a.final.verdict, b.final.verdict);
        const state = firstDifference(a.final.state, b.final.state);
        const where = [verdict && `the verdict differs at ${verdict}`, state && `the final state differs at ${state}`].filter(Boolean);
        assert.ok(!where.length, `${f}, Linux ${v} (kernel/'s ≠ the tree's): ${where.join('; ')}`);
      });
    }
    it(`Linux ${v}: the examples above ran the tree's file`, () => {
      assert.ok(exercised[v].length > 0, `no current-flow example executed a statement of the ${v} tree's mm/migrate_device.c`);
    });
  }

  it('the comparison sees a real difference: current-dirty-kept with upstream bug 3.3 (dirty bit dropped)', async () => {
    const f = 'current-dirty-kept.mmstep.yaml';
    const scn = path.join(EXAMPLES, f);
    const text = fs.readFileSync(scn, 'utf8');
    assert.ok(text.match(SOURCE_LINE), `${f} lists ${OWN_SOURCE}`);
    const buggy = text.replace(SOURCE_LINE, '$1../kernel/mm/migrate_device_bug_dirty_dropped.c');
    const virtual = treeScenarioPath(scn, 'bug-dirty-dropped');
    const a = await ownRun(f);
    // The bug's file includes kernel/'s migrate_device.c, so that is the file it runs.
    const b = await run(virtual, new OverlayFileAccess(virtual, buggy), OWN_FILE);
    assert.ok(b.steps > 0);
    assert.match(firstDifference(a.final.verdict, b.final.verdict) ?? '', /^passed: true ≠ false$/);
    assert.match(firstDifference(a.final.state, b.final.state) ?? '', /^viewedPtes\[0\]\.ptes\[0\]\.bits\[\d\]: "dirty" ≠ /);
  });
});

describe('firstDifference', () => {
  it('names the first differing path, or nothing when equal', () => {
    assert.strictEqual(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }), undefined);
    assert.strictEqual(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }), 'a[1].b: "x" ≠ "y"');
    assert.strictEqual(firstDifference({ a: 1 }, { a: 1, c: null }), 'c: (absent) ≠ null');
    assert.strictEqual(firstDifference([1, 2], [1]), '(top): 2 items ≠ 1 items (first extra: 2)');
    assert.strictEqual(firstDifference('x', 'y'), '(top): "x" ≠ "y"');
  });
});
