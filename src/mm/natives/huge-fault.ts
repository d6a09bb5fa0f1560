// The fault paths of huge pages, as natives that handle_mm_fault (kernel/mm/memory.c) calls
// before the pte level: hugetlb_fault for a hugetlb vma, huge_pmd_fault for an anonymous vma
// that may get a transparent huge page. One step each — they are not the code under review —
// and what they leave behind follows the kernel (mm/hugetlb.c, mm/huge_memory.c of 6.1 / 6.12):
//
// - hugetlb_no_page: a page of the pool (the mapping's reservation first), zeroed, added to the
//   anon rmap (exclusive), mapped by a huge pmd; a write fault of a private mapping does the
//   hugetlb_wp "COW" at once, which for the only mapper just makes the pmd writable and dirty.
//   No page: VM_FAULT_SIGBUS (alloc_hugetlb_folio's -ENOSPC).
// - do_huge_pmd_anonymous_page: only where the vma covers the whole aligned 2 MiB, is private
//   anonymous memory and has VM_HUGEPAGE: transparent_hugepage/enabled = "madvise". (Debian
//   builds "always", which gives every aligned 2 MiB of anonymous memory a THP; migrating one
//   means splitting it, which the model does not do yet.)
//   A read fault maps the huge zero folio read-only (use_zero_page = 1); a write fault a new
//   THP, dirty and, with VM_WRITE, writable (maybe_pmd_mkwrite(pmd_mkdirty(...))). A large folio
//   skips the per-CPU add batch (folio_add_lru drains it at once), so the THP is on the LRU.
//   Anything else is VM_FAULT_FALLBACK: the pte path handles it.
// - a write to a read-only huge pmd of the only mapper (do_huge_pmd_wp_page, hugetlb_wp reuse)
//   makes it writable; to the huge zero folio, splits the pmd into 512 read-only zero-page ptes
//   and falls back (the pte level's COW makes one small page); a shared huge page (after fork)
//   is not modelled and says so.
//
// huge_pmd_offset_addr gives C (hmm_range_fault) the huge pmd of an address to read.

import type { NativeTable } from '../../c/native';
import { NULL, ptePtr } from '../../c/value';
import { allocHugeFolio, hugeAlignDown, hugeZeroPfn, HPAGE_PMD_NR, HPAGE_PMD_SIZE, isHugeZeroPfn, mkHugePmd, pmdSlotFor, VM_HUGEPAGE, VM_HUGETLB, VM_NOHUGEPAGE } from '../huge';
import { newTable, readEntryRaw, writeEntryRaw } from '../pgtable';
import { isHugeEntry, mkPresentPte, mkTableEntry, ptePfnField, _PAGE_DIRTY, _PAGE_RW } from '../pte';
import { MmModel, MmState, PageTable, VmaState, VM_SHARED, VM_WRITE, ZERO_PFN } from '../state';
import { touchPage } from '../dirty';
import { flushTlbAddr, VM_FAULT_SIGBUS } from './cpu';
import { argInt, argMm, argNum, argVma, fault, hexn } from './util';

export const VM_FAULT_FALLBACK = 0x000800n;
const FAULT_FLAG_WRITE = 0x01n;

/** A vma that may be mapped by a THP at haddr (thp_vma_allowable_order, "madvise" mode). */
export function thpSuitable(vma: VmaState, haddr: number): boolean {
  if (!vma.anonymous || vma.flags & (VM_SHARED | VM_HUGETLB)) return false;
  if (!(vma.flags & VM_HUGEPAGE) || vma.flags & VM_NOHUGEPAGE) return false;
  return vma.start <= haddr && haddr + HPAGE_PMD_SIZE <= vma.end;
}

/** Map a new huge folio at haddr: an exclusive anonymous page, as the two fault paths do. */
function mapNewHuge(m: MmModel, mm: MmState, slot: { table: PageTable; index: number }, haddr: number, hugetlb: boolean, write: boolean): void {
  const head = allocHugeFolio(m, hugetlb);
  head.anon = true;
  head.mapping = 'anon';
  head.anonExclusive = true;
  head.index = haddr / 4096;
  head.mapcount = 1;
  head.dirty = write;
  if (!hugetlb) head.lru = 'lru';
  touchPage(m, head.pfn);
  writeEntryRaw(m, slot.table, slot.index, mkHugePmd(head.pfn, { write, dirty: write }));
  if (hugetlb) mm.rssHugetlb = (mm.rssHugetlb ?? 0) + HPAGE_PMD_NR;
  else mm.rssAnon += HPAGE_PMD_NR;
}

/** A write to a read-only huge pmd: reuse the page if this is its only, exclusive mapper. */
function wpHuge(m: MmModel, fn: string, slot: { table: PageTable; index: number }, v: bigint, vma: VmaState): bigint {
  if (!(vma.flags & VM_WRITE)) return VM_FAULT_SIGBUS;
  const head = m.pages[ptePfnField(v)];
  if (!head || head.mapcount !== 1 || !head.anonExclusive) {
    fault('unsupported', `${fn}: copy-on-write of a shared huge page (pfn ${hexn(ptePfnField(v))}) is not modelled`);
  }
  head.dirty = true;
  writeEntryRaw(m, slot.table, slot.index, v | _PAGE_RW | _PAGE_DIRTY);
  return 0n;
}

