// Stage markers of the HMM v13 files: every stage function carries its `mmstep-stage` comment,
// the posted and fixed files differ only in the restore loop's step, and a full run reports
// the stages in the order hmm_vma_migrate() calls them.

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
      ['kernel/mm/hmm_migrate_v13.c', 'hmm_migrate_restore', 'restore'],
      ['kernel/mm/hmm_migrate_v13_finish.c', 'hmm_migrate_unmap', 'unmap'],
      ['kernel/mm/hmm_migrate_v13_finish.c', 'hmm_migrate_struct_page', 'migrate pages'],
      ['kernel/mm/hmm_migrate_v13_finish.c', 'hmm_migrate_remove_migration_pte', 'finalize'],
      ['kernel/mm/hmm_migrate_v13.c', 'hmm_migrate_unlock_restored', 'restore'],
      ['kernel/mm/hmm_migrate_v13_fixed.c', 'hmm_migrate_unlock_restored', 'restore'],
      ['kernel/test/hmm_test_v13.c', 'hmm_test_alloc_and_copy', 'alloc_and_copy'],
      ['kernel/test/hmm_test_v13.c', 'hmm_test_finalize_and_map', 'finalize'],
    ];
    for (const [file, fn, stage] of cases) assert.strictEqual(markerAbove(file, fn), `/* mmstep-stage: ${stage} */`, `${file}: ${fn}`);
  });

  it('the fixed file is the posted one with only the restore loop step changed', () => {
    /** Code lines (comments dropped) of hmm_migrate_unlock_restored() in a file. */
    const unlockFn = (rel: string) => {
      const text = read(rel).join('\n').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      const from = text.lastIndexOf('void hmm_migrate_unlock_restored(struct hmm_migrate *migrate, unsigned long *addrp,\n');
      assert.ok(from >= 0, rel);
      const to = text.indexOf('\n}\n', from);
      return text.slice(from, to + 2).split('\n').map((l) => l.trim()).filter((l) => l);
    };
    const posted = unlockFn('kernel/mm/hmm_migrate_v13.c');
    const fixed = unlockFn('kernel/mm/hmm_migrate_v13_fixed.c');
    assert.strictEqual(posted.length, fixed.length);
    assert.deepStrictEqual(
      posted.map((l, i) => [l, fixed[i]]).filter(([x, y]) => x !== y),
      [['for (; addr < next && restore; addr += PAGE_SHIFT, i++) {', 'for (; addr < next && restore; addr += PAGE_SIZE, i++) {']],
    );
    // the fixed file reuses everything else of the posted one, with the posted loop switched off
    const fixedText = read('kernel/mm/hmm_migrate_v13_fixed.c').join('\n');
    assert.match(fixedText, /#define HMM_V13_FIXED_RESTORE_LOOP\n#include "hmm_migrate_v13.c"/);
    assert.match(read('kernel/mm/hmm_migrate_v13.c').join('\n'), /#ifndef HMM_V13_FIXED_RESTORE_LOOP\n\/\* mmstep-stage: restore \*\/\nvoid hmm_migrate_unlock_restored/);
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
