// Stage markers of the HMM v13 files: every stage function carries its `mmstep-stage` comment,
// the posted and fixed files differ only in the restore passes (of lock & isolate and of
// unmap), and a full run reports the stages in the order hmm_vma_migrate() calls them.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { example, ROOT } from './helpers';

function read(rel: string): string[] {
  return fs.readFileSync(path.join(ROOT, rel), 'utf8').split('\n');
}

/** The comment line right above the definition of `fn` in `rel`. */
function markerAbove(rel: string, fn: string): string {
  const lines = read(rel);
  // the last match: a forward declaration may come first
  let k = -1;
  lines.forEach((l, i) => {
    if (new RegExp(`^(static )?(void|int) ${fn}\\(`).test(l)) k = i;
  });
  assert.ok(k > 0, `${fn} not defined in ${rel}`);
  return lines[k - 1];
}

describe('v13 stages', function () {
  this.timeout(30000);

  it('marks every stage function', () => {
    const cases: [string, string, string][] = [
      ['kernel/mm/hmm_migrate_v13.c', 'hmm_migrate_collect', 'collect'],
      ['kernel/mm/hmm_migrate_v13.c', 'hmm_migrate_lock_and_isolate', 'lock & isolate'],
      ['kernel/mm/hmm_migrate_v13_finish.c', 'hmm_migrate_unmap', 'unmap'],
      ['kernel/mm/hmm_migrate_v13_finish.c', 'hmm_migrate_struct_page', 'migrate pages'],
      ['kernel/mm/hmm_migrate_v13_finish.c', 'hmm_migrate_remove_migration_pte', 'finalize'],
      ['kernel/mm/hmm_migrate_v13_fixed.c', 'hmm_migrate_lock_and_isolate', 'lock & isolate'],
      ['kernel/mm/hmm_migrate_v13_fixed.c', 'hmm_migrate_unmap', 'unmap'],
      ['kernel/test/hmm_test_v13.c', 'hmm_test_alloc_and_copy', 'alloc_and_copy'],
      ['kernel/test/hmm_test_v13.c', 'hmm_test_finalize_and_map', 'finalize'],
    ];
    for (const [file, fn, stage] of cases) assert.strictEqual(markerAbove(file, fn), `/* mmstep-stage: ${stage} */`, `${file}: ${fn}`);
  });

  it('the fixed file differs from the posted one only in the restore passes', () => {
    /** Code lines (comments dropped, trimmed) of the definition of `fn` in a file. */
    const body = (rel: string, fn: string) => {
      const text = read(rel).join('\n').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      const from = new RegExp(`^(static )?void ${fn}\\(`, 'm').exec(text);
      assert.ok(from, `${fn} in ${rel}`);
      const to = text.indexOf('\n}\n', from.index);
      return text.slice(from.index, to + 2).split('\n').map((l) => l.trim()).filter((l) => l);
    };
    const POSTED = 'kernel/mm/hmm_migrate_v13.c';
    const FINISH = 'kernel/mm/hmm_migrate_v13_finish.c';
    const FIXED = 'kernel/mm/hmm_migrate_v13_fixed.c';
    // lock & isolate: the same first loop (lock, isolate, check), then the restore pass
    const posted = body(POSTED, 'hmm_migrate_lock_and_isolate');
    const fixed = body(FIXED, 'hmm_migrate_lock_and_isolate');
    const firstLoop = (ls: string[]) => ls.slice(ls.indexOf('again:'), ls.findIndex((l, k) => k > ls.indexOf('check:') && l === '}') + 2);
    assert.ok(firstLoop(posted).length > 30);
    assert.deepStrictEqual(firstLoop(posted), firstLoop(fixed));
    const postedRestore = posted.slice(posted.indexOf('again:') + firstLoop(posted).length).join('\n');
    const fixedRestore = fixed.slice(fixed.indexOf('again:') + firstLoop(fixed).length).join('\n');
    // posted: walks from the slots still migrating, reads soft-dirty after clearing, steps the
    // unlock loop by PAGE_SHIFT; the fixed pass does none of that
    assert.match(postedRestore, /if \(!page \|\| !\(migrate->pfns\[i\] & HMM_PFN_MIGRATE\)\) \{\naddr \+= PAGE_SIZE;/);
    assert.match(postedRestore, /pte = ptep_get_and_clear\(mm, addr, ptep\);\nif \(pte_none\(pte\) \|\| pte_present\(pte\)\)\ncontinue;/);
    assert.match(postedRestore, /if \(pte_swp_soft_dirty\(\*ptep\)\)/);
    assert.match(postedRestore, /addr \+= PAGE_SHIFT, i\+\+\)/);
    assert.doesNotMatch(fixedRestore, /!\(migrate->pfns\[i\] & HMM_PFN_MIGRATE\)|PAGE_SHIFT, i\+\+|\*ptep\)\)/);
    assert.match(fixedRestore, /addr \+= PAGE_SIZE, i\+\+\) \{\npage = hmm_pfn_to_page/);
    // unmap: the same first loop; the posted restore loop goes on from where it stopped
    const postedUnmap = body(FINISH, 'hmm_migrate_unmap');
    const fixedUnmap = body(FIXED, 'hmm_migrate_unmap');
    const restoreAt = (ls: string[]) => ls.findIndex((l) => l.startsWith('for (') && l.includes('restore;'));
    assert.deepStrictEqual(postedUnmap.slice(0, restoreAt(postedUnmap)), fixedUnmap.slice(0, restoreAt(fixedUnmap)));
    assert.strictEqual(postedUnmap[restoreAt(postedUnmap)], 'for (; (addr < migrate->end) && restore; addr += PAGE_SIZE, i++) {');
    assert.strictEqual(fixedUnmap[restoreAt(fixedUnmap)], 'for (addr = migrate->start, i = 0; addr < migrate->end && restore; addr += PAGE_SIZE, i++) {');
    // the fixed file reuses everything else of the posted one, with the posted two switched off
    const fixedText = read(FIXED).join('\n');
    assert.match(fixedText, /#define HMM_V13_FIXED\n/);
    assert.match(fixedText, /\n#include "hmm_migrate_v13.c"\n$/);
    assert.match(read(POSTED).join('\n'), /#ifndef HMM_V13_FIXED\n[\s\S]*?void hmm_migrate_lock_and_isolate\([\s\S]*?#endif \/\* !HMM_V13_FIXED \*\//);
    assert.match(read(FINISH).join('\n'), /#ifndef HMM_V13_FIXED\n[\s\S]*?static void hmm_migrate_unmap\([\s\S]*?#endif \/\* !HMM_V13_FIXED \*\//);
  });

  it('a full run goes through the stages in hmm_vma_migrate order', async () => {
    const stages: string[] = [];
    const sim = await Simulation.load(example('v13-private-migrate'), new NodeFileAccess(), { stage: (name) => void stages.push(name) });
    assert.strictEqual(sim.runToEnd().outcome, 'completed');
    // finalize spans two functions (the driver's finalize_and_map, then, after a return to
    // hmm_vma_migrate, hmm_migrate_remove_migration_pte): it is announced once
    assert.deepStrictEqual(stages, ['collect', 'lock & isolate', 'unmap', 'alloc_and_copy', 'migrate pages', 'finalize']);
  });

  it('bad arguments: -EINVAL before any stage runs', async () => {
    const stages: string[] = [];
    const sim = await Simulation.load(example('v13-bad-range'), new NodeFileAccess(), { stage: (name) => void stages.push(name) });
    const r = sim.runToEnd();
    assert.strictEqual(r.returned, '-22');
    assert.ok(r.passed);
    assert.deepStrictEqual(stages, []);
  });
});
