// The HMM v13 (2016 flow) example scenarios, run to the end on the real Simulation: each must
// pass its own expectations, and the key facts of each are asserted here once more so that a
// weakened scenario file cannot hide a regression. The seed's bug: the posted restore loop
// must stop with migration-entry-locked at its unlock_page line; the fixed file must not.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { example, loadExample, mainTid, page, pte, ROOT, traceMain } from './helpers';

const V13_EXAMPLES = fs
  .readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => /^v13-.*\.mmstep\.yaml$/.test(f))
  .map((f) => f.replace(/\.mmstep\.yaml$/, ''));

/** 1-based line of the first line of `file` (under kernel/) containing `text` after `after`. */
function lineOf(file: string, text: string, after = ''): number {
  const lines = fs.readFileSync(path.join(ROOT, 'kernel', file), 'utf8').split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const k = lines.findIndex((l, i) => i >= from && l.includes(text));
  assert.ok(k >= 0, `${text} not found in ${file}`);
  return k + 1;
}

describe('v13 scenarios (examples/v13-*.mmstep.yaml)', function () {
  this.timeout(30000);

  it('finds the v13 examples', () => {
    for (const name of ['v13-migrate-back-from-device', 'v13-restore-skips-posted', 'v13-restore-skips-fixed', 'v13-restore-clears-present-posted', 'v13-restore-clears-present-fixed', 'v13-soft-dirty-restore-posted', 'v13-soft-dirty-restore-fixed']) {
      assert.ok(V13_EXAMPLES.includes(name), name);
    }
    for (const name of ['v13-private-migrate', 'v13-restore-two-pmds-posted', 'v13-restore-two-pmds-fixed', 'v13-shared-fork', 'v13-pinned-page', 'v13-lru-batch', 'v13-hole', 'v13-alloc-fails', 'v13-overlapping-migrations', 'v13-trylock-fails-migrate', 'v13-bad-range', 'v13-isolated-elsewhere', 'v13-cpu-write-race', 'v13-migrate-to-device', 'v13-tlb-flush-after-unlock', 'v13-zap-during-migration']) {
      assert.ok(V13_EXAMPLES.includes(name), name);
    }
  });

  for (const name of V13_EXAMPLES) {
    it(`${name} passes its expectations`, async () => {
      const sim = await loadExample(name);
      const r = sim.runToEnd();
      const failed = r.expectations.filter((e) => !e.ok).map((e) => `${e.what}: ${e.detail}`);
      assert.deepStrictEqual(failed, []);
      assert.ok(r.passed, `${example(name)} did not pass (outcome ${r.outcome})`);
    });
  }

  it('posted restore loop: stops at its unlock_page with a migration entry on an unlocked page', async () => {
    const sim = await loadExample('v13-restore-two-pmds-posted');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'violation');
    const exp = r.expectations.find((e) => e.what.startsWith('violations'));
    assert.ok(exp && /migration-entry-locked: page pfn 0x102 is unlocked/.test(exp.detail), exp?.detail);
    // The run stopped right after the statement that unlocked pfn 0x102, and the stop is shown
    // on that statement (the culprit), not on the next one the thread rests on.
    const top = sim.stack(mainTid(sim))[0];
    assert.strictEqual(top.name, 'hmm_migrate_lock_and_isolate');
    assert.ok(top.file.endsWith('kernel/mm/hmm_migrate_v13.c'), top.file);
    // the unlock loop of the restore pass, inside hmm_migrate_lock_and_isolate() as posted
    const unlockLine = lineOf('mm/hmm_migrate_v13.c', 'unlock_page(page);', 'addr += PAGE_SHIFT');
    assert.strictEqual(top.line, unlockLine);
    assert.strictEqual(r.violation!.line, unlockLine);
    assert.ok(fs.readFileSync(path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c'), 'utf8').includes('addr += PAGE_SHIFT'));
    // pfn 0x102 is the first page of the second pmd: its pte was never restored
    assert.strictEqual(pte(sim, 1, 0x7f0000200000), 'migration 0x102');
    assert.strictEqual(page(sim, 0x102)!.locked, false);
  });

  it('fixed restore loop: same memory, both pinned pages mapped again, the others migrated', async () => {
    const sim = await loadExample('v13-restore-two-pmds-fixed');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'completed');
    assert.strictEqual(r.returned, '2');
    assert.strictEqual(pte(sim, 1, 0x7f00001ff000), 'present 0x101');
    assert.strictEqual(pte(sim, 1, 0x7f0000200000), 'present 0x102');
    for (const pfn of [0x101, 0x102]) {
      const p = page(sim, pfn)!;
      assert.deepStrictEqual([p.refcount, p.mapcount, p.locked, p.lru, p.pins], [2, 1, false, 'lru', 1]);
    }
    assert.ok(fs.readFileSync(path.join(ROOT, 'kernel/mm/hmm_migrate_v13_fixed.c'), 'utf8').includes('addr += PAGE_SIZE'));
  });

  it('posted restore pass: walks from the slots still migrating, so a lone pinned page stays locked', async () => {
    const sim = await loadExample('v13-restore-skips-posted');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'violation');
    assert.strictEqual(r.returned, '0');
    assert.match(r.expectations.find((e) => e.what.startsWith('violations'))!.detail, /leak: page pfn 0x100 is still locked/);
    assert.strictEqual(pte(sim, 1, 0x7f0000000000), 'migration 0x100');
    const p = page(sim, 0x100)!;
    assert.deepStrictEqual([p.refcount, p.mapcount, p.locked, p.lru], [2, 0, true, 'isolated']);
    const fixed = await loadExample('v13-restore-skips-fixed');
    assert.strictEqual(fixed.runToEnd().outcome, 'completed');
    assert.strictEqual(pte(fixed, 1, 0x7f0000000000), 'present 0x100');
    assert.strictEqual(page(fixed, 0x100)!.locked, false);
  });

  it('posted restore pass: clears the present pte of a page collect could not trylock', async () => {
    const sim = await loadExample('v13-restore-clears-present-posted');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'violation');
    assert.deepStrictEqual([r.violation!.invariant, r.violation!.message], ['mapcount', 'page pfn 0x101: mapcount is 1 but 0 pte(s) map it']);
    // reported when the pass drops the PTE lock after its pte loop
    assert.ok(r.violation!.file.endsWith('kernel/mm/hmm_migrate_v13.c'));
    assert.strictEqual(r.violation!.line, lineOf('mm/hmm_migrate_v13.c', 'pte_unmap_unlock(ptep - 1, ptl);', 'if (!restore)'));
    assert.strictEqual(pte(sim, 1, 0x7f0000001000), 'none');
    const fixed = await loadExample('v13-restore-clears-present-fixed');
    assert.strictEqual(fixed.runToEnd().outcome, 'completed');
    assert.strictEqual(pte(fixed, 1, 0x7f0000001000), 'present 0x101');
  });

  it('posted restore pass: soft-dirty is read from the cleared pte and lost (and write with it)', async () => {
    const sim = await loadExample('v13-soft-dirty-restore-posted');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'completed');
    const bits = (s: typeof sim) => s.stateView().processes[0].ptes.find((x) => Number(x.addr) === 0x7f0000001000)!.bits;
    assert.deepStrictEqual(bits(sim), []);
    const line = lineOf('mm/hmm_migrate_v13.c', 'if (pte_swp_soft_dirty(*ptep))');
    assert.ok(
      r.output.some((o) => o.includes(`kernel/mm/hmm_migrate_v13.c:${line}:`) && o.includes('pte_swp_soft_dirty() on a none pte')),
      r.output.join('\n'),
    );
    const fixed = await loadExample('v13-soft-dirty-restore-fixed');
    const rf = fixed.runToEnd();
    assert.strictEqual(rf.outcome, 'completed');
    assert.deepStrictEqual(bits(fixed), ['write', 'soft-dirty']);
    assert.deepStrictEqual(rf.output, []);
  });

  it('device memory back to RAM: collect takes the device-entry branch (2016 names) for each page', async () => {
    const sim = await loadExample('v13-migrate-back-from-device');
    const tid = mainTid(sim);
    const hits = new Map<number, number>();
    for (let n = 0; n < 20000; n++) {
      const top = sim.stack(tid)[0];
      if (top?.name === 'hmm_collect_walk_pmd') hits.set(top.line, (hits.get(top.line) ?? 0) + 1);
      if (sim.stepIn(tid).ended) break;
    }
    const at = (text: string) => hits.get(lineOf('mm/hmm_migrate_v13.c', text)) ?? 0;
    assert.strictEqual(at('page = device_entry_to_page(entry);'), 2);
    assert.strictEqual(at('write = is_write_device_entry(entry);'), 2);
    assert.strictEqual(at('if (!(hmm_page_pgmap_flags(page) & MEMORY_MOVABLE)) {'), 2);
    assert.strictEqual(at('page = pfn_to_page(pfn);'), 0);
    const r = sim.result();
    assert.ok(r.passed, JSON.stringify(r.expectations.filter((e) => !e.ok)));
    assert.strictEqual(pte(sim, 1, 0x7f0000000000), 'present 0x102');
    assert.strictEqual(page(sim, 0x100000)!.free, true);
  });

  it('each posted / fixed pair differs only in the source file', () => {
    const strip = (s: string) =>
      s
        .split('\n')
        .filter((l) => !l.startsWith('#') && !/hmm_migrate_v13(_fixed)?\.c/.test(l))
        .join('\n');
    const memory = (s: string) => strip(s).slice(strip(s).indexOf('sources:'), strip(s).indexOf('expect:'));
    for (const pair of ['v13-restore-skips', 'v13-restore-clears-present', 'v13-soft-dirty-restore']) {
      const posted = fs.readFileSync(example(`${pair}-posted`), 'utf8');
      const fixed = fs.readFileSync(example(`${pair}-fixed`), 'utf8');
      assert.ok(posted.includes('../kernel/mm/hmm_migrate_v13.c') && fixed.includes('../kernel/mm/hmm_migrate_v13_fixed.c'), pair);
      assert.strictEqual(memory(posted), memory(fixed), pair);
    }
  });

  it('the two restore scenarios differ only in the source file', () => {
    const strip = (s: string) =>
      s
        .split('\n')
        .filter((l) => !l.startsWith('#') && !/hmm_migrate_v13(_fixed)?\.c/.test(l))
        .join('\n');
    const posted = fs.readFileSync(example('v13-restore-two-pmds-posted'), 'utf8');
    const fixed = fs.readFileSync(example('v13-restore-two-pmds-fixed'), 'utf8');
    const memory = (s: string) => strip(s).slice(strip(s).indexOf('sources:'), strip(s).indexOf('expect:'));
    assert.strictEqual(memory(posted), memory(fixed));
  });

  it('shared page: unmap removes the other process mapping, finalize maps the new page in both', async () => {
    const sim = await loadExample('v13-shared-fork');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'completed');
    assert.strictEqual(pte(sim, 1, 0x7f0000001000), 'present 0x103');
    assert.strictEqual(pte(sim, 2, 0x7f0000001000), 'present 0x103');
    assert.strictEqual(page(sim, 0x103)!.mapcount, 2);
    assert.strictEqual(page(sim, 0x101)!.free, true);
  });

  it('allocation failure: the slot without destination keeps its page, mapped again', async () => {
    const sim = await loadExample('v13-alloc-fails');
    const r = sim.runToEnd();
    assert.strictEqual(r.returned, '2');
    assert.strictEqual(pte(sim, 1, 0x7f0000001000), 'present 0x101');
    const p = page(sim, 0x101)!;
    assert.deepStrictEqual([p.refcount, p.mapcount, p.locked, p.lru, p.content], [1, 1, false, 'lru', 'B']);
  });

  it('hole: the pte_none entry is left alone and not counted', async () => {
    const sim = await loadExample('v13-hole');
    const r = sim.runToEnd();
    assert.strictEqual(r.returned, '2');
    assert.strictEqual(pte(sim, 1, 0x7f0000001000), 'none');
  });

  it('per-CPU batch: lru_add_drain_all() moves the page to the LRU, once, then it is isolated', async () => {
    const sim = await loadExample('v13-lru-batch');
    const trace = traceMain(sim, () => page(sim, 0x101)!.lru + (page(sim, 0x101)!.free ? ' freed' : ''));
    // v13-lru-batch runs the fixed file, which has its own copy of lock & isolate
    const drainLine = lineOf('mm/hmm_migrate_v13_fixed.c', 'lru_add_drain_all();');
    assert.deepStrictEqual(
      trace.map((t) => `${t.fn}:${t.line} ${t.state}`),
      [
        '<start>:0 batch',
        `hmm_migrate_lock_and_isolate:${drainLine} lru`,
        `hmm_migrate_lock_and_isolate:${lineOf('mm/hmm_migrate_v13_fixed.c', 'if (isolate_lru_page(page))')} isolated`,
        `hmm_migrate_remove_migration_pte:${lineOf('mm/hmm_migrate_v13_finish.c', 'putback_lru_page(page);', 'mmstep-stage: finalize')} none freed`,
      ],
    );
  });

  it('trylock fails in collect: the pte stays present until unmap (try_to_unmap) replaces it', async () => {
    const sim = await loadExample('v13-trylock-fails-migrate');
    const trace = traceMain(sim, () => pte(sim, 1, 0x7f0000001000));
    assert.deepStrictEqual(
      trace.map((t) => `${t.fn} ${t.state}`),
      [
        '<start> present 0x101',
        // collect clears the pte, then puts the original back when trylock_page fails
        'hmm_collect_walk_pmd none',
        'hmm_collect_walk_pmd present 0x101',
        'hmm_migrate_unmap migration 0x101',
        'hmm_migrate_remove_migration_pte present 0x105',
      ],
    );
  });

  it('page isolated by someone else: the (fixed) v13 restore pass stops at its putback_lru_page', async () => {
    const sim = await loadExample('v13-isolated-elsewhere');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'fault');
    assert.strictEqual(r.fault!.kind, 'model');
    assert.match(r.fault!.message, /putback_lru_page: page pfn 0x101 was isolated by someone outside the simulation/);
    assert.ok(r.fault!.file.endsWith('kernel/mm/hmm_migrate_v13_fixed.c'), r.fault!.file);
    assert.strictEqual(r.fault!.line, lineOf('mm/hmm_migrate_v13_fixed.c', 'putback_lru_page(page);'));
    const p = page(sim, 0x101)!;
    assert.deepStrictEqual([p.refcount, p.mapcount, p.locked, p.lru], [2, 1, false, 'isolated']);
  });

  it('CPU write racing: the store waits on the migration entry, then lands in the new page', async () => {
    const sim = await loadExample('v13-cpu-write-race');
    const tid = mainTid(sim);
    const waits = new Set<string>();
    for (let n = 0; n < 20000; n++) {
      const stop = sim.stepIn(tid);
      for (const t of sim.threads()) if (t.name === 'cpu' && t.status === 'blocked') waits.add(t.blockedOn ?? '');
      if (stop.ended) break;
    }
    assert.deepStrictEqual([...waits], ['migration_entry_wait(pfn 0x101)']);
    assert.strictEqual(sim.threads().find((t) => t.name === 'cpu')!.status, 'done');
    assert.strictEqual(page(sim, 0x103)!.content, '42');
    assert.strictEqual(page(sim, 0x101)!.free, true);
    assert.ok(sim.result().passed);
  });

  it('migrate to device: ptes become device-private entries, the page the pool cannot take stays', async () => {
    const sim = await loadExample('v13-migrate-to-device');
    const r = sim.runToEnd();
    assert.strictEqual(r.returned, '2');
    const dev = sim.stateView().pages.filter((p) => p.zone === 'device-private' && !p.free);
    assert.deepStrictEqual(dev.map((p) => [p.refcount, p.mapcount, p.locked, p.content]), [[1, 1, false, 'A'], [1, 1, false, 'B']]);
    assert.match(pte(sim, 1, 0x7f0000000000), /^device-private 0x/);
    assert.strictEqual(pte(sim, 1, 0x7f0000002000), 'present 0x102');
  });

  it('bug 3.1: a store after madvise returned goes through the TLB entry collect has not flushed yet', async () => {
    const sim = await loadExample('v13-tlb-flush-after-unlock');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'violation');
    const v = r.expectations.find((e) => e.what.startsWith('violations'))!;
    assert.match(v.detail, /stale-tlb-use: CPU 0 wrote pid 1 0x7f0000001000 through a stale TLB entry to pfn 0x101/);
    // main is still inside the window: past pte_unmap_unlock, before flush_tlb_range
    const top = sim.stack(mainTid(sim))[0];
    assert.strictEqual(top.name, 'hmm_collect_walk_pmd');
    assert.strictEqual(top.line, lineOf('mm/hmm_migrate_v13.c', 'if (unmapped)'));
    assert.strictEqual(page(sim, 0x101)!.content, '42');
    assert.strictEqual(pte(sim, 1, 0x7f0000001000), 'none');
  });

  it('zap during migration: the re-walking stages lose the source pages (leak at the end)', async () => {
    const sim = await loadExample('v13-zap-during-migration');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'violation');
    assert.strictEqual(r.returned, '0');
    const v = r.expectations.find((e) => e.what.startsWith('violations'))!;
    assert.match(v.detail, /leak: page pfn 0x100 is still locked/);
    for (const pfn of [0x100, 0x101]) {
      const p = page(sim, pfn)!;
      assert.deepStrictEqual([p.refcount, p.locked, p.lru], [1, true, 'isolated']);
    }
  });

  it('overlapping migrations: main skips the pages the other thread holds', async () => {
    const sim = await loadExample('v13-overlapping-migrations');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'completed');
    assert.strictEqual(r.returned, '2');
    const other = sim.threads().find((t) => t.name === 'other')!;
    assert.strictEqual(other.status, 'done');
    for (let k = 0; k < 6; k++) assert.strictEqual(page(sim, 0x100 + k)!.free, true, `pfn 0x${(0x100 + k).toString(16)}`);
  });
});
