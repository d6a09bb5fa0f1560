// The parts of the model added for today's flow and its scenarios, native by native: CPU
// accesses through per-CPU TLBs (fill, stale use, lost writes), fork with copy-on-write,
// mprotect, the zap rule of madvise/munmap (flush only if a present pte was cleared), device
// memory (pool, page_free on the last reference), device mirrors kept coherent by the MMU
// notifier, GUP pins, the page-lock deadlock check and the end-of-run leak check.

import * as assert from 'assert';
import { mkPtr, objPtr, pagePtr, type Ptr } from '../../../src/c/value';
import { checkInvariants, currentViolations } from '../../../src/mm/invariants';
import { pteAt } from '../../../src/mm/pgtable';
import { decodePte, mkMigrationPte } from '../../../src/mm/pte';
import { pteTableFor, writeEntryRaw } from '../../../src/mm/pgtable';
import { cPtr, expectFault, fakeCtx, Harness, privateRange } from './helpers';

const A = 0x100000;
const B = 0x101000;

function kinds(h: Harness): string[] {
  return checkInvariants(h.m).map((v) => v.invariant).sort();
}

describe('mm model: CPU access, TLBs and lost writes', () => {
  it('a write fills the TLB, marks the pte dirty and records the value', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx(1, 0);
    const mm = objPtr(h.m.mms[1].obj);
    assert.strictEqual(h.big(ctx, 'cpu_try_access', mm, BigInt(A), 1n, 42n, cPtr(1)), 0n);
    assert.deepStrictEqual(h.m.tlbs[0].map((e) => [e.vaddr, e.pfn, e.write]), [[A, 0x100, true]]);
    assert.ok(decodePte(pteAt(h.m, 1, A)).bits.includes('dirty'));
    assert.strictEqual(h.m.pages[0x100].content, '42');
    assert.strictEqual(h.big(ctx, 'cpu_try_access', mm, BigInt(A), 0n, 0n, cPtr(2)), 0n);
    assert.strictEqual(ctx.cells.get('2:0'), 42n);
    assert.deepStrictEqual(kinds(h), []);
  });

  it('an access needing a fault says so; no vma or no permission is -EFAULT', () => {
    const h = new Harness({ processes: [{ pid: 1, vmas: [{ start: A, end: A + 0x2000, flags: ['VM_READ'] }] }] });
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    assert.strictEqual(h.big(ctx, 'cpu_try_access', mm, BigInt(A), 0n, 0n, cPtr(1)), 1n);
    assert.strictEqual(h.big(ctx, 'cpu_try_access', mm, BigInt(A), 1n, 5n, cPtr(1)), -14n);
    assert.strictEqual(h.big(ctx, 'cpu_try_access', mm, 0x900000n, 0n, 0n, cPtr(1)), -14n);
  });

  it('a write through a stale TLB entry is a stale-tlb-use and a lost write', () => {
    const h = new Harness(privateRange(1, { tlb: [{ cpu: 0, pid: 1, addr: A }] }));
    const ctx = fakeCtx(1, 0);
    const mm = objPtr(h.m.mms[1].obj);
    checkInvariants(h.m);
    // the pte goes away (a zap that found nothing to flush), the TLB entry stays
    const t = pteTableFor(h.m, 1, A)!;
    h.m.pages[0x100].locked = true;
    writeEntryRaw(h.m, t, 256, mkMigrationPte(0x100, 'write'));
    h.m.pages[0x100].mapcount = 0;
    h.m.pages[0x100].refcount = 1;
    checkInvariants(h.m);
    h.big(ctx, 'cpu_try_access', mm, BigInt(A), 1n, 7n, cPtr(1));
    assert.deepStrictEqual(kinds(h), ['stale-tlb-use']);
    // the page the migration entry names got the write, so nothing is lost yet; once the entry
    // is gone the value written is unreachable
    writeEntryRaw(h.m, t, 256, 0n);
    assert.deepStrictEqual(kinds(h), ['lost-write']);
  });
});

