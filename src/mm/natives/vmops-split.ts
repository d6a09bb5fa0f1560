// Splitting a vma at an address (__split_vma), for mprotect, munmap, madvise and mremap of part
// of a mapping. Huge pages make a split point matter: a hugetlb vma can only be split at a huge
// page boundary (hugetlb_vm_op_split: -EINVAL), and a split through a transparent huge page
// would have to split its pmd first (vma_adjust_trans_huge), which the model does not do yet —
// that stops with a clear message instead of leaving a huge pmd across two vmas. A hugetlb
// vma's reservation (pages promised, not yet faulted) is shared out between the two parts.

import { SimFault } from '../../c/native';
import { hugeLeafAt, HPAGE_PMD_SIZE, VM_HUGETLB } from '../huge';
import { allocId, type MmModel, type MmState, type VmaState } from '../state';

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** Huge-page slots of [start, end) no huge pmd maps yet. */
function unfaulted(m: MmModel, pid: number, start: number, end: number): number {
  let n = 0;
  for (let a = start; a < end; a += HPAGE_PMD_SIZE) if (!hugeLeafAt(m, pid, a)) n++;
  return n;
}

/**
 * Why [start, end) of mm cannot be operated on: 'EINVAL' when it cuts a hugetlb vma off a huge
 * page boundary; throws for a cut through a transparent huge page. undefined: it can.
 */
export function splitProblem(m: MmModel, mm: MmState, start: number, end: number): 'EINVAL' | undefined {
  for (const addr of [start, end]) {
    const v = mm.vmas.find((x) => x.start < addr && addr < x.end);
    if (!v) continue;
    if (v.flags & VM_HUGETLB) {
      if (addr % HPAGE_PMD_SIZE) return 'EINVAL';
    } else if (addr % HPAGE_PMD_SIZE && hugeLeafAt(m, mm.pid, addr)) {
      throw new SimFault('unsupported', `splitting the transparent huge page at ${hex(addr - (addr % HPAGE_PMD_SIZE))} (an operation on part of it, at ${hex(addr)}) is not modelled yet`);
    }
  }
  return undefined;
}

/** Split the VMAs of mm at `addr` (if a VMA straddles it). */
export function splitAt(m: MmModel, mm: MmState, addr: number): void {
  const v = mm.vmas.find((x) => x.start < addr && addr < x.end);
  if (!v) return;
  const obj = allocId(m);
  m.objs[obj] = { kind: 'vma', pid: mm.pid, start: addr };
  const right: VmaState = { obj, start: addr, end: v.end, flags: v.flags, anonymous: v.anonymous };
  if (v.hugetlbResv !== undefined) {
    right.hugetlbResv = Math.min(v.hugetlbResv, unfaulted(m, mm.pid, addr, v.end));
    v.hugetlbResv -= right.hugetlbResv;
  }
  mm.vmas.push(right);
  v.end = addr;
  mm.vmas.sort((a, b) => a.start - b.start);
}

/** A vma goes (munmap, exit): what its hugetlb reservation still promised goes back. */
export function releaseVma(m: MmModel, v: VmaState): void {
  if (v.hugetlbResv && m.hugetlb) m.hugetlb.resv -= v.hugetlbResv;
  v.hugetlbResv = 0;
  delete m.objs[v.obj];
}
