// The CPU side of the model: user-space loads and stores through per-CPU TLBs (filled on access,
// stale until flushed), page allocation for the fault paths, the zero page, allocating missing
// page-table levels, TLB flushes that go with clearing a pte, and the rmap enumeration the C
// rmap walkers (kernel/mm/rmap.c) are built on.
//
// cpu_try_access is the "hardware": it either completes the access (through a cached
// translation, or by walking the page table and caching the result) or reports that a page fault
// is needed; the fault handling itself is C (kernel/mm/memory.c). An access through a TLB entry
// the page table no longer backs is recorded as a stale-tlb-use violation, and the write lands
// in whatever page the stale entry names — exactly how a late TLB flush loses data.

import type { NativeTable } from '../../c/native';
import { releasePtlFlux } from '../invariants';
import { blocked } from '../../c/native';
import { NULL, mkPtr, objPtr, pagePtr, ptePtr, type Ptr, type Value } from '../../c/value';
import { reportViolation, isTlbStale } from '../invariants';
import { childTable, newTable, pteTableFor, ptesNaming, readEntryRaw, writeEntryRaw } from '../pgtable';
import { decodePte, mkTableEntry, ptePfnField, ptePresent, _PAGE_ACCESSED, _PAGE_DIRTY, _PAGE_RW, _PAGE_SOFT_DIRTY, _PAGE_PRESENT, _PAGE_USER, PAGE_SHIFT } from '../pte';
import { entryAddr, entrySpan, findVma, MmModel, newPage, NO_TID, PageState, ZERO_PFN, VM_READ, VM_WRITE, vmaByObj } from '../state';
import { pageLockKey } from './page';
import { VM_HUGETLB } from '../huge';
import { argEntry, argInt, argMm, argNum, argPage, argPtr, argVma, bool, fault, hexn, heldBy, mightSleep, pageDown } from './util';
import { cacheLoad, cacheStore } from '../cache';
import { touchPage, touchVa } from '../dirty';

const EFAULT = 14n;
export const VM_FAULT_SIGBUS = 0x2n;

/** A fresh order-0 system page: refcount 1, unlocked, off the LRU, zero-filled, charged. */
export function allocSystemPage(m: MmModel): PageState {
  while (m.pages[m.nextPfn] || m.nextPfn === ZERO_PFN) m.nextPfn++;
  const pfn = m.nextPfn++;
  const page: PageState = newPage(pfn, { refcount: 1, memcg: true });
  m.pages[pfn] = page;
  touchPage(m, pfn);
  return page;
}

export function flushTlbAddr(m: MmModel, pid: number, start: number, end: number): void {
  for (let cpu = 0; cpu < m.cpus; cpu++) {
    const t = m.tlbs[cpu];
    if (t.some((e) => e.pid === pid && e.vaddr >= start && e.vaddr < end)) {
      m.tlbs[cpu] = t.filter((e) => !(e.pid === pid && e.vaddr >= start && e.vaddr < end));
    }
  }
}

function contentValue(c: string | undefined): bigint {
  if (c === undefined) return 0n;
  return /^-?\d+$/.test(c) ? BigInt(c) : -2n;
}