describe('mm model: fork, mprotect, zap', () => {
  it('fork write-protects private pages in both processes and shares them', () => {
    const h = new Harness(privateRange(2, { tlb: [{ cpu: 0, pid: 1, addr: A }] }));
    const ctx = fakeCtx();
    const child = h.ptr(ctx, 'fork_mm', objPtr(h.m.mms[1].obj));
    const cpid = Object.values(h.m.mms).find((mm) => mm.obj === child.b)!.pid;
    assert.strictEqual(cpid, 2);
    for (const pid of [1, 2]) {
      const d = decodePte(pteAt(h.m, pid, A));
      assert.strictEqual(d.kind, 'present');
      assert.ok(!d.bits.includes('write'), `pid ${pid} must be write-protected`);
    }
    const p = h.m.pages[0x100];
    assert.deepStrictEqual([p.refcount, p.mapcount, p.anonExclusive], [2, 2, false]);
    assert.strictEqual(h.m.tlbs[0].length, 0, 'the parent TLB is flushed');
    assert.strictEqual(h.m.written[`2:${A}`], h.m.written[`1:${A}`]);
    assert.deepStrictEqual(kinds(h), []);
  });

  it('fork copies device-private entries read-only and migration entries as read entries', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const t = pteTableFor(h.m, 1, A)!;
    h.m.pages[0x100].locked = true;
    writeEntryRaw(h.m, t, 256, mkMigrationPte(0x100, 'write', { softDirty: true }));
    h.m.pages[0x100].mapcount = 0;
    h.ptr(ctx, 'fork_mm', objPtr(h.m.mms[1].obj));
    for (const pid of [1, 2]) {
      const d = decodePte(pteAt(h.m, pid, A));
      assert.strictEqual(d.kind, 'migration');
      assert.strictEqual(d.mode, 'read');
      assert.ok(d.bits.includes('soft-dirty'));
    }
  });

  it('mprotect(PROT_READ) clears write in ptes and flushes; PROT_NONE denies access', () => {
    const h = new Harness(privateRange(2, { tlb: [{ cpu: 0, pid: 1, addr: A }] }));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    assert.strictEqual(h.big(ctx, 'mprotect_mm', mm, BigInt(A), 4096n, 1n), 0n);
    assert.ok(!decodePte(pteAt(h.m, 1, A)).bits.includes('write'));
    assert.ok(decodePte(pteAt(h.m, 1, B)).bits.includes('write'), 'only the given range changes');
    assert.strictEqual(h.m.mms[1].vmas.length, 2, 'the vma was split');
    assert.strictEqual(h.m.tlbs[0].length, 0);
    assert.strictEqual(h.big(ctx, 'mprotect_mm', mm, BigInt(B), 4096n, 0n), 0n);
    assert.strictEqual(h.big(ctx, 'cpu_try_access', mm, BigInt(B), 0n, 0n, cPtr(1)), -14n);
  });

  it('madvise(DONTNEED) frees the pages and flushes only if it cleared a present pte', () => {
    const h = new Harness(privateRange(2, { tlb: [{ cpu: 0, pid: 1, addr: A }] }));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    assert.strictEqual(h.big(ctx, 'madvise_mm', mm, BigInt(A), 8192n, 4n), 0n);
    assert.strictEqual(h.m.pages[0x100].freed, true);
    assert.strictEqual(decodePte(pteAt(h.m, 1, A)).kind, 'none');
    assert.strictEqual(h.m.tlbs[0].length, 0);
    assert.deepStrictEqual(kinds(h), []);

    // migration entries only: nothing present is cleared, so no flush (the rule bug 3.1 hit)
    const h2 = new Harness(privateRange(1, { tlb: [{ cpu: 0, pid: 1, addr: A }] }));
    const t = pteTableFor(h2.m, 1, A)!;
    h2.m.pages[0x100].locked = true;
    writeEntryRaw(h2.m, t, 256, mkMigrationPte(0x100, 'write'));
    h2.m.pages[0x100].mapcount = 0;
    assert.strictEqual(h2.big(ctx, 'madvise_mm', objPtr(h2.m.mms[1].obj), BigInt(A), 4096n, 4n), 0n);
    assert.strictEqual(h2.m.tlbs[0].length, 1, 'the stale translation survives');
  });

  it('madvise waits while another thread holds a page-table lock in the range', () => {
    const h = new Harness(privateRange(1));
    const owner = fakeCtx(2);
    const mm = objPtr(h.m.mms[1].obj);
    const pgd = h.ptr(owner, 'pgd_offset', mm, BigInt(A));
    const pud = h.ptr(owner, 'pud_offset', pgd, BigInt(A));
    const pmd = h.ptr(owner, 'pmd_offset', pud, BigInt(A));
    h.ptr(owner, 'pte_offset_map_lock', mm, pmd, BigInt(A), cPtr(1));
    const r = h.call(fakeCtx(1), 'madvise_mm', mm, BigInt(A), 4096n, 4n) as { t: string; on: string };
    assert.strictEqual(r.t, 'block');
    assert.match(r.on, /^spin:/);
  });

  it('munmap removes the vma and every mapping', () => {
    const h = new Harness(privateRange(2));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    assert.strictEqual(h.big(ctx, 'munmap_mm', mm, BigInt(A), 4096n), 0n);
    assert.strictEqual(h.m.pages[0x100].freed, true);
    assert.strictEqual(h.m.mms[1].vmas[0].start, B);
    assert.deepStrictEqual(currentViolations(h.m), []);
  });
});