export function hugeFaultNatives(m: MmModel): NativeTable {
  return {
    hugetlb_fault(_ctx, args) {
      // vm_fault_t hugetlb_fault(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address, unsigned int flags)
      const mm = argMm(m, 'hugetlb_fault', args, 0);
      const { vma } = argVma(m, 'hugetlb_fault', args, 1);
      const addr = argNum('hugetlb_fault', args, 2);
      const write = (argInt('hugetlb_fault', args, 3) & FAULT_FLAG_WRITE) !== 0n;
      if (!(vma.flags & VM_HUGETLB)) fault('bad-call', `hugetlb_fault: the vma at ${hexn(vma.start)} is not a hugetlb vma`);
      if (vma.flags & VM_SHARED) fault('unsupported', 'hugetlb_fault: shared hugetlb mappings (the hugetlbfs page cache) are not modelled');
      const haddr = hugeAlignDown(addr);
      const slot = pmdSlotFor(m, mm.pid, haddr, true)!;
      const v = readEntryRaw(slot.table, slot.index);
      if (v === 0n) {
        // alloc_hugetlb_folio: the vma's reservation, else a free page nobody reserved
        const pool = m.hugetlb;
        if (vma.hugetlbResv && pool) {
          vma.hugetlbResv--;
          pool.resv--;
        } else if (!pool || pool.free - pool.resv <= 0) return VM_FAULT_SIGBUS;
        pool.free--;
        mapNewHuge(m, mm, slot, haddr, true, write && (vma.flags & VM_WRITE) !== 0);
        return 0n;
      }
      if (!isHugeEntry(v)) fault('model', `hugetlb_fault: the pmd of ${hexn(haddr)} in a hugetlb vma is not a huge entry`);
      if (write && !(v & _PAGE_RW)) return wpHuge(m, 'hugetlb_fault', slot, v, vma);
      return 0n;
    },

    huge_pmd_fault(_ctx, args) {
      // vm_fault_t huge_pmd_fault(struct vm_area_struct *vma, unsigned long address, unsigned int flags):
      // create_huge_pmd / wp_huge_pmd of __handle_mm_fault, VM_FAULT_FALLBACK for the pte path.
      const { mm, vma } = argVma(m, 'huge_pmd_fault', args, 0);
      const addr = argNum('huge_pmd_fault', args, 1);
      const write = (argInt('huge_pmd_fault', args, 2) & FAULT_FLAG_WRITE) !== 0n;
      const haddr = hugeAlignDown(addr);
      const slot = pmdSlotFor(m, mm.pid, haddr, true)!;
      const v = readEntryRaw(slot.table, slot.index);
      if (v === 0n) {
        if (!thpSuitable(vma, haddr)) return VM_FAULT_FALLBACK;
        if (!write) {
          // do_huge_pmd_anonymous_page: a read maps the huge zero folio (set_huge_zero_folio)
          writeEntryRaw(m, slot.table, slot.index, mkHugePmd(hugeZeroPfn(m), {}));
          return 0n;
        }
        mapNewHuge(m, mm, slot, haddr, false, (vma.flags & VM_WRITE) !== 0);
        return 0n;
      }
      if (!isHugeEntry(v)) return VM_FAULT_FALLBACK;
      if (write && isHugeZeroPfn(m, ptePfnField(v))) {
        // __split_huge_zero_page_pmd: 512 zero-page ptes, then the pte path's COW
        const t = newTable(m, 1, mm.pid, haddr);
        writeEntryRaw(m, slot.table, slot.index, mkTableEntry(t.id));
        for (let i = 0; i < HPAGE_PMD_NR; i++) writeEntryRaw(m, t, i, mkPresentPte(ZERO_PFN, { young: true }));
        flushTlbAddr(m, mm.pid, haddr, haddr + HPAGE_PMD_SIZE);
        return VM_FAULT_FALLBACK;
      }
      if (write && !(v & _PAGE_RW)) return wpHuge(m, 'huge_pmd_fault', slot, v, vma);
      return 0n;
    },

    huge_pmd_offset_addr(_ctx, args) {
      // pmd_t *huge_pmd_offset_addr(struct mm_struct *mm, unsigned long addr): the pmd of addr
      // when it maps a huge page, else NULL (read without its lock, as hmm_range_fault does).
      const mm = argMm(m, 'huge_pmd_offset_addr', args, 0);
      const addr = argNum('huge_pmd_offset_addr', args, 1);
      const slot = pmdSlotFor(m, mm.pid, addr);
      if (!slot || !isHugeEntry(readEntryRaw(slot.table, slot.index))) return NULL;
      return ptePtr(slot.table.id, slot.index);
    },
  };
}