export function cpuNatives(m: MmModel): NativeTable {
  return {
    cpu_try_access(ctx, args) {
      // (mm, addr, write, value, unsigned long *out): 0 done, 1 page fault needed, -EFAULT.
      const mm = argMm(m, 'cpu_try_access', args, 0);
      const addr = pageDown(argNum('cpu_try_access', args, 1));
      const write = argInt('cpu_try_access', args, 2) !== 0n;
      const value = String(argInt('cpu_try_access', args, 3));
      const out = argPtr('cpu_try_access', args, 4);
      const vma = findVma(mm, addr);
      if (!vma || (vma.flags & VM_READ) === 0 || (write && (vma.flags & VM_WRITE) === 0)) return -EFAULT;
      const key = `${mm.pid}:${addr}`;
      const tlb = m.tlbs[ctx.cpu];
      const hit = tlb.find((e) => e.pid === mm.pid && e.vaddr === addr);
      let page: PageState | undefined;
      let zero = false;
      if (hit && (!write || hit.write)) {
        if (isTlbStale(m, hit)) {
          reportViolation(
            m,
            'stale-tlb-use',
            `CPU ${ctx.cpu} ${write ? 'wrote' : 'read'} pid ${mm.pid} ${hexn(addr)} through a stale TLB entry to pfn ${hexn(hit.pfn)} (the pte is now ${decodePte(pteTableFor(m, mm.pid, addr) ? readEntryRaw(pteTableFor(m, mm.pid, addr)!, (addr / 4096) % 512) : 0n).kind})`,
          );
        }
        page = m.pages[hit.pfn];
        zero = hit.pfn === ZERO_PFN;
      } else {
        const t = pteTableFor(m, mm.pid, addr);
        const i = (addr / 4096) % 512;
        const pte = t ? readEntryRaw(t, i) : 0n;
        if (!ptePresent(pte) || (write && (pte & _PAGE_RW) === 0n)) return 1n;
        const pfn = ptePfnField(pte);
        // The hardware sets the accessed / dirty bits.
        const nv = pte | _PAGE_ACCESSED | (write ? _PAGE_DIRTY | _PAGE_SOFT_DIRTY : 0n);
        if (nv !== pte) writeEntryRaw(m, t!, i, nv);
        const k = tlb.findIndex((e) => e.pid === mm.pid && e.vaddr === addr);
        const entry = { pid: mm.pid, vaddr: addr, pfn, write: (pte & _PAGE_RW) !== 0n };
        if (k >= 0) tlb[k] = entry;
        else tlb.push(entry);
        page = m.pages[pfn];
        zero = pfn === ZERO_PFN;
      }
      if (write) {
        if (!page || zero) fault('model', `cpu_try_access: write to pid ${mm.pid} ${hexn(addr)} through a translation to ${zero ? 'the zero page' : 'a frame without struct page'}`);
        if (page.freed) reportViolation(m, 'freed-page-referenced', `CPU ${ctx.cpu} wrote freed page pfn ${hexn(page.pfn)} at pid ${mm.pid} ${hexn(addr)}`);
        // A virtually indexed write-back cache keeps the store in a line of this address.
        if (m.cache === 'vivt') cacheStore(m, ctx.cpu, mm.pid, addr, page.pfn, value);
        else page.content = value;
        page.dirty = true;
        touchPage(m, page.pfn);
        m.written[key] = value;
        touchVa(m, key);
        ctx.store(out, argInt('cpu_try_access', args, 3));
      } else {
        if (page?.freed) reportViolation(m, 'freed-page-referenced', `CPU ${ctx.cpu} read freed page pfn ${hexn(page.pfn)} at pid ${mm.pid} ${hexn(addr)}`);
        const cached = m.cache === 'vivt' && page ? cacheLoad(m, ctx.cpu, mm.pid, addr, page.pfn) : undefined;
        ctx.store(out, zero ? 0n : contentValue(cached ?? page?.content));
      }
      return 0n;
    },
    vma_alloc_zeroed_movable_folio(ctx, args) {
      argVma(m, 'vma_alloc_zeroed_movable_folio', args, 0);
      return pagePtr(allocSystemPage(m).pfn);
    },
    my_zero_pfn(ctx, args) {
      argInt('my_zero_pfn', args, 0);
      return BigInt(ZERO_PFN);
    },
    pfn_pte(ctx, args) {
      const pfn = BigInt.asUintN(64, argInt('pfn_pte', args, 0));
      const prot = BigInt.asUintN(64, argInt('pfn_pte', args, 1));
      return (pfn << PAGE_SHIFT) | (prot & 0xfffn) | _PAGE_PRESENT;
    },
    pte_mkspecial(ctx, args) {
      return BigInt.asUintN(64, argInt('pte_mkspecial', args, 0));
    },
    pud_alloc(ctx, args) {
      return allocLevel(m, 'pud_alloc', args, 3);
    },
    pmd_alloc(ctx, args) {
      return allocLevel(m, 'pmd_alloc', args, 2);
    },
    pte_alloc(ctx, args) {
      // (mm, pmd): allocate the pte table under *pmd if missing. 0 on success.
      const mm = argMm(m, 'pte_alloc', args, 0);
      const { table, index } = argEntry(m, 'pte_alloc', args, 1, 2);
      if (table.pid !== mm.pid) fault('bad-call', 'pte_alloc: the pmd belongs to another mm');
      if (readEntryRaw(table, index) === 0n) {
        const t = newTable(m, 1, mm.pid, entryAddr(table, index));
        writeEntryRaw(m, table, index, mkTableEntry(t.id));
      }
      return 0n;
    },
    ptep_clear_flush(ctx, args) {
      // Clear the pte and flush this address from every TLB right away.
      const { mm, vma } = argVma(m, 'ptep_clear_flush', args, 0);
      const addr = argNum('ptep_clear_flush', args, 1);
      const { table, index } = argEntry(m, 'ptep_clear_flush', args, 2, 1);
      if (table.pid !== mm.pid || entryAddr(table, index) !== pageDown(addr)) fault('bad-call', `ptep_clear_flush: the pte does not map ${hexn(addr)}`);
      if (addr < vma.start || addr >= vma.end) fault('bad-call', 'ptep_clear_flush: address outside the vma');
      const o = m.objs[table.ptl];
      if (!o || o.kind !== 'spinlock' || o.holder !== ctx.tid) fault('model', `ptep_clear_flush: pte of pid ${mm.pid} at ${hexn(addr)} cleared without its page-table lock`);
      const old = readEntryRaw(table, index);
      writeEntryRaw(m, table, index, 0n);
      const pfn = decodePte(old).pfn;
      if (pfn !== undefined && !o.flux.includes(pfn)) o.flux.push(pfn);
      flushTlbAddr(m, mm.pid, pageDown(addr), pageDown(addr) + 4096);
      return old;
    },
    flush_tlb_page(ctx, args) {
      const { mm } = argVma(m, 'flush_tlb_page', args, 0);
      const addr = pageDown(argNum('flush_tlb_page', args, 1));
      flushTlbAddr(m, mm.pid, addr, addr + 4096);
    },
    update_mmu_cache(ctx, args) {
      argVma(m, 'update_mmu_cache', args, 0);
    },
    check_stable_address_space(ctx, args) {
      return argMm(m, 'check_stable_address_space', args, 0).dying ? VM_FAULT_SIGBUS : 0n;
    },
    userfaultfd_missing(ctx, args) {
      argVma(m, 'userfaultfd_missing', args, 0);
      return 0n;
    },
    anon_vma_prepare(ctx, args) {
      argVma(m, 'anon_vma_prepare', args, 0);
      return 0n;
    },
    is_vm_hugetlb_page(ctx, args) {
      // a MAP_HUGETLB mapping (huge.ts)
      return bool((argVma(m, 'is_vm_hugetlb_page', args, 0).vma.flags & VM_HUGETLB) !== 0);
    },
    vma_is_dax(ctx, args) {
      argVma(m, 'vma_is_dax', args, 0);
      return 0n;
    },
    inc_mm_counter(ctx, args) {
      argMm(m, 'inc_mm_counter', args, 0).rssAnon++;
    },
    dec_mm_counter(ctx, args) {
      argMm(m, 'dec_mm_counter', args, 0).rssAnon--;
    },
    get_mm_counter(ctx, args) {
      return BigInt(argMm(m, 'get_mm_counter', args, 0).rssAnon);
    },
    migration_entry_wait_on_locked(ctx, args) {
      // (entry, ptl): queue on the page lock of the entry's page, drop the PTL, sleep until the
      // page is unlocked. No page reference is taken (ffa65753c431). Retried when woken: by then
      // the PTL is no longer ours.
      const e = BigInt.asUintN(64, argInt('migration_entry_wait_on_locked', args, 0));
      const ptl = argPtr('migration_entry_wait_on_locked', args, 1);
      const o = ptl.s === 'obj' ? m.objs[ptl.b] : undefined;
      if (!o || o.kind !== 'spinlock') fault('bad-call', 'migration_entry_wait_on_locked: argument 2 is not a spinlock_t');
      if (o.holder === ctx.tid) {
        o.holder = NO_TID;
        releasePtlFlux(m, o);
        const held = heldBy(m, ctx.tid).filter((h) => h !== ptl.b);
        if (held.length) m.held[ctx.tid] = held;
        else delete m.held[ctx.tid];
        ctx.wake(`spin:${ptl.b}`);
      }
      mightSleep(m, ctx, 'migration_entry_wait_on_locked');
      const pfn = Number(e & ((1n << 40n) - 1n));
      const page = m.pages[pfn];
      if (!page || !page.locked) return undefined;
      if (!page.lockWaiters.includes(ctx.tid)) page.lockWaiters.push(ctx.tid);
      return blocked(pageLockKey(pfn), `migration_entry_wait(pfn ${hexn(pfn)})`);
    },
    rmap_collect(ctx, args) {
      // (folio, migration, struct rmap_target *t, max): every (vma, address) where a pte names
      // the folio — only migration entries if `migration`, else present / device entries.
      // The model's stand-in for the anon_vma interval tree + page_vma_mapped_walk.
      const page = argPage(m, 'rmap_collect', args, 0);
      const migration = argInt('rmap_collect', args, 1) !== 0n;
      const t = argPtr('rmap_collect', args, 2);
      const max = argNum('rmap_collect', args, 3);
      const found = ptesNaming(m, page.pfn)
        .filter((s) => (decodePte(s.value).kind === 'migration') === migration)
        .sort((a, b) => a.table.pid - b.table.pid || a.addr - b.addr);
      if (found.length > max) fault('out-of-bounds', `rmap_collect: ${found.length} mappings do not fit in ${max} targets`);
      found.forEach((s, k) => {
        const vma = findVma(m.mms[s.table.pid], s.addr)!;
        ctx.store(mkPtr(t.s, t.b, t.i + 2 * k), objPtr(vma.obj));
        ctx.store(mkPtr(t.s, t.b, t.i + 2 * k + 1), BigInt(s.addr));
      });
      return BigInt(found.length);
    },
    pte_offset_map_nolock_addr(ctx, args) {
      // (mm, addr): pointer to the pte of addr, or NULL if no pte table covers it.
      const mm = argMm(m, 'pte_offset_map_nolock_addr', args, 0);
      const addr = argNum('pte_offset_map_nolock_addr', args, 1);
      const t = pteTableFor(m, mm.pid, addr);
      return t ? ptePtr(t.id, (addr / 4096) % 512) : NULL;
    },
  };
}

function allocLevel(m: MmModel, fn: string, args: Value[], level: 2 | 3): Ptr {
  // (mm, upper entry pointer, addr): allocate the table below *upper if missing; return the
  // pointer to the entry for addr in it.
  const mm = argMm(m, fn, args, 0);
  const { table, index } = argEntry(m, fn, args, 1, level + 1);
  const addr = argNum(fn, args, 2);
  if (table.pid !== mm.pid) fault('bad-call', `${fn}: the entry belongs to another mm`);
  let child = childTable(m, table, index);
  if (!child) {
    child = newTable(m, level, mm.pid, entryAddr(table, index));
    writeEntryRaw(m, table, index, mkTableEntry(child.id));
  }
  const span = entrySpan(level);
  return ptePtr(child.id, Math.floor(addr / span) % 512);
}

export { vmaByObj, bool, _PAGE_USER };
