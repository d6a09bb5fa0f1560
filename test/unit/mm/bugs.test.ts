// The upstream bugs of kernel-semantics §3 put back into today's flow: each buggy variant
// (kernel/mm/migrate_device_bug_*.c) must show its failure — a violation or fault at the right
// line, or wrong data — and the same scenario on the fixed code must end clean. The scenario
// files in examples/ carry the same facts as expectations; these tests check them directly
// against the model and the run result, independently of the expectation checker.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { currentViolations, decodePte } from '../../../src/mm/index';
import { pteAt } from '../../../src/mm/pgtable';
import { Simulation } from '../../../src/sim/simulation';
import type { RunResult } from '../../../src/sim/types';

const ROOT = path.join(__dirname, '../../../..');
const A = 0x7f0000000000;

async function run(example: string): Promise<{ sim: Simulation; r: RunResult }> {
  const sim = await Simulation.load(path.join(ROOT, 'examples', example), new NodeFileAccess());
  return { sim, r: sim.runToEnd() };
}

function pte(sim: Simulation, addr: number) {
  return decodePte(pteAt(sim.model, 1, addr));
}

/** 1-based line of the first line of `file` (under ROOT) containing `text`, after `after`. */
function lineOf(file: string, text: string, after?: string): number {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  assert.ok(from >= 0, `${after} not in ${file}`);
  const i = lines.findIndex((l, k) => k >= from && l.includes(text));
  assert.ok(i >= 0, `${text} not in ${file}`);
  return i + 1;
}

function clean(sim: Simulation, r: RunResult): void {
  assert.strictEqual(r.outcome, 'completed', JSON.stringify(r.fault ?? r.violation ?? ''));
  assert.deepStrictEqual(currentViolations(sim.model), []);
}

describe('bugs of kernel-semantics §3 in today\'s flow', function () {
  this.timeout(60000);

  describe('3.5 soft-dirty lost when a migration entry becomes a device-private entry', () => {
    it('the bug: the device-private entries are clean, CRIU skips both pages', async () => {
      const { sim, r } = await run('current-bug-soft-dirty-lost.mmstep.yaml');
      clean(sim, r);
      assert.strictEqual(r.returned, '0');
      for (const a of [A, A + 0x1000]) {
        const p = pte(sim, a);
        assert.strictEqual(p.kind, 'device-private');
        assert.ok(!p.bits.includes('soft-dirty'), `${a.toString(16)}: ${p.bits}`);
      }
      assert.ok(r.output.some((l) => l.includes('criu: page 0 soft-dirty 0: skipped')), r.output.join(''));
    });

    it('fixed: soft-dirty is carried over in swap format, CRIU dumps both pages', async () => {
      const { sim, r } = await run('current-soft-dirty-kept.mmstep.yaml');
      clean(sim, r);
      assert.strictEqual(r.returned, '2');
      for (const a of [A, A + 0x1000]) {
        const p = pte(sim, a);
        assert.strictEqual(p.kind, 'device-private');
        assert.ok(p.bits.includes('soft-dirty'), `${a.toString(16)}: ${p.bits}`);
        assert.ok(p.bits.includes('write'));
      }
    });
  });

  describe('3.7 device-private pages of another driver', () => {
    it('the bug: device 0 migrates device 1\'s page back to RAM as its own', async () => {
      const { sim, r } = await run('current-bug-any-owner.mmstep.yaml');
      clean(sim, r);
      // cpages 2 (one of them not device 0's), device 1's snapshot 0x2: no longer its page
      assert.strictEqual(r.returned, String(0x202));
      const other = pte(sim, A + 0x1000);
      assert.strictEqual(other.kind, 'present');
      assert.ok(other.pfn! < 0x100000, 'now system RAM');
      assert.strictEqual(sim.model.pages[0x100400].freed, true, 'device 1\'s page was freed behind its back');
    });

    it('fixed: the owner filter leaves device 1\'s page in device 1\'s memory', async () => {
      const { sim, r } = await run('current-two-owners.mmstep.yaml');
      clean(sim, r);
      assert.strictEqual(r.returned, String(0x122));
      assert.strictEqual(pte(sim, A).kind, 'present');
      const other = pte(sim, A + 0x1000);
      assert.strictEqual(other.kind, 'device-private');
      assert.strictEqual(other.pfn, 0x100400);
      assert.strictEqual(sim.model.pages[0x100400].content, '11');
    });
  });

  describe('bugs shown earlier, checked at their line', () => {
    it('3.1 late TLB flush: stale TLB use at the write after madvise', async () => {
      const { r } = await run('current-bug-late-tlb-flush.mmstep.yaml');
      assert.strictEqual(r.outcome, 'violation');
      assert.strictEqual(r.violation?.invariant, 'stale-tlb-use');
      assert.ok(r.violation!.file.endsWith('kernel/mm/memory.c'), r.violation!.file);
      const fixed = await run('current-late-tlb-flush-fixed.mmstep.yaml');
      clean(fixed.sim, fixed.r);
    });

    it('3.6 present helper on a swap-format pte: undefined behaviour at that line', async () => {
      const { r } = await run('current-bug-swp-bits.mmstep.yaml');
      assert.strictEqual(r.outcome, 'fault');
      assert.strictEqual(r.fault?.kind, 'undefined-behaviour');
      assert.ok(r.fault!.file.endsWith('kernel/mm/migrate_device.c'));
      assert.strictEqual(r.fault!.line, lineOf('kernel/mm/migrate_device.c', 'pte_soft_dirty(pte)', 'MMSTEP_BUG_SWP_BITS'));
      const fixed = await run('current-fault-back.mmstep.yaml');
      clean(fixed.sim, fixed.r);
    });

    it('3.3 dirty bit dropped: the restored page is clean, the fixed one dirty', async () => {
      const bug = await run('current-bug-dirty-dropped.mmstep.yaml');
      clean(bug.sim, bug.r);
      assert.strictEqual(bug.sim.model.pages[0x100].dirty, false);
      const fixed = await run('current-dirty-kept.mmstep.yaml');
      clean(fixed.sim, fixed.r);
      assert.strictEqual(fixed.sim.model.pages[0x100].dirty, true);
    });
  });
});
