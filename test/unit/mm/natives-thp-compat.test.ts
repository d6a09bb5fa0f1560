// pmd_lock and pmd_page (src/mm/natives/thp-compat.ts), the natives of the kernel trees'
// transparent-huge-pmd branch: pmd_lock takes a real lock per pmd table (one object, made on
// first use, contended like any spinlock), pmd_page reports instead of guessing.

import * as assert from 'assert';
import { objPtr, ptePtr, type Ptr } from '../../../src/c/value';
import { mkPresentPte, _PAGE_PSE } from '../../../src/mm/pte';
import { expectFault, fakeCtx, Harness, privateRange } from './helpers';

const A = 0x100000;

function pmdOf(h: Harness, ctx: ReturnType<typeof fakeCtx>, pid = 1): Ptr {
  const mm = objPtr(h.m.mms[pid].obj);
  const pud = h.ptr(ctx, 'pud_offset', h.ptr(ctx, 'pgd_offset', mm, BigInt(A)), BigInt(A));
  return h.ptr(ctx, 'pmd_offset', pud, BigInt(A));
}

describe('natives: pmd_lock, pmd_page', () => {
  it('pmd_lock takes one lock per pmd table, created on first use, and spin_unlock releases it', () => {
    const h = new Harness(privateRange(2));
    const t1 = fakeCtx(1);
    const t2 = fakeCtx(2);
    const pmd = pmdOf(h, t1);
    const mm = objPtr(h.m.mms[1].obj);
    const before = Object.keys(h.m.objs).length;
    const lock = h.ptr(t1, 'pmd_lock', mm, pmd);
    assert.strictEqual(Object.keys(h.m.objs).length, before + 1);
    const o = h.m.objs[lock.b];
    assert.ok(o.kind === 'spinlock' && o.holder === 1 && o.table === pmd.b, 'held by thread 1, for this pmd table');
    assert.match(o.kind === 'spinlock' ? o.name : '', /^pmd lock\(pid 1, /);
    assert.strictEqual(h.m.tables[pmd.b].ptl, -1, 'PageTable.ptl stays a pte-table field');
    const r = h.call(t2, 'pmd_lock', mm, ptePtr(pmd.b, pmd.i + 1));
    assert.ok(r && typeof r === 'object' && 't' in r && r.t === 'block', 'a second thread spins on the same table lock');
    h.call(t1, 'spin_unlock', lock);
    const again = h.ptr(t2, 'pmd_lock', mm, pmd);
    assert.strictEqual(again.b, lock.b, 'the same object, not a new one');
    assert.strictEqual(Object.keys(h.m.objs).length, before + 1);
    expectFault('deadlock', () => h.call(t2, 'pmd_lock', mm, pmd));
  });

  it('pmd_lock checks its arguments', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const pmd = pmdOf(h, ctx);
    const mm = objPtr(h.m.mms[1].obj);
    const pte = h.ptr(ctx, 'pte_offset_map', pmd, BigInt(A));
    expectFault('bad-call', () => h.call(ctx, 'pmd_lock', mm, pte), /expected a pmd table/);
    expectFault('bad-call', () => h.call(ctx, 'pmd_lock', pmd, pmd), /not an mm_struct/);
  });

  it('pmd_page reports a huge pmd as not modelled and any other pmd as a bad call', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    expectFault('unsupported', () => h.call(ctx, 'pmd_page', mkPresentPte(0x200) | _PAGE_PSE), /migrating a huge page .* is not modelled yet/);
    const pmd = pmdOf(h, ctx);
    const table = h.m.tables[pmd.b].entries[pmd.i];
    assert.ok(table !== undefined);
    expectFault('bad-call', () => h.call(ctx, 'pmd_page', table), /not a huge pmd/);
  });
});
