// The natives kernel trees' mm/migrate_device.c (6.1, 6.12) needs beyond kernel/'s C
// (src/mm/natives/folio-compat.ts, pgtable-compat.ts): each against the version's documented
// behaviour, and the misuse each one refuses.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadProgram, Machine } from '../../../src/c/index';
import { mkPtr, NULL, objPtr, pagePtr, ptePtr, type Ptr } from '../../../src/c/value';
import { createModelMemory } from '../../../src/mm/index';
import { mkPresentPte, mkTableEntry, _PAGE_PSE } from '../../../src/mm/pte';
import { tableIndex } from '../../../src/mm/state';
import { VM_LOCKED } from '../../../src/mm/natives/folio-compat';
import { kernelTreeCacheDir } from '../../../src/sim/kernel-tree';
import { expectFault, fakeCtx, Harness, privateRange } from './helpers';

const A = 0x100000;

/** A device pgmap of `type` (1 private, 2 coherent) with one initialised (locked, ref 1) page. */
function devicePage(h: Harness, ctx: ReturnType<typeof fakeCtx>, type: bigint): Ptr {
  const pgmap = h.ptr(ctx, 'memremap_device_pages', type, mkPtr('c', 9), mkPtr('c', 8), 2n);
  const page = h.ptr(ctx, 'devmem_alloc_page', pgmap);
  h.call(ctx, 'zone_device_page_init', page);
  return page;
}

describe('mm natives for kernel trees: folios and pages', () => {
  it('folio_is_device_private / _coherent tell the pgmap type apart', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const ram = pagePtr(0x100);
    const priv = devicePage(h, ctx, 1n);
    const coh = devicePage(h, ctx, 2n);
    const both = (p: Ptr) => [h.big(ctx, 'folio_is_device_private', p), h.big(ctx, 'folio_is_device_coherent', p)];
    assert.deepStrictEqual(both(ram), [0n, 0n]);
    assert.deepStrictEqual(both(priv), [1n, 0n]);
    assert.deepStrictEqual(both(coh), [0n, 1n]);
    expectFault('null-deref', () => h.call(ctx, 'folio_is_device_private', NULL));
    expectFault('bad-call', () => h.call(ctx, 'folio_is_device_coherent', objPtr(h.m.mms[1].obj)));
  });

  it('no folio is under writeback or carries private data; pointers are still checked', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    for (const fn of ['folio_test_writeback', 'folio_has_private', 'page_has_private']) {
      assert.strictEqual(h.big(ctx, fn, pagePtr(0x100)), 0n, fn);
      expectFault('null-deref', () => h.call(ctx, fn, NULL));
      expectFault('model', () => h.call(ctx, fn, pagePtr(0x7777)), /no struct page/);
    }
  });

  it('__SetPageUptodate sets PG_uptodate', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const page = h.ptr(ctx, 'folio_alloc', 0xcc0n, 0n);
    assert.strictEqual(h.m.pages[page.b].uptodate, false);
    h.call(ctx, '__SetPageUptodate', page);
    assert.strictEqual(h.m.pages[page.b].uptodate, true);
  });

  it('folio_alloc hands out a new order-0 folio with one reference; larger orders are refused', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const GFP_USER_NOWARN = 0x100cc0n | 0x2000n;
    const a = h.ptr(ctx, 'folio_alloc', GFP_USER_NOWARN, 0n);
    const b = h.ptr(ctx, 'folio_alloc', GFP_USER_NOWARN, 0n);
    assert.notStrictEqual(a.b, b.b);
    assert.notStrictEqual(a.b, 0x100, 'the mapped page is not handed out again');
    const p = h.m.pages[a.b];
    assert.deepStrictEqual([p.refcount, p.mapcount, p.locked, p.lru, p.zone, p.freed], [1, 0, false, 'none', 'ram', false]);
    expectFault('unsupported', () => h.call(ctx, 'folio_alloc', GFP_USER_NOWARN, 1n), /order 1/);
    expectFault('bad-call', () => h.call(ctx, 'folio_alloc', NULL, 0n), /must be an integer/);
  });

  it('folio_copy copies the data', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    h.m.pages[0x100].content = '42';
    const dst = h.ptr(ctx, 'folio_alloc', 0xcc0n, 0n);
    h.call(ctx, 'folio_copy', dst, pagePtr(0x100));
    assert.strictEqual(h.m.pages[dst.b].content, '42');
    assert.strictEqual(h.big(ctx, 'page_content', dst), 42n);
    expectFault('null-deref', () => h.call(ctx, 'folio_copy', NULL, pagePtr(0x100)));
  });

  for (const fn of ['folio_add_lru_vma', 'lru_cache_add_inactive_or_unevictable']) {
    it(`${fn} queues the folio on this CPU's LRU add batch, unless the vma is mlocked`, () => {
      const h = new Harness(privateRange(1, { cpus: 2 }));
      const ctx = fakeCtx(1, 1);
      const vma = objPtr(h.m.mms[1].vmas[0].obj);
      const page = h.ptr(ctx, 'folio_alloc', 0xcc0n, 0n);
      h.call(ctx, fn, page, vma);
      const p = h.m.pages[page.b];
      assert.deepStrictEqual([p.lru, p.batchCpu, p.refcount], ['batch', 1, 2]);
      assert.deepStrictEqual(h.m.lruBatch[1], [page.b]);
      expectFault('bug-on', () => h.call(ctx, fn, page, vma), /already in an LRU add batch/);
      expectFault('bug-on', () => h.call(ctx, fn, devicePage(h, ctx, 1n), vma), /ZONE_DEVICE/);
      h.m.mms[1].vmas[0].flags |= VM_LOCKED;
      const other = h.ptr(ctx, 'folio_alloc', 0xcc0n, 0n);
      expectFault('unsupported', () => h.call(ctx, fn, other, vma), /VM_LOCKED/);
      expectFault('bad-call', () => h.call(ctx, fn, other, pagePtr(0x100)), /not a vm_area_struct/);
    });
  }

  it('page_add_new_anon_rmap (6.1) makes the first, exclusive anonymous mapping', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const vma = objPtr(h.m.mms[1].vmas[0].obj);
    const page = h.ptr(ctx, 'folio_alloc', 0xcc0n, 0n);
    h.call(ctx, 'page_add_new_anon_rmap', page, vma, BigInt(A + 0x3000));
    const p = h.m.pages[page.b];
    assert.deepStrictEqual([p.mapcount, p.anonExclusive, p.mapping, p.anon, p.index], [1, true, 'anon', true, (A + 0x3000) / 4096]);
    expectFault('bug-on', () => h.call(ctx, 'page_add_new_anon_rmap', page, vma, BigInt(A + 0x3000)), /already mapped/);
    const q = h.ptr(ctx, 'folio_alloc', 0xcc0n, 0n);
    expectFault('bug-on', () => h.call(ctx, 'page_add_new_anon_rmap', q, vma, 0x200000n), /outside the vma/);
  });
});

