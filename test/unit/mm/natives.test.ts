// Argument checks and fault behaviour of the natives: what the model refuses and why.

import * as assert from 'assert';
import { objPtr, pagePtr, ptePtr, type Ptr } from '../../../src/c/value';
import { buildStateView, isTlbStale, type MemorySpec } from '../../../src/mm/index';
import { pteAt } from '../../../src/mm/pgtable';
import { decodePte, mkMigrationPte, mkPresentPte } from '../../../src/mm/pte';
import { cPtr, expectFault, fakeCtx, Harness, privateRange } from './helpers';

const A = 0x100000;

/** Walk to the pte of `addr` in pid 1 and take its PTL; returns ptep and the ptl pointer. */
function lockPte(h: Harness, ctx: ReturnType<typeof fakeCtx>, addr: number, region = 1) {
  const mm = objPtr(h.m.mms[1].obj);
  const pgd = h.ptr(ctx, 'pgd_offset', mm, BigInt(addr));
  const pmd = h.ptr(ctx, 'pmd_offset', h.ptr(ctx, 'pud_offset', pgd, BigInt(addr)), BigInt(addr));
  const ptep = h.ptr(ctx, 'pte_offset_map_lock', mm, pmd, BigInt(addr), cPtr(region));
  return { mm, pmd, ptep, ptl: ctx.cells.get(`${region}:0`) as Ptr };
}