describe('mm model: device memory, mirrors, pins, locks, leaks', () => {
  it('device pages come from the pool, and the last put returns them', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const pgmap = h.ptr(ctx, 'memremap_device_pages', 1n, mkPtr('c', 9), mkPtr('c', 8), 4n);
    const page = h.ptr(ctx, 'devmem_alloc_page', pgmap);
    assert.strictEqual(page.b, 0x100000);
    h.call(ctx, 'zone_device_page_init', page);
    const p = h.m.pages[0x100000];
    assert.deepStrictEqual([p.refcount, p.locked, p.freed, p.zone], [1, true, false, 'device-private']);
    assert.strictEqual(h.big(ctx, 'devmem_free_count', pgmap), 3n);
    h.call(ctx, 'unlock_page', page);
    h.call(ctx, 'put_page', page);
    assert.strictEqual(p.freed, true);
    assert.strictEqual(h.big(ctx, 'devmem_free_count', pgmap), 4n);
    expectFault('use-after-free', () => h.call(ctx, 'get_page', page));
  });

  it('a mirror is invalidated by others but not by its own MIGRATE events', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    const owner = mkPtr('c', 5);
    const xa = h.ptr(ctx, 'xa_create');
    const sub = h.ptr(ctx, 'mmu_mirror_notifier_insert', mm, 0n, 1n << 47n, owner, xa);
    h.big(ctx, 'xa_store_tag', xa, BigInt(A / 4096), pagePtr(0x100), 3n);
    const seq = h.big(ctx, 'mmu_interval_read_begin', sub);
    // today's form: struct mmu_notifier_range { mm, start, end, event, flags, owner }
    const range = (event: bigint, own: Ptr) => {
      [mm, BigInt(A), BigInt(A + 4096), event, 0n, own].forEach((v, i) => ctx.store(mkPtr('c', 20, i), v));
      return mkPtr('c', 20, 0);
    };
    h.call(ctx, 'mmu_notifier_invalidate_range_start', range(6n, owner));
    h.call(ctx, 'mmu_notifier_invalidate_range_end', range(6n, owner));
    assert.ok((h.v(ctx, 'xa_load', xa, BigInt(A / 4096)) as Ptr).s === 'page', 'own MIGRATE keeps the entry');
    assert.strictEqual(h.big(ctx, 'mmu_interval_read_retry', sub, seq), 1n, 'but the sequence moved');
    h.call(ctx, 'mmu_notifier_invalidate_range_start', range(1n, mkPtr('null', 0)));
    assert.strictEqual((h.v(ctx, 'xa_load', xa, BigInt(A / 4096)) as Ptr).s, 'null', 'a CLEAR erases it');
  });

  it('a GUP pin adds a reference; unpin drops it', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    assert.strictEqual(h.big(ctx, 'gup_try_pin', mm, BigInt(A), 1n, 1n, cPtr(3)), 0n);
    assert.deepStrictEqual([h.m.pages[0x100].pins, h.m.pages[0x100].refcount], [1, 2]);
    h.call(ctx, 'unpin_user_page', ctx.cells.get('3:0') as Ptr);
    assert.deepStrictEqual([h.m.pages[0x100].pins, h.m.pages[0x100].refcount], [0, 1]);
    assert.strictEqual(h.big(ctx, 'gup_try_pin', mm, 0x200000n, 0n, 0n, cPtr(3)), -14n);
  });

  it('two threads each holding a page lock and waiting for the other is a deadlock', () => {
    const h = new Harness(privateRange(2));
    const t1 = fakeCtx(1);
    const t2 = fakeCtx(2);
    h.call(t1, 'lock_page', pagePtr(0x100));
    h.call(t2, 'lock_page', pagePtr(0x101));
    const r = h.call(t1, 'lock_page', pagePtr(0x101)) as { t: string };
    assert.strictEqual(r.t, 'block');
    expectFault('deadlock', () => h.call(t2, 'lock_page', pagePtr(0x100)), /thread 2 waits|held by thread 1/);
    assert.ok(kinds(h).includes('deadlock'));
  });

  it('mm_check_quiescent reports locks and references left behind', () => {
    const h = new Harness(privateRange(2));
    const ctx = fakeCtx();
    assert.strictEqual(h.big(ctx, 'mm_check_quiescent'), 0n);
    h.call(ctx, 'lock_page', pagePtr(0x100));
    h.call(ctx, 'get_page', pagePtr(0x101));
    assert.strictEqual(h.big(ctx, 'mm_check_quiescent'), 2n);
    assert.deepStrictEqual(kinds(h), ['leak', 'leak']);
  });
});

