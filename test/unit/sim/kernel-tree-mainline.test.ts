// Opt-in, by hand: kernel-tree-examples.test.ts's comparison on a mainline tree. CI has no
// mainline tree and the repository may hold no kernel code, so this runs only when
// MMSTEP_MAINLINE_TREE names a directory with a top Makefile and mm/migrate_device.c:
//
//   MMSTEP_MAINLINE_TREE=/path/to/linux npx mocha --config .mocharc.json \
//     'out-<name>/test/unit/sim/kernel-tree-mainline.test.js'
//
// Without it the tests are pending (skipped), never passed. docs/kernel-api.md must name every
// function and macro the tree's file calls (as natives-compat.test.ts checks for 6.1 / 6.12), and
// every current-flow example runs as
// written and with the tree's mm/migrate_device.c in place of kernel/'s; both must reach the same
// verdict and final state, with two differences the comparison knows and names:
// - The fault-back rule is the tree's: since 6.15 ("Trylock device page in do_swap_page") the
//   CPU fault path holds the device folio's lock across migrate_to_ram, and collect skips the
//   trylock for the fault folio (`fault_folio == folio || folio_trylock(folio)`) while
//   migrate_vma_setup refuses an unlocked fault_page; so the examples keep kernel/mm/memory.c.
//   An older tree gets kernel/mm/memory_fault_ref_only.c, as kernel-tree-examples does.
// - Before the 2026 fix (docs/kernel-api.md §7) mainline's collect calls pte_pfn() (for
//   flush_cache_page) and pte_dirty() (before folio_mark_dirty) on a device-private pte with no
//   pte_present() test. mmstep warns at the line and returns what x86-64 computes: pte_dirty()
//   of such an entry is 1 (6.6+: _PAGE_SAVED_DIRTY is an inverted offset bit), so the device
//   folio is marked dirty and the system page it migrates back to ends dirty. The comparison
//   accepts exactly that: the tree run's extra output and warnings are those non-present-pte
//   warnings at lines of the tree's file, and the only state differences are pages' dirty flags
//   going from false to true — each only when such a pte_dirty() warning was given.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { findKernelTree } from '../../../src/sim/kernel-tree';
import { firstDifference, type Plain } from './final-state';
import { run } from './tree-run';
import { ROOT } from './kernel-tree-env';
import { currentFlowExamples, OverlayFileAccess, SOURCE_LINE, treeScenarioPath } from './tree-scenario';

const TREE = process.env.MMSTEP_MAINLINE_TREE;
const EXAMPLES = path.join(ROOT, 'examples');
const OWN_FILE = path.join(ROOT, 'kernel/mm/migrate_device.c');
const MEMORY_LINE = /^(\s*-\s*\.\.\/kernel\/mm\/)memory\.c[ \t]*$/gm;
/** A present-pte helper applied to a swap-format pte, reported at a line of `file`. */
const NONPRESENT = /^(.*):(\d+):\d+: warning: (pte_\w+)\(\) on a non-present pte /;

/** The example on the tree's file; the fault path follows the tree's version (see the top). */
export function mainlineScenarioText(name: string, text: string, root: string, faultHoldsLock: boolean): string {
  if ((text.match(SOURCE_LINE) ?? []).length !== 1) throw new Error(`${name}: expected one block-style line '- ../kernel/mm/migrate_device.c'`);
  if (!/^sources:[ \t]*$/m.test(text)) throw new Error(`${name}: no block-style 'sources:' key`);
  let out = text.replace(SOURCE_LINE, '$1tree:mm/migrate_device.c').replace(/^sources:[ \t]*$/m, `kernel_tree: ${JSON.stringify(root)}\nsources:`);
  if (!faultHoldsLock) out = out.replace(MEMORY_LINE, '$1memory_fault_ref_only.c');
  return out;
}

/** The lines of the tree run's output that are non-present-pte warnings at the tree's file. */
function splitWarnings(lines: Plain, file: string): { rest: Plain[]; helpers: string[] } {
  const rest: Plain[] = [];
  const helpers: string[] = [];
  for (const l of Array.isArray(lines) ? lines : []) {
    const m = typeof l === 'string' ? NONPRESENT.exec(l) : null;
    if (m && m[1] === file) helpers.push(m[3]);
    else rest.push(l);
  }
  return { rest, helpers };
}

/** The run's warnings (final-state.ts: helper, message, count) less the non-present-pte ones. */
function splitRunWarnings(list: Plain): { rest: Plain[]; helpers: string[] } {
  const rest: Plain[] = [];
  const helpers: string[] = [];
  for (const w of Array.isArray(list) ? list : []) {
    const o = w && typeof w === 'object' && !Array.isArray(w) ? w : {};
    if (typeof o.helper === 'string' && /^pte_\w+\(\) on a non-present pte /.test(String(o.message))) helpers.push(o.helper);
    else rest.push(w);
  }
  return { rest, helpers };
}

