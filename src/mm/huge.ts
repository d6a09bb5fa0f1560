// Huge pages mapped by one pmd entry: hugetlb pages from the boot-time pool (MAP_HUGETLB) and
// anonymous transparent huge pages (MADV_HUGEPAGE). Both are a folio of HPAGE_PMD_NR (512)
// struct pages — the head carries the folio's refcount, its (entire) mapcount and its flags; a
// tail page only says whose tail it is (Linux's compound_head) and holds its 4 KiB of data —
// mapped by a leaf entry in the pmd table (_PAGE_PSE), as x86-64 maps 2 MiB pages. The pmd
// entry goes through writeEntryRaw like a pte, so the reverse index names the head and the
// mapcount invariant counts it.
//
// A read fault where a THP may go maps the huge zero folio (use_zero_page = 1, the default): 512
// frames of zeros allocated once, held by the kernel, mapped read-only without a mapcount; a
// write there splits that pmd into 512 zero-page ptes and copies on write at the pte level, as
// do_huge_pmd_wp_page does since 5.8.
//
// What is not modelled, and says so where it is reached: splitting a huge pmd that maps a THP or
// a huge folio (a partial munmap / mprotect of a THP, migrating one), fork and mremap of huge
// mappings, shared hugetlb mappings (hugetlbfs page cache), 1 GiB pages, MADV_COLLAPSE.

import { entryAddr, MmModel, newPage, PageState, PageTable, tableIndex, ZERO_PFN } from './state';
import { readEntryRaw, tableAt } from './pgtable';
import { isHugeEntry, mkPresentPte, _PAGE_PSE } from './pte';
import { touchPage } from './dirty';

export const HPAGE_PMD_ORDER = 9;
export const HPAGE_PMD_NR = 1 << HPAGE_PMD_ORDER;
export const HPAGE_PMD_SIZE = HPAGE_PMD_NR * 4096;
/** x86-64 vm_flags (include/linux/mm.h). */
export const VM_HUGETLB = 0x00400000;
export const VM_HUGEPAGE = 0x20000000;
export const VM_NOHUGEPAGE = 0x40000000;

/** The default hstate's pool (/proc/sys/vm/nr_hugepages, HugePages_* of /proc/meminfo). */
export interface HugetlbPool {
  /** nr_hugepages. */
  total: number;
  /** Huge pages not in use (HugePages_Free). */
  free: number;
  /** Free pages promised to mappings that have not faulted them yet (HugePages_Rsvd). */
  resv: number;
}

export function newHugetlbPool(nr: number): HugetlbPool {
  return { total: nr, free: nr, resv: 0 };
}

export function hugeAlignDown(addr: number): number {
  return addr - (addr % HPAGE_PMD_SIZE);
}

export function mkHugePmd(pfn: number, b: { write?: boolean; dirty?: boolean }): bigint {
  return mkPresentPte(pfn, { write: b.write, dirty: b.dirty, young: true }) | _PAGE_PSE;
}

/**
 * The pmd table covering `addr` in process `pid` and the index of addr's entry in it; with
 * `alloc`, missing pud / pmd tables are created (pud_alloc, pmd_alloc).
 */
export function pmdSlotFor(m: MmModel, pid: number, addr: number, alloc = false): { table: PageTable; index: number } | undefined {
  const table = tableAt(m, pid, addr, 2, alloc);
  return table ? { table, index: tableIndex(2, addr) } : undefined;
}

/** The huge pmd mapping `addr`, if there is one. */
export function hugeLeafAt(m: MmModel, pid: number, addr: number): { table: PageTable; index: number; value: bigint } | undefined {
  const s = pmdSlotFor(m, pid, addr);
  if (!s) return undefined;
  const value = readEntryRaw(s.table, s.index);
  return isHugeEntry(value) ? { ...s, value } : undefined;
}

/** Every huge pmd of process `pid` in [start, end), with the address each one maps. */
export function hugeLeavesIn(m: MmModel, pid: number, start: number, end: number): { table: PageTable; index: number; addr: number; value: bigint }[] {
  const out: { table: PageTable; index: number; addr: number; value: bigint }[] = [];
  for (const t of Object.values(m.tables)) {
    if (t.pid !== pid || t.level !== 2) continue;
    for (const k of Object.keys(t.entries)) {
      const i = Number(k);
      const addr = entryAddr(t, i);
      const value = t.entries[i];
      if (addr + HPAGE_PMD_SIZE > start && addr < end && isHugeEntry(value)) out.push({ table: t, index: i, addr, value });
    }
  }
  return out.sort((a, b) => a.addr - b.addr);
}

/** First pfn of HPAGE_PMD_NR naturally aligned frames no struct page uses yet. */
function freeHugeRange(m: MmModel): number {
  let pfn = Math.ceil(m.nextPfn / HPAGE_PMD_NR) * HPAGE_PMD_NR;
  for (;;) {
    let used = -1;
    for (let i = 0; i < HPAGE_PMD_NR; i++) if (m.pages[pfn + i] || pfn + i === ZERO_PFN) used = i;
    if (used < 0) return pfn;
    pfn += HPAGE_PMD_NR;
  }
}

/**
 * A new huge folio: the head with one reference, locked nowhere, off the LRU, zero-filled; its
 * 511 tails. `hugetlb` marks a page of the hugetlb pool (freed back to it).
 */
export function allocHugeFolio(m: MmModel, hugetlb: boolean): PageState {
  const pfn = freeHugeRange(m);
  for (let i = 1; i < HPAGE_PMD_NR; i++) {
    m.pages[pfn + i] = newPage(pfn + i, { compound: true, head: pfn, uptodate: true });
    touchPage(m, pfn + i);
  }
  const head = newPage(pfn, { refcount: 1, compound: true, order: HPAGE_PMD_ORDER, memcg: !hugetlb, uptodate: true, ...(hugetlb ? { hugetlb: true } : {}) });
  m.pages[pfn] = head;
  touchPage(m, pfn);
  if (pfn + HPAGE_PMD_NR > m.nextPfn) m.nextPfn = pfn + HPAGE_PMD_NR;
  return head;
}

/** A head's last reference is gone: every page of the folio is freed (a hugetlb one to its pool). */
export function freeHugeFolio(m: MmModel, head: PageState): void {
  for (let i = 1; i < HPAGE_PMD_NR; i++) {
    const t = m.pages[head.pfn + i];
    if (!t) continue;
    t.freed = true;
    touchPage(m, t.pfn);
  }
  if (head.hugetlb && m.hugetlb) m.hugetlb.free++;
}

/** The huge zero folio's head pfn (mm_get_huge_zero_page), made at its first use. */
export function hugeZeroPfn(m: MmModel): number {
  if (m.hugeZero === undefined) {
    const head = allocHugeFolio(m, false);
    // the kernel's own reference; never mapped with a mapcount, never freed
    head.extraRefs = 1;
    head.memcg = false;
    m.hugeZero = head.pfn;
  }
  return m.hugeZero;
}

/** A frame of the huge zero folio (no mapcount, no rmap, no refcount per mapping). */
export function isHugeZeroPfn(m: MmModel, pfn: number): boolean {
  const z = m.hugeZero;
  return z !== undefined && pfn >= z && pfn < z + HPAGE_PMD_NR;
}
