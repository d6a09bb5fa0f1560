// A huge pmd in the model (src/mm/huge.ts): what the fault natives leave (one pmd naming the
// head of a 512-page folio, the head's mapcount 1, tails with none) passes the invariant
// check; the state view shows each 4 KiB of it as a present 'huge' entry of its own frame, and
// pteAt translates through it; zapping it frees the whole folio, a hugetlb one back to its
// pool. Without the reverse index for pmd leaves the mapcount invariant reports the head.

import * as assert from 'assert';
import { createModel } from '../../../src/mm/build';
import { currentViolations } from '../../../src/mm/invariants';
import { hugeFaultNatives } from '../../../src/mm/natives/huge-fault';
import { zapHugeLeaves } from '../../../src/mm/natives/huge-zap';
import { newHugetlbPool, VM_HUGEPAGE, VM_HUGETLB } from '../../../src/mm/huge';
import { pteAt } from '../../../src/mm/pgtable';
import { decodePte } from '../../../src/mm/pte';
import { ZERO_PFN } from '../../../src/mm/state';
import { buildStateView } from '../../../src/mm/view';
import { objPtr } from '../../../src/c/value';
import { fakeCtx } from './helpers';

const BASE = 0x40000000;
const HPAGE = 2 << 20;

function model(flags: number) {
  const m = createModel({ processes: [{ pid: 1, name: 'app', vmas: [{ start: '0x40000000', end: '0x40400000' }], pages: [] }] });
  const vma = m.mms[1].vmas[0];
  vma.flags |= flags;
  if (flags & VM_HUGETLB) {
    vma.anonymous = false;
    m.hugetlb = newHugetlbPool(2);
  }
  return { m, vma };
}

describe('mm huge pmds', () => {
  it('a THP fault maps 512 frames by one pmd: invariants hold, the view and pteAt translate each 4 KiB', () => {
    const { m, vma } = model(VM_HUGEPAGE);
    const r = hugeFaultNatives(m).huge_pmd_fault(fakeCtx(), [objPtr(vma.obj), BigInt(BASE + HPAGE + 0x5000), 1n]);
    assert.strictEqual(r, 0n);
    assert.deepStrictEqual(currentViolations(m), []);
    const first = decodePte(pteAt(m, 1, BASE + HPAGE));
    assert.strictEqual(first.kind, 'present');
    assert.ok(first.bits.includes('huge') && first.bits.includes('write'), first.bits.join(','));
    const head = m.pages[first.pfn!];
    assert.deepStrictEqual([head.order, head.mapcount, head.refcount, head.anon, head.lru], [9, 1, 1, true, 'lru']);
    assert.strictEqual(decodePte(pteAt(m, 1, BASE + HPAGE + 0x5000)).pfn, head.pfn + 5);
    assert.deepStrictEqual([m.pages[head.pfn + 5].head, m.pages[head.pfn + 5].mapcount], [head.pfn, 0]);
    assert.strictEqual(m.mms[1].rssAnon, 512);
    const view = buildStateView(m, { threadName: String });
    const ptes = view.processes[0].ptes;
    assert.strictEqual(ptes.length, 512);
    assert.deepStrictEqual(ptes.slice(0, 3).map((p) => [p.addr, p.pfn, p.kind]), [0, 1, 2].map((i) => ['0x' + (BASE + HPAGE + i * 4096).toString(16), head.pfn + i, 'present']));
    assert.ok(ptes.every((p) => p.bits.includes('huge') && p.populated === undefined));
    // the other 2 MiB of the vma was not touched
    assert.strictEqual(pteAt(m, 1, BASE), 0n);
  });

  it('a read fault maps the huge zero folio without a mapcount; a write splits it into zero-page ptes and falls back', () => {
    const { m, vma } = model(VM_HUGEPAGE);
    const n = hugeFaultNatives(m);
    assert.strictEqual(n.huge_pmd_fault(fakeCtx(), [objPtr(vma.obj), BigInt(BASE + 0x3000), 0n]), 0n);
    const z = decodePte(pteAt(m, 1, BASE + 0x3000));
    assert.deepStrictEqual([z.pfn, z.bits.includes('write'), z.bits.includes('huge')], [m.hugeZero! + 3, false, true]);
    assert.strictEqual(m.pages[m.hugeZero!].mapcount, 0);
    assert.strictEqual(m.mms[1].rssAnon, 0);
    assert.deepStrictEqual(currentViolations(m), []);
    assert.strictEqual(n.huge_pmd_fault(fakeCtx(), [objPtr(vma.obj), BigInt(BASE + 0x3000), 1n]), 0x800n);
    const after = decodePte(pteAt(m, 1, BASE + 0x3000));
    assert.deepStrictEqual([after.pfn, after.bits.includes('huge'), after.bits.includes('write')], [ZERO_PFN, false, false]);
    assert.strictEqual(decodePte(pteAt(m, 1, BASE + HPAGE - 4096)).pfn, ZERO_PFN);
    assert.deepStrictEqual(currentViolations(m), []);
    // the pmd is a pte table now: no huge pmd is left to zap
    assert.strictEqual(zapHugeLeaves(m, m.mms[1], BASE, BASE + HPAGE), false);
  });

  it('no THP where the vma lacks VM_HUGEPAGE: the pte path (VM_FAULT_FALLBACK)', () => {
    const { m, vma } = model(0);
    assert.strictEqual(hugeFaultNatives(m).huge_pmd_fault(fakeCtx(), [objPtr(vma.obj), BigInt(BASE), 1n]), 0x800n);
    assert.strictEqual(pteAt(m, 1, BASE), 0n);
  });

  it('zapping a THP frees all 512 pages; a hugetlb page goes back to the pool', () => {
    const { m, vma } = model(VM_HUGEPAGE);
    hugeFaultNatives(m).huge_pmd_fault(fakeCtx(), [objPtr(vma.obj), BigInt(BASE), 1n]);
    const pfn = decodePte(pteAt(m, 1, BASE)).pfn!;
    assert.strictEqual(zapHugeLeaves(m, m.mms[1], BASE, BASE + HPAGE), true);
    assert.ok([0, 1, 511].every((i) => m.pages[pfn + i].freed));
    assert.strictEqual(m.mms[1].rssAnon, 0);
    assert.deepStrictEqual(currentViolations(m), []);

    const t = model(VM_HUGETLB);
    const n = hugeFaultNatives(t.m);
    assert.strictEqual(n.hugetlb_fault(fakeCtx(), [objPtr(t.m.mms[1].obj), objPtr(t.vma.obj), BigInt(BASE + 4096), 0n]), 0n);
    assert.strictEqual(t.m.hugetlb!.free, 1);
    assert.ok(!decodePte(pteAt(t.m, 1, BASE)).bits.includes('write'), 'a read fault maps it read-only');
    assert.strictEqual(n.hugetlb_fault(fakeCtx(), [objPtr(t.m.mms[1].obj), objPtr(t.vma.obj), BigInt(BASE + 8192), 1n]), 0n);
    assert.ok(decodePte(pteAt(t.m, 1, BASE)).bits.includes('write'), 'the only mapper\'s write makes it writable');
    zapHugeLeaves(t.m, t.m.mms[1], BASE, BASE + HPAGE);
    assert.strictEqual(t.m.hugetlb!.free, 2);
    // the pool is dry: SIGBUS
    t.m.hugetlb!.free = 0;
    assert.strictEqual(n.hugetlb_fault(fakeCtx(), [objPtr(t.m.mms[1].obj), objPtr(t.vma.obj), BigInt(BASE), 0n]), 2n);
  });
});