describe('opt-in: every current-flow example with a mainline tree\'s mm/migrate_device.c (MMSTEP_MAINLINE_TREE)', function () {
  this.timeout(300000);
  const examples = currentFlowExamples(EXAMPLES);
  let file = '';
  let faultHoldsLock = true;

  before(async function () {
    if (!TREE) return this.skip();
    file = path.join(TREE, 'mm/migrate_device.c');
    assert.ok(fs.existsSync(file), `MMSTEP_MAINLINE_TREE=${TREE} has no mm/migrate_device.c`);
    const t = await findKernelTree(file, new NodeFileAccess(), () => undefined);
    assert.ok(t, `MMSTEP_MAINLINE_TREE=${TREE} is not a kernel tree (no top Makefile with VERSION/PATCHLEVEL)`);
    const { major, minor } = t.version;
    faultHoldsLock = major > 6 || (major === 6 && minor >= 15);
  });

  it('docs/kernel-api.md names every function and macro the tree\'s file calls', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/kernel-api.md'), 'utf8');
    const src = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, ' ').replace(/"(?:[^"\\]|\\.)*"/g, '""');
    const called = new Set([...src.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)].map((m) => m[1]));
    const defined = new Set([...src.matchAll(/^(?:static\s+)?[a-z][\w\s*]*?\b(\w+)\s*\([^;]*?\)\s*\{/gm)].map((m) => m[1]));
    const keywords = new Set(['if', 'for', 'while', 'switch', 'return', 'sizeof']);
    const missing = [...called].filter((n) => !keywords.has(n) && !defined.has(n) && !doc.includes('`' + n + '`') && !doc.includes('`' + n + '(') && !doc.includes(' / `' + n));
    assert.deepStrictEqual(missing, []);
  });

  for (const f of examples) {
    it(f, async () => {
      const scn = path.join(EXAMPLES, f);
      const virtual = treeScenarioPath(scn, 'mainline');
      const text = mainlineScenarioText(f, fs.readFileSync(scn, 'utf8'), TREE!, faultHoldsLock);
      const a = await run(scn, new NodeFileAccess(), OWN_FILE);
      const b = await run(virtual, new OverlayFileAccess(virtual, text), file);

      const p = b.sim.program;
      for (const fn of ['migrate_vma_setup', 'migrate_vma_pages', 'migrate_vma_finalize', 'migrate_vma_collect_pmd']) {
        assert.strictEqual(p.functions[p.fnIndex[fn]]?.file, file, `${fn} is compiled from the tree's file`);
      }
      assert.strictEqual(a.steps > 0, b.steps > 0, `kernel/'s file ran ${a.steps} statements, the tree's ${b.steps}`);
      assert.deepStrictEqual(b.stages, a.stages, 'the same migration stages, in order');

      // The verdict, less the tree run's non-present-pte warnings.
      const va = a.final.verdict as { [k: string]: Plain };
      const vb = { ...(b.final.verdict as { [k: string]: Plain }) };
      const out = splitWarnings(vb.output, file);
      const warned = splitRunWarnings(vb.warnings);
      vb.output = out.rest;
      vb.warnings = warned.rest;
      assert.deepStrictEqual([...new Set(out.helpers)].sort(), [...new Set(warned.helpers)].sort(), 'each warning shown in the output is one of the run\'s warnings');
      const verdict = firstDifference(va, vb);
      assert.ok(!verdict, `${f}: the verdict differs at ${verdict}`);

      // The state, less dirty flags a pte_dirty() on a device-private pte set.
      const sa = a.final.state as { pages?: Record<string, { dirty?: boolean }> };
      const sb = JSON.parse(JSON.stringify(b.final.state)) as typeof sa;
      const dirtied: string[] = [];
      for (const [pfn, pg] of Object.entries(sb.pages ?? {})) {
        if (pg?.dirty === true && sa.pages?.[pfn]?.dirty === false) {
          dirtied.push(pfn);
          pg.dirty = false;
        }
      }
      const sawDirty = [...out.helpers, ...warned.helpers].includes('pte_dirty');
      assert.ok(!dirtied.length || sawDirty, `${f}: pages ${dirtied.join(', ')} end dirty with the tree's file, and no pte_dirty() warning explains it`);
      const state = firstDifference(a.final.state, sb as Plain);
      assert.ok(!state, `${f}: the final state differs at ${state}`);
    });
  }
});