describe('mm natives: faults', () => {
  it('put_page on a freed page is a use-after-free', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const { mm, ptep, ptl } = lockPte(h, ctx, A);
    const pg = pagePtr(0x100);
    h.call(ctx, 'ptep_get_and_clear', mm, BigInt(A), ptep);
    h.call(ctx, 'page_remove_rmap', pg, 0n);
    h.call(ctx, 'pte_unmap_unlock', ptep, ptl);
    h.call(ctx, 'put_page', pg); // last reference: freed (taken off the LRU)
    assert.strictEqual(h.m.pages[0x100].freed, true);
    assert.strictEqual(h.m.pages[0x100].lru, 'none');
    expectFault('use-after-free', () => h.call(ctx, 'put_page', pg), /has been freed/);
    expectFault('use-after-free', () => h.call(ctx, 'get_page', pg));
  });

  it('dropping the last reference of a mapped or locked page is a model fault', () => {
    const h = new Harness(privateRange(2));
    const ctx = fakeCtx();
    expectFault('model', () => h.call(ctx, 'put_page', pagePtr(0x100)), /still mapped/);
  });

  it('lock_page under a spinlock is sleep-in-atomic; so is lru_add_drain_all', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    lockPte(h, ctx, A);
    expectFault('sleep-in-atomic', () => h.call(ctx, 'lock_page', pagePtr(0x100)), /holds spinlock ptl\(pid 1/);
    expectFault('sleep-in-atomic', () => h.call(ctx, 'lru_add_drain_all'));
    // trylock never sleeps and is fine
    assert.strictEqual(h.big(ctx, 'trylock_page', pagePtr(0x100)), 1n);
  });

  it('set_pte_at and ptep_get_and_clear need the PTL held by the caller', () => {
    const h = new Harness(privateRange(1));
    const t1 = fakeCtx(1);
    const t2 = fakeCtx(2);
    const { mm, ptep } = lockPte(h, t1, A);
    expectFault('model', () => h.call(t2, 'set_pte_at', mm, BigInt(A), ptep, 0n), /without holding its page-table lock/);
    expectFault('model', () => h.call(t2, 'ptep_get_and_clear', mm, BigInt(A), ptep));
    expectFault('bad-call', () => h.call(t1, 'set_pte_at', mm, BigInt(A + 4096), ptep, 0n), /not covered/);
  });

  it('a second thread spins on a held PTL and is woken by the unlock; re-locking is a deadlock', () => {
    const h = new Harness(privateRange(1));
    const t1 = fakeCtx(1);
    const t2 = fakeCtx(2);
    const { mm, pmd, ptep, ptl } = lockPte(h, t1, A);
    const r = h.call(t2, 'pte_offset_map_lock', mm, pmd, BigInt(A), cPtr(9));
    assert.ok(r && typeof r === 'object' && 't' in r && r.t === 'block');
    expectFault('deadlock', () => h.call(t1, 'spin_lock', ptl));
    h.call(t1, 'pte_unmap_unlock', ptep, ptl);
    assert.deepStrictEqual(t1.woken, [`spin:${ptl.b}`]);
    assert.strictEqual(h.ptr(t2, 'pte_offset_map_lock', mm, pmd, BigInt(A), cPtr(9)).b, ptep.b);
    expectFault('model', () => h.call(t1, 'spin_unlock', ptl), /held by thread 2/);
  });

  it('pte_unmap_unlock needs a pointer into the locked table (ptep - 1 is fine, a foreign table is not)', () => {
    const spec: MemorySpec = {
      processes: [{ pid: 1, vmas: [{ start: 0x100000, end: 0x400000 }], pages: [{ addr: 0x100000 }, { addr: 0x300000 }] }],
    };
    const h = new Harness(spec);
    const ctx = fakeCtx();
    const a = lockPte(h, ctx, 0x100000, 1);
    const b = lockPte(h, ctx, 0x300000, 2);
    assert.notStrictEqual(a.ptep.b, b.ptep.b);
    expectFault('bad-call', () => h.call(ctx, 'pte_unmap_unlock', b.ptep, a.ptl), /belongs to the table/);
    expectFault('out-of-bounds', () => h.call(ctx, 'pte_unmap_unlock', ptePtr(a.ptep.b, 512), a.ptl));
    h.call(ctx, 'pte_unmap_unlock', ptePtr(a.ptep.b, 511), a.ptl);
    h.call(ctx, 'pte_unmap_unlock', b.ptep, b.ptl);
    assert.deepStrictEqual(h.m.held, {});
  });

  it('present helpers trap on swap-format ptes (checks: fault) and swap helpers on present ptes', () => {
    const h = new Harness(privateRange(1));
    h.m.nonpresentPteHelpers = 'fault'; // the default warns: test/unit/mm/nonpresent-pte.test.ts
    const ctx = fakeCtx();
    const mig = mkMigrationPte(0x100, 'write');
    expectFault('undefined-behaviour', () => h.call(ctx, 'pte_soft_dirty', mig), /pte_swp_/);
    expectFault('undefined-behaviour', () => h.call(ctx, 'pte_pfn', 0n));
    expectFault('undefined-behaviour', () => h.call(ctx, 'pte_swp_soft_dirty', mkPresentPte(0x100, {})));
    assert.strictEqual(h.big(ctx, 'pte_swp_soft_dirty', h.big(ctx, 'pte_swp_mksoft_dirty', mig)), 1n);
    assert.strictEqual(h.big(ctx, 'pte_soft_dirty', h.big(ctx, 'pte_mksoft_dirty', mkPresentPte(0x100, {}))), 1n);
  });

  it('migration entries may only name locked pages', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    expectFault('bug-on', () => h.call(ctx, 'make_migration_entry', pagePtr(0x100), 1n), /not locked/);
    h.call(ctx, 'trylock_page', pagePtr(0x100));
    const e = h.big(ctx, 'make_migration_entry', pagePtr(0x100), 0n);
    assert.strictEqual(h.big(ctx, 'is_migration_entry', e), 1n);
    assert.strictEqual(h.big(ctx, 'is_write_migration_entry', e), 0n);
    assert.deepStrictEqual(h.ptr(ctx, 'migration_entry_to_page', e), pagePtr(0x100));
    h.call(ctx, 'unlock_page', pagePtr(0x100));
    expectFault('bug-on', () => h.call(ctx, 'migration_entry_to_page', e));
    expectFault('bug-on', () => h.call(ctx, 'unlock_page', pagePtr(0x100)), /not locked/);
  });

  it('a page in a per-CPU batch cannot be isolated until that CPU drains', () => {
    const spec = privateRange(1, { cpus: 2 });
    spec.processes[0].pages![0] = { addr: A, lru: 'batch', batchCpu: 1 };
    const h = new Harness(spec);
    const cpu0 = fakeCtx(1, 0);
    const pg = pagePtr(0x100);
    assert.strictEqual(h.m.pages[0x100].refcount, 2);
    assert.strictEqual(h.big(cpu0, 'isolate_lru_page', pg), -16n);
    h.call(cpu0, 'lru_add_drain');
    assert.strictEqual(h.big(cpu0, 'PageLRU', pg), 0n);
    h.call(cpu0, 'lru_add_drain_all');
    assert.strictEqual(h.big(cpu0, 'PageLRU', pg), 1n);
    assert.strictEqual(h.m.pages[0x100].refcount, 1);
    assert.strictEqual(h.big(cpu0, 'isolate_lru_page', pg), 0n);
    h.call(cpu0, 'putback_lru_page', pg);
    expectFault('model', () => h.call(cpu0, 'putback_lru_page', pg), /not isolated/);
  });

  it('lazy MMU mode and notifier ranges must be balanced', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    expectFault('model', () => h.call(ctx, 'arch_leave_lazy_mmu_mode'));
    h.call(ctx, 'mmu_notifier_invalidate_range_start', mm, 0x100000n, 0x101000n);
    expectFault('model', () => h.call(ctx, 'mmu_notifier_invalidate_range_end', mm, 0x100000n, 0x102000n), /without a matching/);
    h.call(ctx, 'mmu_notifier_invalidate_range_end', mm, 0x100000n, 0x101000n);
  });

  it('walking to a missing level or passing the wrong object is refused with a message', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    const pgd = h.ptr(ctx, 'pgd_offset', mm, 0x7f0000000000n);
    assert.strictEqual(h.big(ctx, 'pgd_none', 0n), 1n);
    expectFault('model', () => h.call(ctx, 'pud_offset', pgd, 0x7f0000000000n), /no pud table/);
    expectFault('bad-call', () => h.call(ctx, 'pud_offset', mm, 0x100000n), /not a page-table entry pointer/);
    expectFault('bad-call', () => h.call(ctx, 'pmd_offset', pgd, 0x100000n), /expected a pud table/);
    expectFault('null-deref', () => h.call(ctx, 'get_page', { t: 'p', s: 'null', b: 0, i: 0 }));
  });
});

