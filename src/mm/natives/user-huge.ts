// The system-call side of huge pages for user programs: mmap(MAP_HUGETLB) against the hugetlb
// pool, and madvise(MADV_HUGEPAGE / MADV_NOHUGEPAGE), which decide where faults may map a huge
// page (natives/huge-fault.ts). Following mm/mmap.c, mm/hugetlb.c and mm/khugepaged.c of 6.1 /
// 6.12 (x86-64, one 2 MiB hstate, transparent_hugepage "madvise"):
//
// - MAP_HUGETLB: anonymous only (a file that is not on hugetlbfs is -EINVAL); the size in the
//   MAP_HUGE_SHIFT bits must be the default 2 MiB one (there is no 1 GiB pool: -EINVAL); the
//   length is rounded up to 2 MiB and the address is 2 MiB aligned (hugetlb_get_unmapped_area,
//   -EINVAL for an unaligned MAP_FIXED); a private mapping reserves its pages at mmap
//   (hugetlb_reserve_pages, -ENOMEM if the pool cannot promise them) unless MAP_NORESERVE.
//   Shared hugetlb mappings (the hugetlbfs page cache) are not modelled and say so.
// - MADV_HUGEPAGE sets VM_HUGEPAGE and clears VM_NOHUGEPAGE on the range (splitting vmas as
//   madvise_update_vma does), MADV_NOHUGEPAGE the other way round; a gap in the range is
//   -ENOMEM after the mapped parts are done. MADV_COLLAPSE (a synchronous khugepaged collapse)
//   is not modelled and says so.

import type { NativeCtx } from '../../c/native';
import { SimFault } from '../../c/native';
import { HPAGE_PMD_SIZE, VM_HUGEPAGE, VM_HUGETLB, VM_NOHUGEPAGE } from '../huge';
import type { MmModel, MmState, VmaState } from '../state';
import { splitAt } from './vmops-split';

const MAP_HUGE_SHIFT = 26n;
const MADV_HUGEPAGE = 14n;
/** VM_DONTEXPAND: hugetlb mappings are not grown by mremap. */
const VM_DONTEXPAND = 0x00040000;

/** What mmap(MAP_HUGETLB) decided: a length and where, or an errno (the caller's MAP_FAILED). */
export type HugetlbPlacement = { len: number; start: number; resv: number } | { errno: 'EINVAL' | 'ENOMEM' };

/**
 * The placement of a MAP_HUGETLB mapping of `length` bytes: `fixed` is the MAP_FIXED address
 * (or undefined), `area(len)` the caller's top-down search for a free range.
 */
export function hugetlbPlacement(m: MmModel, flags: bigint, length: number, anonymous: boolean, shared: boolean, noreserve: boolean, fixed: number | undefined, area: (len: number) => number | undefined): HugetlbPlacement {
  if (!anonymous) return { errno: 'EINVAL' };
  const shift = (flags >> MAP_HUGE_SHIFT) & 0x3fn;
  if (shift !== 0n && shift !== 21n) return { errno: 'EINVAL' };
  if (shared) throw new SimFault('unsupported', 'mmap: shared MAP_HUGETLB mappings (the hugetlbfs page cache) are not modelled; a private one is');
  const len = Math.ceil(length / HPAGE_PMD_SIZE) * HPAGE_PMD_SIZE;
  const n = len / HPAGE_PMD_SIZE;
  const pool = m.hugetlb;
  const resv = noreserve ? 0 : n;
  if (resv && (!pool || pool.free - pool.resv < resv)) return { errno: 'ENOMEM' };
  let start: number | undefined;
  if (fixed !== undefined) {
    if (fixed % HPAGE_PMD_SIZE) return { errno: 'EINVAL' };
    start = fixed;
  } else {
    const a = area(len + HPAGE_PMD_SIZE);
    if (a === undefined) return { errno: 'ENOMEM' };
    start = Math.ceil(a / HPAGE_PMD_SIZE) * HPAGE_PMD_SIZE;
  }
  return { len, start, resv };
}

/** The new vma of a MAP_HUGETLB mapping becomes one: its flags, and the pool's promise. */
export function makeHugetlbVma(m: MmModel, vma: VmaState, resv: number): void {
  vma.flags |= VM_HUGETLB | VM_DONTEXPAND;
  vma.anonymous = false;
  vma.hugetlbResv = resv;
  if (m.hugetlb) m.hugetlb.resv += resv;
}

/** madvise(MADV_HUGEPAGE / MADV_NOHUGEPAGE) on [start, end): 0, or -1 (ENOMEM: a gap). */
export function madviseHugepage(m: MmModel, ctx: NativeCtx, mm: MmState, start: number, end: number, advice: bigint): bigint {
  void ctx;
  if (end <= start) return 0n;
  splitAt(m, mm, start);
  splitAt(m, mm, end);
  let gap = false;
  let a = start;
  for (const v of mm.vmas) {
    if (v.end <= start || v.start >= end) continue;
    if (v.start > a) gap = true;
    a = v.end;
    if (advice === MADV_HUGEPAGE) v.flags = (v.flags | VM_HUGEPAGE) & ~VM_NOHUGEPAGE;
    else v.flags = (v.flags | VM_NOHUGEPAGE) & ~VM_HUGEPAGE;
    // MADV_NOHUGEPAGE leaves the THPs already there; nothing else changes in the tables.
  }
  if (a < end) gap = true;
  return gap ? -1n : 0n;
}
