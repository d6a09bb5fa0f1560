// Reference-count walkthrough A of kernel-semantics §1.4 (collect + lock & isolate part),
// driven native by native in the order the v13 collect and lock & isolate code calls them.

import * as assert from 'assert';
import { objPtr, type Ptr, type Value } from '../../../src/c/value';
import { checkInvariants } from '../../../src/mm/index';
import { pteAt } from '../../../src/mm/pgtable';
import { decodePte } from '../../../src/mm/pte';
import { cPtr, fakeCtx, Harness, privateRange } from './helpers';

const ADDR = 0x100000;

describe('mm walkthrough A: private anon page, collect then lock & isolate', () => {
  it('has the refcount / mapcount / lock / LRU of §1.4 after each native call', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx(1, 0);
    const mm = objPtr(h.m.mms[1].obj);
    const vma = objPtr(h.m.mms[1].vmas[0].obj);
    const page = h.m.pages[0x100];
    const state = () => ({ ref: page.refcount, map: page.mapcount, locked: page.locked, lru: page.lru, pte: decodePte(pteAt(h.m, 1, ADDR)).kind });

    assert.deepStrictEqual(state(), { ref: 1, map: 1, locked: false, lru: 'lru', pte: 'present' });

    // collect: walk to the pte and take the PTL
    h.call(ctx, 'mmu_notifier_invalidate_range_start', mm, BigInt(ADDR), BigInt(ADDR + 4096));
    const pgd = h.ptr(ctx, 'pgd_offset', mm, BigInt(ADDR));
    assert.strictEqual(h.big(ctx, 'pgd_none', h.m.tables[pgd.b].entries[pgd.i]), 0n);
    const pud = h.ptr(ctx, 'pud_offset', pgd, BigInt(ADDR));
    const pmd = h.ptr(ctx, 'pmd_offset', pud, BigInt(ADDR));
    h.call(ctx, 'split_huge_pmd', vma, pmd, BigInt(ADDR));
    const ptlOut = cPtr(1);
    const ptep = h.ptr(ctx, 'pte_offset_map_lock', mm, pmd, BigInt(ADDR), ptlOut);
    const ptl = ctx.cells.get('1:0') as Ptr;
    assert.strictEqual(ptl.s, 'obj');
    h.call(ctx, 'arch_enter_lazy_mmu_mode');

    const orig = h.big(ctx, 'ptep_get_and_clear', mm, BigInt(ADDR), ptep);
    assert.strictEqual(h.big(ctx, 'pte_present', orig), 1n);
    assert.strictEqual(h.big(ctx, 'pte_pfn', orig), 0x100n);
    const write = h.big(ctx, 'pte_write', orig);
    assert.strictEqual(write, 1n);
    const pg = h.ptr(ctx, 'vm_normal_page', vma, BigInt(ADDR), orig);
    assert.deepStrictEqual(state(), { ref: 1, map: 1, locked: false, lru: 'lru', pte: 'none' });

    h.call(ctx, 'get_page', pg);
    assert.deepStrictEqual(state(), { ref: 2, map: 1, locked: false, lru: 'lru', pte: 'none' });

    assert.strictEqual(h.big(ctx, 'trylock_page', pg), 1n);
    const entry = h.big(ctx, 'make_migration_entry', pg, write);
    let swp = h.big(ctx, 'swp_entry_to_pte', entry);
    if (h.big(ctx, 'pte_soft_dirty', orig)) swp = h.big(ctx, 'pte_swp_mksoft_dirty', swp);
    h.call(ctx, 'set_pte_at', mm, BigInt(ADDR), ptep, swp);
    // Mid-update under the PTL (mapcount 1, no pte maps the page): not a violation yet.
    assert.strictEqual(page.mapcount, 1);
    assert.deepStrictEqual(checkInvariants(h.m), []);
    h.call(ctx, 'page_remove_rmap', pg, 0n);
    h.call(ctx, 'put_page', pg);
    assert.deepStrictEqual(state(), { ref: 1, map: 0, locked: true, lru: 'lru', pte: 'migration' });
    assert.strictEqual(decodePte(pteAt(h.m, 1, ADDR)).mode, 'write');

    h.call(ctx, 'arch_leave_lazy_mmu_mode');
    h.call(ctx, 'pte_unmap_unlock', ptep, ptl);
    h.call(ctx, 'flush_tlb_range', vma, BigInt(ADDR), BigInt(ADDR + 4096));
    h.call(ctx, 'mmu_notifier_invalidate_range_end', mm, BigInt(ADDR), BigInt(ADDR + 4096));
    assert.deepStrictEqual(checkInvariants(h.m), []);

    // lock & isolate
    h.call(ctx, 'lru_add_drain');
    assert.strictEqual(h.big(ctx, 'PageLocked', pg), 1n);
    assert.strictEqual(h.big(ctx, 'is_zone_device_page', pg), 0n);
    assert.strictEqual(h.big(ctx, 'PageLRU', pg), 1n);
    assert.strictEqual(h.big(ctx, 'isolate_lru_page', pg), 0n);
    assert.deepStrictEqual(state(), { ref: 2, map: 0, locked: true, lru: 'isolated', pte: 'migration' });
    h.call(ctx, 'put_page', pg);
    assert.deepStrictEqual(state(), { ref: 1, map: 0, locked: true, lru: 'isolated', pte: 'migration' });
    // check: page_count - 1 <= page_mapcount
    assert.ok(h.big(ctx, 'page_count', pg) - 1n <= h.big(ctx, 'page_mapcount', pg));
    assert.deepStrictEqual(checkInvariants(h.m), []);
    assert.deepStrictEqual(h.m.held, {});
    assert.deepStrictEqual(h.m.lazyMmu, {});
  });

  it('trylock failure: the pte is put back, the reference kept, lock_page sleeps until unlock', () => {
    const spec = privateRange(1);
    spec.processes[0].pages![0] = { addr: ADDR, locked: true, lockOwner: 2 };
    const h = new Harness(spec);
    const t1 = fakeCtx(1);
    const t2 = fakeCtx(2);
    const mm = objPtr(h.m.mms[1].obj);
    const pgd = h.ptr(t1, 'pgd_offset', mm, BigInt(ADDR));
    const pmd = h.ptr(t1, 'pmd_offset', h.ptr(t1, 'pud_offset', pgd, BigInt(ADDR)), BigInt(ADDR));
    const ptep = h.ptr(t1, 'pte_offset_map_lock', mm, pmd, BigInt(ADDR), cPtr(1));
    const ptl = t1.cells.get('1:0') as Value;
    const orig = h.big(t1, 'ptep_get_and_clear', mm, BigInt(ADDR), ptep);
    const pg = h.ptr(t1, 'pfn_to_page', h.big(t1, 'pte_pfn', orig));
    h.call(t1, 'get_page', pg);
    assert.strictEqual(h.big(t1, 'trylock_page', pg), 0n);
    h.call(t1, 'set_pte_at', mm, BigInt(ADDR), ptep, orig);
    h.call(t1, 'pte_unmap_unlock', ptep, ptl);
    const page = h.m.pages[0x100];
    assert.deepStrictEqual([page.refcount, page.mapcount, page.lockOwner], [2, 1, 2]);
    assert.strictEqual(decodePte(pteAt(h.m, 1, ADDR)).kind, 'present');
    assert.deepStrictEqual(checkInvariants(h.m), []);

    const r = h.call(t1, 'lock_page', pg);
    assert.deepStrictEqual(r, { t: 'block', on: 'page-lock:256', reason: 'lock_page(pfn 0x100)' });
    assert.deepStrictEqual(page.lockWaiters, [1]);
    h.call(t2, 'unlock_page', pg);
    assert.deepStrictEqual(t2.woken, ['page-lock:256']);
    assert.deepStrictEqual(page.lockWaiters, []);
    assert.strictEqual(h.call(t1, 'lock_page', pg), undefined);
    assert.strictEqual(page.lockOwner, 1);
  });
});
