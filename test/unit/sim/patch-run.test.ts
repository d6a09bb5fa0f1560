// Acceptance (issue 9, "Run the patch"): a patch made with `git format-patch` inside the test that
// changes migrate_vma_collect_pmd in the Linux 6.12 tree's mm/migrate_device.c (the last page of
// the range is skipped by the collect pass) is applied in memory, the tree scenario runs the
// patched code, and its final state differs from the unpatched run exactly where the patch says:
// that page's pte and frame stay as they were, one device page fewer is used — everything else
// is equal. The tree is never written; the tree's text is read at test time, never pasted.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { changedFunctions } from '../../../src/review/changed-functions';
import { preparePatchRunFor, type PatchRun } from '../../../src/review/patch-run';
import { Simulation } from '../../../src/sim/simulation';
import { finalState, type Plain } from './final-state';
import { CACHE, FIXTURES, treeFile, useKernelCache } from './kernel-tree-env';
import { formatPatchSeries, removeSeries } from '../review/format-patch';

/** Every leaf path where `a` and `b` differ ("x.y[2].z"). */
function differences(a: Plain | undefined, b: Plain | undefined, p = '', out: string[] = []): string[] {
  if (a === b) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) differences(a[i], b[i], `${p}[${i}]`, out);
    } else {
      const ao = a as Record<string, Plain>, bo = b as Record<string, Plain>;
      for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) differences(ao[k], bo[k], p ? `${p}.${k}` : k, out);
    }
    return out;
  }
  out.push(p);
  return out;
}

/** The tree file with our own two lines after the collect loop reads the pte: skip the range's last page. */
function skipLastPage(text: string): string {
  const lines = text.split('\n');
  const fn = lines.findIndex((l) => l.startsWith('static int migrate_vma_collect_pmd('));
  assert.ok(fn >= 0, 'migrate_vma_collect_pmd is in the tree file');
  const read = lines.findIndex((l, i) => i > fn && l.trim() === 'pte = ptep_get(ptep);');
  assert.ok(read > fn, 'its loop reads the pte');
  lines.splice(read + 1, 0, '', '\t\tif (addr == end - PAGE_SIZE)', '\t\t\tgoto next;');
  return lines.join('\n');
}