describe('mm natives for kernel trees: p4d and pmd helpers', () => {
  it('the p4d is folded into the pgd: p4d_offset / p4d_alloc return the pgd entry, pud_offset walks on', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    const pgd = h.ptr(ctx, 'pgd_offset', mm, BigInt(A));
    const p4d = h.ptr(ctx, 'p4d_offset', pgd, BigInt(A));
    assert.deepStrictEqual(p4d, pgd);
    assert.deepStrictEqual(h.ptr(ctx, 'p4d_alloc', mm, pgd, BigInt(A)), pgd);
    const entry = h.m.tables[pgd.b].entries[pgd.i];
    assert.ok(entry !== undefined && entry !== 0n);
    assert.strictEqual(h.big(ctx, 'p4d_none', entry), 0n);
    assert.strictEqual(h.big(ctx, 'p4d_none', 0n), 1n);
    assert.deepStrictEqual(h.ptr(ctx, 'pud_offset', p4d, BigInt(A)), h.ptr(ctx, 'pud_offset', pgd, BigInt(A)));
    const pud = h.ptr(ctx, 'pud_offset', p4d, BigInt(A));
    expectFault('bad-call', () => h.call(ctx, 'p4d_offset', pud, BigInt(A)), /expected a pgd table/);
    expectFault('bad-call', () => h.call(ctx, 'p4d_offset', pgd, 2n ** 40n), /not covered by pgd/);
  });

  it('p4d_alloc refuses a pgd of another process', () => {
    const spec = privateRange(1);
    spec.processes.push({ pid: 2, vmas: [{ start: '0x100000', end: '0x140000' }], pages: [{ addr: 0x100000 }] });
    const h = new Harness(spec);
    const ctx = fakeCtx();
    const pgd2 = h.ptr(ctx, 'pgd_offset', objPtr(h.m.mms[2].obj), BigInt(A));
    expectFault('bad-call', () => h.call(ctx, 'p4d_alloc', objPtr(h.m.mms[1].obj), pgd2, BigInt(A)), /belongs to pid 2/);
  });

  it('pmd_bad is false only for a pointer to a pte table; pmd_devmap reads _PAGE_DEVMAP', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const table = mkTableEntry(7);
    assert.strictEqual(h.big(ctx, 'pmd_bad', table), 0n);
    assert.strictEqual(h.big(ctx, 'pmd_bad', mkPresentPte(0x200) | _PAGE_PSE), 1n);
    assert.strictEqual(h.big(ctx, 'pmd_bad', mkPresentPte(0x200)), 1n, 'a leaf entry with user bits is not a table');
    assert.strictEqual(h.big(ctx, 'pmd_devmap', table), 0n);
    assert.strictEqual(h.big(ctx, 'pmd_devmap', mkPresentPte(0x200) | _PAGE_PSE | (1n << 58n)), 1n);
    expectFault('bad-call', () => h.call(ctx, 'pmd_bad', pagePtr(0x100)), /must be an integer/);
  });

  it('pmd_trans_unstable (6.1): 0 for a pte table, 1 for none or huge, a bad pmd is cleared', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    const pud = h.ptr(ctx, 'pud_offset', h.ptr(ctx, 'pgd_offset', mm, BigInt(A)), BigInt(A));
    const pmd = h.ptr(ctx, 'pmd_offset', pud, BigInt(A));
    assert.strictEqual(h.big(ctx, 'pmd_trans_unstable', pmd), 0n);
    const t = h.m.tables[pmd.b];
    const none = tableIndex(2, 0x40000000 - 0x200000);
    assert.strictEqual(t.entries[none], undefined);
    assert.strictEqual(h.big(ctx, 'pmd_trans_unstable', ptePtr(t.id, none)), 1n);
    t.entries[none] = mkPresentPte(0x200) | _PAGE_PSE;
    assert.strictEqual(h.big(ctx, 'pmd_trans_unstable', ptePtr(t.id, none)), 1n);
    assert.ok(t.entries[none] !== undefined, 'a huge pmd is left alone');
    t.entries[none] = mkPresentPte(0x200);
    assert.strictEqual(h.big(ctx, 'pmd_trans_unstable', ptePtr(t.id, none)), 1n);
    assert.strictEqual(t.entries[none], undefined, 'the bad pmd was cleared');
    assert.strictEqual(ctx.warnings.length, 1);
    assert.match(ctx.warnings[0], /bad pmd .* at 0x3fe00000 \(pid 1\)/);
    expectFault('bad-call', () => h.call(ctx, 'pmd_trans_unstable', pud), /expected a pmd table/);
  });
});

