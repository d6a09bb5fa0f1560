// The per-CPU LRU add batch drains at the version's capacity (src/mm/natives/lru.ts): 15 folios
// in 6.1 (PAGEVEC_SIZE), 31 in 6.12 and mainline, instead of growing without bound. The batch
// holds a reference per folio; the drain moves all of them onto the LRU and drops those.

import * as assert from 'assert';
import { lruBatchCapacity } from '../../../src/mm/natives/lru';
import { fakeCtx, Harness, privateRange } from './helpers';

describe('model: the per-CPU LRU add batch', () => {
  const cases: [string, { major: number; minor: number } | undefined, number][] = [
    ['6.1', { major: 6, minor: 1 }, 15],
    ['6.12', { major: 6, minor: 12 }, 31],
    ['mainline (no tree)', undefined, 31],
  ];
  for (const [name, kernel, cap] of cases) {
    it(`${name}: folio_add_lru drains the batch when it holds ${cap} folios`, () => {
      const h = new Harness(privateRange(1, { cpus: 2 }));
      if (kernel) h.m.x86Kernel = kernel;
      assert.strictEqual(lruBatchCapacity(h.m), cap);
      const ctx = fakeCtx(1, 1);
      const pfns: number[] = [];
      for (let i = 0; i < cap + 3; i++) {
        const page = h.ptr(ctx, 'folio_alloc', 0xcc0n, 0n);
        pfns.push(page.b);
        h.call(ctx, 'folio_add_lru', page);
        const inBatch = (i + 1) % cap;
        assert.strictEqual(h.m.lruBatch[1].length, inBatch, `after ${i + 1} adds`);
      }
      // The first `cap` went onto the LRU together, each with only the caller's reference.
      for (const pfn of pfns.slice(0, cap)) {
        const p = h.m.pages[pfn];
        assert.deepStrictEqual([p.lru, p.batchCpu, p.refcount], ['lru', -1, 1]);
      }
      // The rest wait in CPU 1's batch, which holds a reference on each.
      for (const pfn of pfns.slice(cap)) {
        const p = h.m.pages[pfn];
        assert.deepStrictEqual([p.lru, p.batchCpu, p.refcount], ['batch', 1, 2]);
      }
      assert.deepStrictEqual(h.m.lruBatch[1], pfns.slice(cap));
      assert.deepStrictEqual(h.m.lruBatch[0], [], "the other CPU's batch is untouched");
    });
  }
});
