// Unmapping huge pmds (zap_huge_pmd for a transparent huge page, __unmap_hugepage_range for a
// hugetlb page) when a range goes: munmap, MADV_DONTNEED, exit. The pmd is cleared, the folio's
// mapcount and the mm's rss counter drop, and the mapping's reference is put — the last one
// frees all 512 pages (a hugetlb page back to the pool, natives/page.ts putRef). A range that
// covers only part of a THP would need the pmd split first (__split_huge_pmd), which the model
// does not do yet: that stops with a message saying so.

import { SimFault } from '../../c/native';
import { HPAGE_PMD_NR, HPAGE_PMD_SIZE, hugeLeavesIn, isHugeZeroPfn } from '../huge';
import { writeEntryRaw } from '../pgtable';
import { ptePfnField } from '../pte';
import type { MmModel, MmState } from '../state';
import { putRef } from './page';

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** Zap every huge pmd of mm in [start, end); true when one was cleared (a TLB flush is due). */
export function zapHugeLeaves(m: MmModel, mm: MmState, start: number, end: number): boolean {
  let flush = false;
  for (const h of hugeLeavesIn(m, mm.pid, start, end)) {
    if (h.addr < start || h.addr + HPAGE_PMD_SIZE > end) {
      throw new SimFault('unsupported', `unmapping part (${hex(Math.max(start, h.addr))}-${hex(Math.min(end, h.addr + HPAGE_PMD_SIZE))}) of the huge page at ${hex(h.addr)} needs the pmd split first, which is not modelled yet`);
    }
    writeEntryRaw(m, h.table, h.index, 0n);
    for (let a = h.addr; a < h.addr + HPAGE_PMD_SIZE; a += 4096) delete m.written[`${mm.pid}:${a}`];
    flush = true;
    const head = m.pages[ptePfnField(h.value)];
    // the huge zero folio: no mapcount or reference per mapping (zap_huge_pmd)
    if (!head || isHugeZeroPfn(m, head.pfn)) continue;
    head.mapcount--;
    if (head.mapcount === 0) head.anonExclusive = false;
    if (head.hugetlb) mm.rssHugetlb = (mm.rssHugetlb ?? 0) - HPAGE_PMD_NR;
    else if (head.anon) mm.rssAnon -= HPAGE_PMD_NR;
    putRef(m, head, head.hugetlb ? '__unmap_hugepage_range' : 'zap_huge_pmd');
  }
  return flush;
}