// docs/kernel-api.md is the table the compatibility headers are written from: every native it
// names must exist, and (when scripts/kernel-trees.sh has extracted the Debian trees) every
// function or macro the trees' mm/migrate_device.c calls must be named in it.
describe('docs/kernel-api.md', () => {
  const DOC = path.join(__dirname, '../../../../docs/kernel-api.md');
  const doc = fs.readFileSync(DOC, 'utf8');
  const natives = new Set(Object.keys(new Harness(privateRange(1)).n));

  it('names only natives that are registered, and marks the added ones as such', () => {
    const claimed = [...doc.matchAll(/\bnative\+? ((?:`\w+`(?:, )?)+)/g)].flatMap((m) => [...m[1].matchAll(/`(\w+)`/g)].map((x) => x[1]));
    assert.ok(claimed.length > 100, `only ${claimed.length} native names found in the table`);
    assert.deepStrictEqual(claimed.filter((n) => !natives.has(n)), []);
    const added = [...doc.matchAll(/\bnative\+ ((?:`\w+`(?:, )?)+)/g)].flatMap((m) => [...m[1].matchAll(/`(\w+)`/g)].map((x) => x[1]));
    for (const n of ['folio_is_device_private', 'folio_test_writeback', 'folio_alloc', 'folio_copy', 'folio_add_lru_vma', 'p4d_alloc', 'pmd_bad']) {
      assert.ok(added.includes(n), `${n} should be listed as native+`);
    }
  });

  const CACHE = kernelTreeCacheDir(process.env, os.homedir())!;
  for (const v of ['6.1', '6.12']) {
    const file = path.join(CACHE, `linux-${v}`, 'mm/migrate_device.c');
    (fs.existsSync(file) ? it : it.skip)(`names every function and macro linux-${v}'s migrate_device.c calls`, () => {
      const src = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, ' ').replace(/"(?:[^"\\]|\\.)*"/g, '""');
      const called = new Set([...src.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)].map((m) => m[1]));
      const defined = new Set([...src.matchAll(/^(?:static\s+)?[a-z][\w\s*]*?\b(\w+)\s*\([^;]*?\)\s*\{/gm)].map((m) => m[1]));
      const keywords = new Set(['if', 'for', 'while', 'switch', 'return', 'sizeof']);
      const ids = [...called].filter((n) => !keywords.has(n) && !defined.has(n));
      const missing = ids.filter((n) => !doc.includes('`' + n + '`') && !doc.includes('`' + n + '(') && !doc.includes(' / `' + n));
      assert.deepStrictEqual(missing, []);
      console.log(`      linux-${v}: ${ids.length} called functions/macros, all named in the table`);
    });
  }
});