describe('run the patch: a patched migrate_vma_collect_pmd of the 6.12 tree', function () {
  this.timeout(300000);
  useKernelCache();
  const scenario = path.join(FIXTURES, 'current-private-4pages-6.12.mmstep.yaml');
  let dir = '';
  let mail = '';
  let treeText = '';
  before(() => {
    const file = treeFile('6.12');
    treeText = fs.readFileSync(file, 'utf8');
    const s = formatPatchSeries({ 'mm/migrate_device.c': treeText }, [
      { subject: 'mm/migrate_device: skip the last page of a range (test)', files: { 'mm/migrate_device.c': skipLastPage(treeText) } },
    ]);
    dir = s.dir;
    mail = s.patches[0];
  });
  after(() => removeSeries(dir));

  async function prepared(): Promise<PatchRun> {
    const r = await preparePatchRunFor(scenario, { mails: [mail], select: '1' }, new NodeFileAccess());
    if (!r.ok) assert.fail(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
    return r.run;
  }

  it('applies in memory to the tree file and never writes it', async () => {
    const run = await prepared();
    const file = path.join(CACHE, 'linux-6.12', 'mm/migrate_device.c');
    assert.deepStrictEqual([...run.byPath.keys()], [file]);
    assert.strictEqual(await run.files.readText(file), skipLastPage(treeText));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), treeText, 'the tree is unchanged');
    const f = run.byPath.get(file)!;
    assert.strictEqual(f.changed.length, 1);
    const lines = f.text!.split('\n');
    // git puts the blank line of the insertion before or after it: the lines, in either order.
    assert.deepStrictEqual(lines.slice(f.changed[0].start - 1, f.changed[0].end).sort(), ['', '\t\t\tgoto next;', '\t\tif (addr == end - PAGE_SIZE)']);
    // The CodeLens's function: the one enclosing the change in the patched tree file.
    const fns = changedFunctions(run.target.message, run.target.body, run.result.files);
    assert.deepStrictEqual(fns.map((c) => [c.name, c.file, c.added]), [['migrate_vma_collect_pmd', 'mm/migrate_device.c', false]]);
  });

  it('the patched run differs from the unpatched run exactly at the skipped page', async () => {
    const run = await prepared();
    const file = path.join(CACHE, 'linux-6.12', 'mm/migrate_device.c');
    const plain = await Simulation.load(scenario, new NodeFileAccess());
    plain.runToEnd();
    const patched = await Simulation.load(scenario, run.files);
    // The patched program ran the patch's lines.
    let patchLineSteps = 0;
    const skip = run.byPath.get(file)!.text!.split('\n').indexOf('\t\tif (addr == end - PAGE_SIZE)') + 1;
    patched.sched.onStep = (tid) => {
      const t = patched.machine.thread(tid);
      const fr = t.frames[t.frames.length - 1];
      if (fr && patched.program.functions[fr.fn].file === file && patched.stack(tid)[0]?.line === skip) patchLineSteps++;
    };
    patched.runToEnd();
    assert.ok(patchLineSteps >= 4, `the patch's if ran for every page (${patchLineSteps})`);
    const a = finalState(plain, [file]);
    const b = finalState(patched, [file]);
    const diffs = differences(a.state, b.state);
    const s = (x: Plain, p: string): Plain => p.split('.').reduce<Plain>((o, k) => (o as Record<string, Plain>)[k], x);
    // The last page's pte still maps its system page, as before the run; the others migrated as before.
    const pteOf = (st: Plain) => ((s(st, 'viewedPtes') as Plain[])[0] as { ptes: { addr: string; kind: string; pfn: string | null }[] }).ptes;
    assert.deepStrictEqual(pteOf(a.state).map((p) => `${p.addr} ${p.kind} ${p.pfn}`), [
      '0x7f0000000000 device-private 0x100000', '0x7f0000001000 device-private 0x100001',
      '0x7f0000002000 device-private 0x100002', '0x7f0000003000 device-private 0x100003',
    ]);
    const after = pteOf(b.state).map((p) => `${p.addr} ${p.kind} ${p.pfn}`);
    assert.deepStrictEqual(after, [
      '0x7f0000000000 device-private 0x100000', '0x7f0000001000 device-private 0x100001',
      '0x7f0000002000 device-private 0x100002', '0x7f0000003000 present 0x103',
    ]);
    // Every difference is about that page, its pte, or the device page it did not get.
    const pages = (st: Plain) => s(st, 'pages') as Record<string, Record<string, Plain>>;
    assert.deepStrictEqual([pages(a.state)['0x103'].freed, pages(b.state)['0x103'].freed], [true, false]);
    assert.deepStrictEqual([pages(b.state)['0x103'].mapcount, pages(b.state)['0x103'].content], [1, pages(a.state)['0x100003'].content]);
    // Every difference is about that page: its pte, its frame, the device page it did not get
    // (still in the pool's free list), the driver's mirror entry and counters for it, and the
    // driver's return value (dmirror's migrate reports the page it could not move).
    const own = (d: string): boolean =>
      d.startsWith('pages.0x103.') || d.startsWith('pages.0x100003.') || /^(viewedPtes|mappedPtes)\[0\]\.ptes\[3\]\./.test(d);
    assert.deepStrictEqual(diffs.filter((d) => !own(d)), [
      'objs[1].free[12]',
      'objs[3].entries.0x7f0000003',
      'threads[0].ret',
      'cGlobals.current_tests.c: cbuf.cells[3]',
      'cGlobals.current_tests.c: cur_mdevice.cells[4]',
    ]);
    assert.ok(diffs.some((d) => d.startsWith('pages.0x103.')) && diffs.some((d) => d.startsWith('viewedPtes[0].ptes[3].')));
    assert.ok(!diffs.some((d) => /^pages\.0x10[012]\.|^pages\.0x10000[012]\.|ptes\[[012]\]/.test(d)), 'the other three pages end as before');
    // The program cache keys on the texts read: the unpatched scenario, loaded again after the
    // patched one, runs the tree's own code.
    const again = await Simulation.load(scenario, new NodeFileAccess());
    assert.notStrictEqual(again.program, patched.program);
    assert.strictEqual(again.program, plain.program, 'the same texts give the cached program');
    again.runToEnd();
    assert.deepStrictEqual(again.result().output, ['migrate: ret 0 cpages 4']);
    // The verdicts: the collect pass found 3 pages instead of 4, and the driver says so.
    assert.deepStrictEqual((a.verdict as { output: string[] }).output, ['migrate: ret 0 cpages 4']);
    assert.deepStrictEqual((b.verdict as { output: string[] }).output, ['migrate: ret -2 cpages 3']);
  });
});
