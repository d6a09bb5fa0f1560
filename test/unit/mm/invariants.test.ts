import * as assert from 'assert';
import { objPtr, pagePtr, type Ptr } from '../../../src/c/value';
import { checkInvariants, createModelMemory, INVARIANTS, setInvariant } from '../../../src/mm/index';
import { pteTableFor, writeEntryRaw } from '../../../src/mm/pgtable';
import { mkMigrationPte } from '../../../src/mm/pte';
import { cPtr, fakeCtx, Harness, privateRange } from './helpers';

const A = 0x100000;

describe('mm invariants', () => {
  it('a consistent initial model has no violations', () => {
    const h = new Harness(privateRange(4, { tlb: [{ cpu: 0, pid: 1, addr: A }] }));
    assert.deepStrictEqual(checkInvariants(h.m), []);
  });

  it('mapcount: a pte cleared without the rmap update is reported once the PTL is dropped', () => {
    const h = new Harness(privateRange(2));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    const pgd = h.ptr(ctx, 'pgd_offset', mm, BigInt(A));
    const pmd = h.ptr(ctx, 'pmd_offset', h.ptr(ctx, 'pud_offset', pgd, BigInt(A)), BigInt(A));
    const ptep = h.ptr(ctx, 'pte_offset_map_lock', mm, pmd, BigInt(A), cPtr(1));
    h.call(ctx, 'ptep_get_and_clear', mm, BigInt(A), ptep);
    assert.deepStrictEqual(checkInvariants(h.m), [], 'exempt while the PTL is held');
    h.call(ctx, 'pte_unmap_unlock', ptep, ctx.cells.get('1:0') as Ptr);
    const v = checkInvariants(h.m);
    assert.deepStrictEqual(v.map((x) => x.invariant), ['mapcount']);
    assert.match(v[0].message, /page pfn 0x100: mapcount is 1 but 0 pte\(s\) map it/);
  });

  it('a direct *ptep write under the PTL is exempt until the unlock, then reported', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    const pgd = h.ptr(ctx, 'pgd_offset', mm, BigInt(A));
    const pmd = h.ptr(ctx, 'pmd_offset', h.ptr(ctx, 'pud_offset', pgd, BigInt(A)), BigInt(A));
    const ptep = h.ptr(ctx, 'pte_offset_map_lock', mm, pmd, BigInt(A), cPtr(1));
    createModelMemory(h.m).writeEntry(ptep, 0n);
    assert.deepStrictEqual(checkInvariants(h.m), []);
    h.call(ctx, 'pte_unmap_unlock', ptep, ctx.cells.get('1:0') as Ptr);
    assert.deepStrictEqual(checkInvariants(h.m).map((x) => x.invariant), ['mapcount']);
  });

  it('mapcount: a pte written without any lock is reported at once', () => {
    const h = new Harness(privateRange(1));
    const t = pteTableFor(h.m, 1, A)!;
    writeEntryRaw(h.m, t, 257, t.entries[256]); // a second pte to the same page, no rmap
    const v = checkInvariants(h.m);
    assert.deepStrictEqual(v.map((x) => x.invariant), ['mapcount']);
    assert.match(v[0].message, /mapcount is 1 but 2 pte\(s\) map it \(pid 1 0x100000, pid 1 0x101000\)/);
  });

  it('each invariant can be switched off', () => {
    const h = new Harness(privateRange(1));
    h.m.pages[0x100].mapcount = 3;
    assert.deepStrictEqual(checkInvariants(h.m).map((x) => x.invariant).sort(), ['mapcount', 'refcount']);
    setInvariant(h.m, 'mapcount', false);
    assert.deepStrictEqual(checkInvariants(h.m).map((x) => x.invariant), ['refcount']);
    setInvariant(h.m, 'refcount', false);
    assert.deepStrictEqual(checkInvariants(h.m), []);
    assert.throws(() => setInvariant(h.m, 'nope', false), /unknown invariant/);
    assert.ok(INVARIANTS.every((i) => i.description.length > 10));
  });

  it('migration-entry-locked: an unlocked page behind a migration entry is reported', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const page = h.m.pages[0x100];
    const t = pteTableFor(h.m, 1, A)!;
    h.call(ctx, 'trylock_page', pagePtr(0x100));
    writeEntryRaw(h.m, t, 256, mkMigrationPte(0x100, 'write'));
    page.mapcount = 0;
    assert.deepStrictEqual(checkInvariants(h.m), []);
    h.call(ctx, 'unlock_page', pagePtr(0x100));
    const v = checkInvariants(h.m);
    assert.deepStrictEqual(v.map((x) => x.invariant), ['migration-entry-locked']);
    assert.match(v[0].message, /pid 1 0x100000/);
  });

  it('freed-page-referenced: a stale TLB entry to a freed page is reported', () => {
    const h = new Harness(privateRange(1, { tlb: [{ cpu: 0, pid: 1, addr: A }] }));
    const t = pteTableFor(h.m, 1, A)!;
    writeEntryRaw(h.m, t, 256, 0n);
    h.m.pages[0x100].mapcount = 0;
    h.call(fakeCtx(), 'put_page', pagePtr(0x100));
    assert.strictEqual(h.m.pages[0x100].freed, true);
    const v = checkInvariants(h.m);
    // The pte was cleared behind the model's back, so the data written there is gone too.
    assert.deepStrictEqual(v.map((x) => x.invariant).sort(), ['freed-page-referenced', 'lost-write']);
    assert.match(v.find((x) => x.invariant === 'freed-page-referenced')!.message, /CPU 0 TLB still translates pid 1 0x100000 to freed page pfn 0x100/);
  });
});
