// Bulk population of a process range with resident private anonymous pages, for benchmarks and
// tests that need thousands of pages without listing each one in a scenario file: the same
// state createModel builds for `pages:` entries with default fields (present writable pte,
// on the LRU, refcount 1, mapcount 1, anon-exclusive), content `content(i)`.

import { MAX_POPULATE_PAGES } from './limits';
import { pteTableFor, writeEntryRaw } from './pgtable';
import { mkPresentPte } from './pte';
import { findVma, MmModel, newPage, tableIndex, VM_WRITE, ZERO_PFN } from './state';

export function populateAnonRange(m: MmModel, pid: number, start: number, npages: number, content: (i: number) => string = String): void {
  const mm = m.mms[pid];
  if (!mm) throw new Error(`populateAnonRange: no process ${pid}`);
  if (!Number.isSafeInteger(npages) || npages < 0 || npages > MAX_POPULATE_PAGES) {
    throw new Error(`populateAnonRange: ${npages} pages; at most ${MAX_POPULATE_PAGES.toLocaleString('en-US')} can be populated at once`);
  }
  for (let i = 0; i < npages; i++) {
    const addr = start + i * 4096;
    const vma = findVma(mm, addr);
    if (!vma || !vma.anonymous) throw new Error(`populateAnonRange: 0x${addr.toString(16)} is not in an anonymous vma of pid ${pid}`);
    const t = pteTableFor(m, pid, addr, true)!;
    if (t.entries[tableIndex(1, addr)] !== undefined) throw new Error(`populateAnonRange: 0x${addr.toString(16)} is already mapped`);
    while (m.pages[m.nextPfn] || m.nextPfn === ZERO_PFN) m.nextPfn++;
    const pfn = m.nextPfn++;
    m.pages[pfn] = newPage(pfn, {
      refcount: 1,
      mapcount: 1,
      lru: 'lru',
      anon: true,
      anonExclusive: true,
      mapping: 'anon',
      index: Math.floor(addr / 4096),
      content: content(i),
      uptodate: true,
      memcg: true,
    });
    writeEntryRaw(m, t, tableIndex(1, addr), mkPresentPte(pfn, { write: (vma.flags & VM_WRITE) !== 0, young: true }));
    m.written[`${pid}:${addr}`] = m.pages[pfn].content;
    mm.rssAnon++;
  }
  m.touchedAll = true;
}