describe('mm model: mremap and mmap', () => {
  it('mremap moves ptes, written values and the vma; the old range is gone', () => {
    const h = new Harness(privateRange(2, { tlb: [{ cpu: 0, pid: 1, addr: A }] }));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    const to = 0x400000;
    assert.strictEqual(h.big(ctx, 'mremap_mm', mm, BigInt(A), 8192n, BigInt(to)), BigInt(to));
    assert.strictEqual(decodePte(pteAt(h.m, 1, A)).kind, 'none');
    assert.strictEqual(decodePte(pteAt(h.m, 1, to)).pfn, 0x100);
    assert.strictEqual(h.m.written[`1:${to}`], h.m.pages[0x100].content);
    assert.strictEqual(h.m.written[`1:${A}`], undefined);
    assert.strictEqual(h.m.tlbs[0].length, 0);
    assert.ok(h.m.mms[1].vmas.some((v) => v.start === to && v.end === to + 8192));
    assert.deepStrictEqual(currentViolations(h.m), []);
    // the destination must be free
    assert.strictEqual(h.big(ctx, 'mremap_mm', mm, BigInt(to), 4096n, BigInt(0x120000)), -12n);
  });

  it('mmap adds a vma and refuses overlaps', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx();
    const mm = objPtr(h.m.mms[1].obj);
    assert.strictEqual(h.big(ctx, 'mmap_mm', mm, 0x800000n, 8192n, 3n, 1n), 0x800000n);
    const v = h.m.mms[1].vmas.find((x) => x.start === 0x800000)!;
    assert.deepStrictEqual([v.end, v.flags & 0xf, v.anonymous], [0x802000, 0xb, true]);
    assert.strictEqual(h.big(ctx, 'mmap_mm', mm, BigInt(A), 4096n, 3n, 0n), -12n);
  });
});
