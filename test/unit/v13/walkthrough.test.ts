// Reference-count walkthroughs A and B of kernel-semantics §1.4, reproduced on the 2016 HMM v13
// flow by stepping the real Simulation statement by statement (stepping into every C call) and
// reading the state view after each step. Each change of the traced page's refcount / mapcount
// / lock / LRU state or of its pte is recorded with the function that made it, and the whole
// sequence is compared with the walkthrough (adapted to v13: its collect clears the pte first,
// its finalize puts the new page back through the LRU add batch, and the test device allocates
// in system RAM).

import * as assert from 'assert';
import { loadExample, page, pageState, pte, traceMain } from './helpers';

describe('v13 walkthroughs (kernel-semantics §1.4) on the 2016 flow', function () {
  this.timeout(30000);

  it('A: a private page mapped once migrates; old page freed, new page mapped', async () => {
    const sim = await loadExample('v13-private-migrate');
    const ADDR = 0x7f0000000000;
    // source pfn 0x100 and its destination 0x104, and the pte at ADDR
    const trace = traceMain(sim, () => `${pageState(sim, 0x100, 1, ADDR)} || ${pageState(sim, 0x104, 1, ADDR)}`);
    const steps = trace.map((t) => `${t.fn}: ${t.state}`);
    assert.deepStrictEqual(steps, [
      // start: refcount 1 (the pte), mapcount 1, on the LRU, present
      '<start>: 1/1 unlocked lru | present 0x100 || absent | present 0x100',
      // collect (under the PTL): clear first, then get, trylock, migration entry, remove rmap, put
      'hmm_collect_walk_pmd: 1/1 unlocked lru | none || absent | none',
      'hmm_collect_walk_pmd: 2/1 unlocked lru | none || absent | none',
      'hmm_collect_walk_pmd: 2/1 locked lru | none || absent | none',
      'hmm_collect_walk_pmd: 2/1 locked lru | migration 0x100 || absent | migration 0x100',
      'hmm_collect_walk_pmd: 2/0 locked lru | migration 0x100 || absent | migration 0x100',
      'hmm_collect_walk_pmd: 1/0 locked lru | migration 0x100 || absent | migration 0x100',
      // lock & isolate: isolation ref (+1), collect ref dropped (-1); check 1 - 1 <= 0
      'hmm_migrate_lock_and_isolate: 2/0 locked isolated | migration 0x100 || absent | migration 0x100',
      'hmm_migrate_lock_and_isolate: 1/0 locked isolated | migration 0x100 || absent | migration 0x100',
      // unmap: nothing else maps it; alloc_and_copy: the destination, ref 1, locked
      'hmm_test_alloc_and_copy: 1/0 locked isolated | migration 0x100 || 1/0 unlocked none | migration 0x100',
      'hmm_test_alloc_and_copy: 1/0 locked isolated | migration 0x100 || 1/0 locked none | migration 0x100',
      // finalize: remove_migration_ptes maps the new page (ref 2, mapcount 1)
      'hmm_migrate_remove_migration_pte: 1/0 locked isolated | present 0x104 || 2/1 locked none | present 0x104',
      // old page: unlock, putback -> its last reference: freed
      'hmm_migrate_remove_migration_pte: 1/0 unlocked isolated | present 0x104 || 2/1 locked none | present 0x104',
      'hmm_migrate_remove_migration_pte: freed | present 0x104 || 2/1 locked none | present 0x104',
      // new page: unlock, queued on the LRU add batch (+1), the driver's ref dropped
      'hmm_migrate_remove_migration_pte: freed | present 0x104 || 2/1 unlocked none | present 0x104',
      'hmm_migrate_remove_migration_pte: freed | present 0x104 || 3/1 unlocked batch | present 0x104',
      'hmm_migrate_remove_migration_pte: freed | present 0x104 || 2/1 unlocked batch | present 0x104',
    ]);
    const end = sim.result();
    assert.strictEqual(end.outcome, 'completed');
  });

  it('A with a device-private destination (the v13 test device): dst ends with ref 1, mapcount 1', async () => {
    const ADDR = 0x7f0000000000;
    // the device pfn the first page goes to, from a first run
    const first = await loadExample('v13-migrate-to-device');
    first.runToEnd();
    const m = /^device-private (0x[0-9a-f]+)$/.exec(pte(first, 1, ADDR));
    assert.ok(m, pte(first, 1, ADDR));
    const dst = Number(m[1]);

    const sim = await loadExample('v13-migrate-to-device');
    const trace = traceMain(sim, () => `${pageState(sim, 0x100, 1, ADDR)} || ${pageState(sim, dst, 1, ADDR)}`);
    const at = (k: number) => `${trace[k].fn}: ${trace[k].state}`;
    const steps = trace.map((t) => `${t.fn}: ${t.state}`);
    const d = `device-private 0x${dst.toString(16)}`;
    // collect and lock & isolate as for a RAM destination (src only; a free device page is
    // not shown in the state view)
    assert.strictEqual(at(0), '<start>: 1/1 unlocked lru | present 0x100 || absent | present 0x100');
    const afterIsolate = steps.indexOf('hmm_migrate_lock_and_isolate: 1/0 locked isolated | migration 0x100 || absent | migration 0x100');
    assert.ok(afterIsolate > 0, steps.join('\n'));
    assert.deepStrictEqual(steps.slice(afterIsolate + 1), [
      // alloc_and_copy: zone_device_page_init -> refcount 1, locked
      'v13_devmem_alloc_and_copy: 1/0 locked isolated | migration 0x100 || 1/0 locked none | migration 0x100',
      // finalize: the migration entry becomes a device-private entry: dst ref 2, mapcount 1
      `hmm_migrate_remove_migration_pte: 1/0 locked isolated | ${d} || 2/1 locked none | ${d}`,
      // src unlocked, put back: freed
      `hmm_migrate_remove_migration_pte: 1/0 unlocked isolated | ${d} || 2/1 locked none | ${d}`,
      `hmm_migrate_remove_migration_pte: freed | ${d} || 2/1 locked none | ${d}`,
      // dst unlocked, the driver's reference dropped: ref 1 (the entry), mapcount 1
      `hmm_migrate_remove_migration_pte: freed | ${d} || 2/1 unlocked none | ${d}`,
      `hmm_migrate_remove_migration_pte: freed | ${d} || 1/1 unlocked none | ${d}`,
    ]);
    assert.strictEqual(page(sim, dst)!.content, 'A');
  });

  it('B: a GUP-pinned page is restored by lock & isolate, not migrated', async () => {
    const sim = await loadExample('v13-pinned-page');
    const ADDR = 0x7f0000001000;
    const trace = traceMain(sim, () => pageState(sim, 0x101, 1, ADDR));
    const steps = trace.map((t) => `${t.fn}: ${t.state}`);
    assert.deepStrictEqual(steps, [
      // refcount +1 for the pin at start
      '<start>: 2/1 unlocked lru | present 0x101',
      'hmm_collect_walk_pmd: 2/1 unlocked lru | none',
      'hmm_collect_walk_pmd: 3/1 unlocked lru | none',
      'hmm_collect_walk_pmd: 3/1 locked lru | none',
      'hmm_collect_walk_pmd: 3/1 locked lru | migration 0x101',
      'hmm_collect_walk_pmd: 3/0 locked lru | migration 0x101',
      'hmm_collect_walk_pmd: 2/0 locked lru | migration 0x101',
      'hmm_migrate_lock_and_isolate: 3/0 locked isolated | migration 0x101',
      // check: 2 - 1 = 1 > 0 -> pinned: restore
      'hmm_migrate_lock_and_isolate: 2/0 locked isolated | migration 0x101',
      // restore pass (inside lock & isolate, as posted), under the PTL: read-and-clear the
      // entry, get (+1), present pte, rmap
      'hmm_migrate_lock_and_isolate: 2/0 locked isolated | none',
      'hmm_migrate_lock_and_isolate: 3/0 locked isolated | none',
      'hmm_migrate_lock_and_isolate: 3/0 locked isolated | present 0x101',
      'hmm_migrate_lock_and_isolate: 3/1 locked isolated | present 0x101',
      // then unlock and putback_lru_page (the isolation ref goes): pte + pin
      'hmm_migrate_lock_and_isolate: 3/1 unlocked isolated | present 0x101',
      'hmm_migrate_lock_and_isolate: 2/1 unlocked lru | present 0x101',
    ]);
    assert.strictEqual(sim.result().outcome, 'completed');
  });
});