// The prototypes in kernel/include/linux/mm_compat.h compile on the interpreter and reach the
// natives from C: the shape of 6.12's migrate_vma_insert_page up to the pte table, and 6.1's
// new-anon-page calls, written for this test.
describe('kernel/include/linux/mm_compat.h from C', () => {
  const ROOT = path.join(__dirname, '../../../..');
  const FILE = path.join(ROOT, 'test/unit/mm/__compat_insert.c');
  const SRC = `
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/folio.h>
#include <linux/mm_compat.h>

/* 1: the new folio is not device memory; 2: the walk reached a pte table through the p4d;
 * 4: the 6.1 calls mapped it; 8: it went to this CPU's LRU add batch. */
long compat_insert(struct vm_area_struct *vma, unsigned long addr)
{
	struct mm_struct *mm = vma->vm_mm;
	struct folio *folio = folio_alloc(GFP_HIGHUSER, 0);
	struct page *page = folio_page(folio, 0);
	pgd_t *pgdp = pgd_offset(mm, addr);
	p4d_t *p4dp = p4d_alloc(mm, pgdp, addr);
	pud_t *pudp;
	pmd_t *pmdp;
	long r = 0;

	if (!folio_is_device_private(folio) && !folio_is_device_coherent(folio) &&
	    !folio_test_writeback(folio) && !folio_has_private(folio))
		r |= 1;
	if (!p4dp || p4d_none(*p4dp))
		return r;
	pudp = pud_alloc(mm, p4dp, addr);
	pmdp = pmd_alloc(mm, pudp, addr);
	if (pudp && pmdp && !pte_alloc(mm, pmdp) && !pmd_bad(*pmdp) && !pmd_trans_unstable(pmdp) && !pmd_devmap(*pmdp))
		r |= 2;
	__SetPageUptodate(page);
	page_add_new_anon_rmap(page, vma, addr);
	if (page_mapcount(page) == 1)
		r |= 4;
	folio_add_lru_vma(folio, vma);
	if (!folio_test_lru(folio) && page_count(page) == 2)
		r |= 8;
	return r;
}
`;

  it('compiles against the project headers and every call reaches its native', async () => {
    const h = new Harness(privateRange(1));
    const r = await loadProgram([FILE], {
      reader: { read: async (p) => (p === FILE ? SRC : fs.readFileSync(p, 'utf8')) },
      includeDirs: [path.join(ROOT, 'kernel/include')],
      nativeNames: new Set(Object.keys(h.n)),
    });
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    const mach = new Machine(r.program!, h.n, createModelMemory(h.m), { warn: () => undefined, print: () => undefined });
    const tid = mach.spawn('t', 'compat_insert', [objPtr(h.m.mms[1].vmas[0].obj), BigInt(A + 0x5000)], 0);
    let out: bigint | undefined;
    for (let steps = 0; out === undefined; steps++) {
      assert.ok(steps < 10000, 'runaway');
      const o = mach.step(tid);
      if (o.kind === 'fault') assert.fail(`fault: ${o.fault.kind}: ${o.fault.message} at line ${o.fault.loc?.line}`);
      if (o.kind === 'blocked') assert.fail('blocked');
      if (o.kind === 'done') out = o.value as bigint;
    }
    assert.strictEqual(out, 15n);
    const page = Object.values(h.m.pages).find((p) => p.lru === 'batch');
    assert.ok(page && page.uptodate && page.anonExclusive && page.index === (A + 0x5000) / 4096);
  });
});
