// The TLB index (src/mm/tlb-index.ts) answers as findIndex over the TLB array does, through
// any sequence of the writes the model makes in place (appends, same-key replacements), the
// shortening an undo makes, and new arrays from flushes; and a TLB of 20,000 entries is found
// without a scan (the index, not a linear search, answers: a writer breaking the rules is
// caught by the check on the hit). And the xarray order (src/mm/xarray-order.ts) keeps a
// model xarray's present indices sorted through puts, erases, range erases and clears, so
// xaFirstFrom gives the smallest present index in [from, max] as a scan of the keys would.

import * as assert from 'assert';
import fc from 'fast-check';
import { tlbFind } from '../../../src/mm/tlb-index';
import type { TlbEntry, XarrayObj } from '../../../src/mm/state';
import { xaClear, xaDel, xaDelRange, xaFirstFrom, xaPut } from '../../../src/mm/xarray-order';
import { NULL } from '../../../src/c/value';

const op = fc.oneof(
  fc.record({ k: fc.constant('append' as const), pid: fc.integer({ min: 1, max: 3 }), page: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ k: fc.constant('replace' as const), at: fc.nat() }),
  fc.record({ k: fc.constant('shrink' as const), by: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ k: fc.constant('flush' as const), page: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ k: fc.constant('find' as const), pid: fc.integer({ min: 1, max: 3 }), page: fc.integer({ min: 0, max: 40 }) }),
);

describe('TLB index', () => {
  it('answers as findIndex does through appends, same-key replacements, undo shortening and flushes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        let tlb: TlbEntry[] = [];
        for (let n = 0; n < 20; n++) tlb.push({ pid: 1, vaddr: 0x400000 + 4096 * (100 + n), pfn: n, write: true });
        for (const o of ops) {
          if (o.k === 'append') {
            const vaddr = 0x400000 + 4096 * o.page;
            if (tlb.findIndex((e) => e.pid === o.pid && e.vaddr === vaddr) < 0) tlb.push({ pid: o.pid, vaddr, pfn: o.page, write: false });
          } else if (o.k === 'replace' && tlb.length) {
            const i = o.at % tlb.length;
            tlb[i] = { ...tlb[i], write: !tlb[i].write };
          } else if (o.k === 'shrink') tlb.length = Math.max(0, tlb.length - o.by);
          else if (o.k === 'flush') tlb = tlb.filter((e) => e.vaddr !== 0x400000 + 4096 * o.page);
          for (const pid of [1, 2, 3]) {
            const vaddr = 0x400000 + 4096 * (o.k === 'find' ? o.page : (o as { page?: number }).page ?? 0);
            assert.strictEqual(tlbFind(tlb, pid, vaddr), tlb.findIndex((e) => e.pid === pid && e.vaddr === vaddr));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds in a TLB of 20,000 entries by the index: a position it holds is what it answers', () => {
    const tlb: TlbEntry[] = [];
    for (let n = 0; n < 20000; n++) tlb.push({ pid: 1 + (n % 2), vaddr: 4096 * Math.floor(n / 2), pfn: n, write: true });
    assert.strictEqual(tlbFind(tlb, 2, 4096 * 9000), 18001);
    assert.strictEqual(tlbFind(tlb, 3, 4096 * 9000), -1);
    // An entry swapped for another key behind the index's back (no writer does that): the
    // check on the hit sees it and the scan answers.
    tlb[18001] = { pid: 2, vaddr: 4096 * 30000, pfn: 1, write: true };
    assert.strictEqual(tlbFind(tlb, 2, 4096 * 9000), -1);
    assert.strictEqual(tlbFind(tlb, 2, 4096 * 30000), 18001);
  });
});

describe('xarray order', () => {
  const xop = fc.oneof(
    fc.record({ k: fc.constant('put' as const), i: fc.integer({ min: 0, max: 60 }) }),
    fc.record({ k: fc.constant('del' as const), i: fc.integer({ min: 0, max: 60 }) }),
    fc.record({ k: fc.constant('range' as const), lo: fc.integer({ min: 0, max: 60 }), n: fc.integer({ min: 0, max: 20 }) }),
    fc.record({ k: fc.constant('clear' as const) }),
  );
  it('xaFirstFrom is the smallest present index in [from, max] after any puts and erases (user pfns above 2^32 too)', () => {
    fc.assert(
      fc.property(fc.array(xop, { maxLength: 100 }), fc.boolean(), (ops, high) => {
        const base = high ? 2 ** 35 : 0;
        const xa: XarrayObj = { kind: 'xarray', entries: {} }; // no order yet: built at first use
        for (const o of ops) {
          if (o.k === 'put') xaPut(xa, base + o.i, { v: NULL, tag: 0 });
          else if (o.k === 'del') xaDel(xa, base + o.i);
          else if (o.k === 'range') xaDelRange(xa, base + o.lo, base + o.lo + o.n);
          else xaClear(xa);
          const keys = Object.keys(xa.entries).map(Number);
          for (let from = 0; from <= 61; from += 7) {
            const want = keys.filter((k) => k >= base + from && k <= base + from + 30).sort((a, b) => a - b)[0];
            assert.strictEqual(xaFirstFrom(xa, base + from, base + from + 30), want);
          }
          assert.deepStrictEqual(xa.order, keys.sort((a, b) => a - b));
        }
      }),
      { numRuns: 300 },
    );
  });
});
