// The incremental invariant check looks only at what a statement marked dirty (mm/dirty.ts).
// These tests pin down what the marks must cover for that to find every violation a full check
// finds: a pte write marks the page it named before as well as the one it names now (mapcount
// ties a page to the ptes naming it), a page changed under a PTL is checked when that lock is
// released by a later statement that touches nothing else, and natives that read a page without
// marking it (argPageRead) really change nothing. Also: a list of violations the check returned
// stays as it was (the check collects into a scratch list it reuses).

import * as assert from 'assert';
import { pagePtr, objPtr, type Ptr } from '../../../src/c/value';
import { checkInvariants, currentViolations } from '../../../src/mm/index';
import { dirtyOf } from '../../../src/mm/dirty';
import { pteTableFor, writeEntryRaw } from '../../../src/mm/pgtable';
import { decodePte, entryPfnOf, mkDevicePrivatePte, mkMigrationPte, mkPresentPte, swpEntry, swpEntryToPte } from '../../../src/mm/pte';
import type { MmModel } from '../../../src/mm/state';
import { cPtr, fakeCtx, Harness, privateRange } from './helpers';

const A = 0x100000;

/** The model as text, without the check's own bookkeeping (BigInts spelled out). */
function stateText(m: MmModel): string {
  const skip = new Set(['touched', 'touchedVa', 'touchedAll', 'pending']);
  return JSON.stringify(m, (k, v) => (skip.has(k) ? undefined : typeof v === 'bigint' ? `${v}n` : v));
}

/** The natives that take their page with argPageRead: they must neither change nor mark it. */
const PAGE_READERS = [
  'page_folio',
  'folio_pfn',
  'folio_ref_count',
  'folio_mapcount',
  'folio_mapped',
  'folio_test_locked',
  'folio_test_lru',
  'folio_test_anon',
  'PageAnonExclusive',
  'folio_mapping',
  'folio_test_large',
  'folio_is_zone_device',
  'page_count',
  'page_mapcount',
  'page_mapped',
  'PageLocked',
  'PageLRU',
  'PageAnon',
  'PageCompound',
  'is_zone_device_page',
  'is_device_private_page',
  'page_mapping',
  'page_to_pfn',
  'is_device_coherent_page',
];

function ptlLocked(h: Harness): { ptep: Ptr; ptl: () => Ptr; ctx: ReturnType<typeof fakeCtx> } {
  const ctx = fakeCtx();
  const mm = objPtr(h.m.mms[1].obj);
  const pgd = h.ptr(ctx, 'pgd_offset', mm, BigInt(A));
  const pmd = h.ptr(ctx, 'pmd_offset', h.ptr(ctx, 'pud_offset', pgd, BigInt(A)), BigInt(A));
  const ptep = h.ptr(ctx, 'pte_offset_map_lock', mm, pmd, BigInt(A), cPtr(1));
  return { ptep, ptl: () => ctx.cells.get('1:0') as Ptr, ctx };
}

describe('the dirty set covers what the invariants depend on', () => {
  it('the write paths read the pfn of an entry as decodePte does (entryPfnOf), for every kind of entry', () => {
    const values: bigint[] = [0n, mkPresentPte(0x1234, { write: true, dirty: true }), mkPresentPte(0)];
    for (const mode of ['read', 'read-exclusive', 'write'] as const) values.push(mkMigrationPte(0x4321, mode, { young: true, dirty: true, softDirty: true }));
    values.push(mkDevicePrivatePte(0x10000, true), mkDevicePrivatePte(0x10001, false, { softDirty: true }));
    for (let type = 0n; type < 32n; type++) values.push(swpEntryToPte(swpEntry(type, 0x77n)));
    for (const v of values) assert.strictEqual(entryPfnOf(v), decodePte(v).pfn, `0x${v.toString(16)}`);
    assert.ok(values.some((v) => entryPfnOf(v) === undefined && v !== 0n), 'swap entries name no page');
  });

  it('a pte rewritten to another page marks both pages: the one it named and the one it names', () => {
    const h = new Harness(privateRange(2));
    assert.deepStrictEqual(checkInvariants(h.m), []);
    const t = pteTableFor(h.m, 1, A)!;
    // One write, one pte: page 0x100 loses its only mapper, page 0x101 gains a second one.
    writeEntryRaw(h.m, t, 256, mkPresentPte(0x101, { write: true }));
    const v = checkInvariants(h.m);
    assert.deepStrictEqual(
      v.filter((x) => x.invariant === 'mapcount').map((x) => x.message.match(/pfn (0x[0-9a-f]+)/)![1]),
      ['0x100', '0x101'],
    );
    assert.deepStrictEqual(currentViolations(h.m).map((x) => x.message).sort(), v.map((x) => x.message).sort());
  });

  it('a page changed under a PTL by an earlier statement is checked when a later statement only releases the lock', () => {
    const h = new Harness(privateRange(1));
    const { ptep, ptl, ctx } = ptlLocked(h);
    h.call(ctx, 'ptep_get_and_clear', objPtr(h.m.mms[1].obj), BigInt(A), ptep);
    assert.deepStrictEqual(checkInvariants(h.m), [], 'in flux while the PTL is held');
    // Statements in between that only read the page leave no mark of their own.
    for (const n of ['page_to_pfn', 'page_mapcount', 'PageAnon']) h.call(ctx, n, pagePtr(0x100));
    assert.strictEqual(dirtyOf(h.m).pages.length, 0);
    assert.deepStrictEqual(checkInvariants(h.m), []);
    h.call(ctx, 'pte_unmap_unlock', ptep, ptl());
    assert.deepStrictEqual(checkInvariants(h.m).map((x) => x.invariant), ['mapcount']);
  });

  for (const name of PAGE_READERS) {
    it(`${name} changes nothing and marks nothing`, () => {
      const h = new Harness(privateRange(1));
      checkInvariants(h.m);
      const before = stateText(h.m);
      h.call(fakeCtx(), name, pagePtr(0x100));
      assert.strictEqual(stateText(h.m), before, `${name} changed the model`);
      assert.deepStrictEqual([dirtyOf(h.m).pages, dirtyOf(h.m).vas], [[], []], `${name} marked the page`);
    });
  }

  it('a reader on a page broken before it was called does not hide the violation (found when it was made)', () => {
    const h = new Harness(privateRange(1));
    checkInvariants(h.m);
    h.m.pages[0x100].mapcount = 2;
    h.m.touched[0x100] = true;
    h.call(fakeCtx(), 'folio_mapcount', pagePtr(0x100));
    assert.deepStrictEqual(checkInvariants(h.m).map((x) => x.invariant).sort(), ['mapcount', 'refcount']);
  });

  it('the list a check returned is not changed by the next check', () => {
    const h = new Harness(privateRange(2));
    checkInvariants(h.m);
    h.m.pages[0x100].mapcount = 2;
    h.m.touched[0x100] = true;
    const first = checkInvariants(h.m);
    const copy = first.map((x) => x.message);
    assert.ok(copy.length > 0);
    h.m.pages[0x101].mapcount = 3;
    h.m.touched[0x101] = true;
    const second = checkInvariants(h.m);
    assert.ok(second.length > 0 && second !== first);
    assert.deepStrictEqual(first.map((x) => x.message), copy);
    assert.deepStrictEqual(checkInvariants(h.m), [], 'nothing touched since: nothing to report');
  });
});