describe('mm mmap lock', () => {
  it('readers share it, a writer waits for them, the view shows the holders', () => {
    const h = new Harness(privateRange(1));
    const [t1, t2, t3] = [fakeCtx(1), fakeCtx(2), fakeCtx(3)];
    const mm = objPtr(h.m.mms[1].obj);
    expectFault('bug-on', () => h.call(t1, 'mmap_assert_locked', mm));
    assert.strictEqual(h.call(t1, 'mmap_read_lock', mm), undefined);
    assert.strictEqual(h.call(t2, 'mmap_read_lock', mm), undefined);
    h.call(t1, 'mmap_assert_locked', mm);
    assert.deepStrictEqual(h.call(t3, 'mmap_write_lock', mm), { t: 'block', on: 'mmap:1', reason: 'mmap_write_lock(pid 1)' });
    assert.strictEqual(buildStateView(h.m, { threadName: (t) => `t${t}` }).processes[0].mmapLock, 'read: t1, t2');
    expectFault('deadlock', () => h.call(t1, 'mmap_read_lock', mm));
    h.call(t1, 'mmap_read_unlock', mm);
    h.call(t2, 'mmap_read_unlock', mm);
    assert.deepStrictEqual(t2.woken, ['mmap:1']);
    assert.strictEqual(h.call(t3, 'mmap_write_lock', mm), undefined);
    assert.deepStrictEqual(h.call(t1, 'mmap_read_lock', mm), { t: 'block', on: 'mmap:1', reason: 'mmap_read_lock(pid 1)' });
    expectFault('model', () => h.call(t1, 'mmap_write_unlock', mm), /does not hold/);
    h.call(t3, 'mmap_write_unlock', mm);
  });

  it('is a sleeping lock: not under a spinlock', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    lockPte(h, ctx, A);
    expectFault('sleep-in-atomic', () => h.call(ctx, 'mmap_read_lock', objPtr(h.m.mms[1].obj)));
  });
});

describe('mm TLB', () => {
  it('a translation stays (stale) after ptep_get_and_clear until flush_tlb_range', () => {
    const h = new Harness(privateRange(2, { cpus: 2, tlb: [{ cpu: 1, pid: 1, addr: A }, { cpu: 1, pid: 1, addr: A + 4096 }] }));
    const ctx = fakeCtx(1, 0);
    const vma = objPtr(h.m.mms[1].vmas[0].obj);
    const { mm, ptep, ptl } = lockPte(h, ctx, A);
    const view = () => buildStateView(h.m, { threadName: (t) => `t${t}` }).tlbs[1].entries;
    assert.deepStrictEqual(view().map((e) => e.stale), [false, false]);
    h.call(ctx, 'ptep_get_and_clear', mm, BigInt(A), ptep);
    assert.ok(isTlbStale(h.m, h.m.tlbs[1][0]));
    assert.deepStrictEqual(view().map((e) => e.stale), [true, false]);
    h.call(ctx, 'pte_unmap_unlock', ptep, ptl);
    assert.strictEqual(h.m.tlbs[1].length, 2, 'unlocking does not flush');
    h.call(ctx, 'flush_tlb_range', vma, BigInt(A), BigInt(A + 4096));
    assert.deepStrictEqual(h.m.tlbs[1].map((e) => e.vaddr), [A + 4096]);
    assert.strictEqual(decodePte(pteAt(h.m, 1, A)).kind, 'none');
  });
});
