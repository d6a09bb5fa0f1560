// An optional virtually indexed, write-back CPU data cache (memory.cache: vivt; off by default).
//
// Why: on architectures with virtually indexed caches (older ARM, PA-RISC, some MIPS) a user
// store lands in a cache line indexed by the *user* virtual address and reaches the page in
// memory only when the line is written back. The kernel reads and copies pages through its own
// mapping of them, at another virtual address, so before it stops using a user mapping it must
// call flush_cache_page (or flush_cache_range / flush_cache_mm) to write the user lines back.
// Upstream bug 3.2 (a3589e1d5fe3, 2022): migrate_vma collect cleared the pte without that flush,
// so the copy to device memory read the page without the last user store.
//
// The model keeps only dirty lines (clean lines cannot make a difference), per CPU, keyed by
// (pid, vaddr) and tagged with the frame the store's translation named. A CPU load hits its own
// line when the tag matches the current translation. A line is written back to its frame by
// flush_cache_page and by the natives that stand for kernel paths flushing a range (zap via
// munmap/madvise, mprotect, mremap, fork, device-exclusive, 2016 try_to_unmap); nothing is ever
// evicted spontaneously except when the same (pid, vaddr) is stored to through another frame
// (an index conflict: the old line goes to its old frame first).
//
// The lost-write invariant looks through the cache (cachedContent): what a CPU would read at a
// virtual page is the line if one still matches the pte's frame, otherwise the frame itself.

import type { MmModel } from './state';
import { touchPage, touchVa } from './dirty';

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** Write one line back to its frame and forget it. */
function writeBack(m: MmModel, cpu: number, k: number): void {
  const line = m.cacheLines[cpu][k];
  const page = m.pages[line.pfn];
  if (page) {
    if (page.freed && m.invariants['freed-page-referenced'] !== false) {
      // (reportViolation of invariants.ts, inline: that module reads the cache)
      m.pending.push({
        invariant: 'freed-page-referenced',
        message: `CPU ${cpu} wrote back a cache line of pid ${line.pid} ${hex(line.vaddr)} to freed page pfn ${hex(line.pfn)}`,
      });
    }
    page.content = line.value;
    touchPage(m, line.pfn);
  }
  touchVa(m, `${line.pid}:${line.vaddr}`);
  m.cacheLines[cpu].splice(k, 1);
}

/** A user store at (pid, vaddr) through a translation to `pfn`, kept in `cpu`'s cache. */
export function cacheStore(m: MmModel, cpu: number, pid: number, vaddr: number, pfn: number, value: string): void {
  const lines = m.cacheLines[cpu];
  const k = lines.findIndex((l) => l.pid === pid && l.vaddr === vaddr);
  if (k >= 0 && lines[k].pfn !== pfn) writeBack(m, cpu, k);
  const j = lines.findIndex((l) => l.pid === pid && l.vaddr === vaddr);
  if (j >= 0) lines[j].value = value;
  else lines.push({ pid, vaddr, pfn, value });
  touchVa(m, `${pid}:${vaddr}`);
}

/** What a load on `cpu` at (pid, vaddr) through a translation to `pfn` finds in the cache. */
export function cacheLoad(m: MmModel, cpu: number, pid: number, vaddr: number, pfn: number): string | undefined {
  return m.cacheLines[cpu]?.find((l) => l.pid === pid && l.vaddr === vaddr && l.pfn === pfn)?.value;
}

/** The value a dirty line of any CPU holds for (pid, vaddr) over `pfn`, if one does. */
export function cachedContent(m: MmModel, pid: number, vaddr: number, pfn: number): string | undefined {
  for (const lines of m.cacheLines) {
    const l = lines.find((x) => x.pid === pid && x.vaddr === vaddr && x.pfn === pfn);
    if (l) return l.value;
  }
  return undefined;
}

/**
 * flush_cache_page / flush_cache_range / flush_cache_mm: write back every CPU's lines of pid in
 * [start, end) (the whole address space when end is Infinity). Returns how many lines went.
 */
export function cacheFlushRange(m: MmModel, pid: number, start: number, end: number): number {
  let n = 0;
  for (let cpu = 0; cpu < m.cacheLines.length; cpu++) {
    for (let k = m.cacheLines[cpu].length - 1; k >= 0; k--) {
      const l = m.cacheLines[cpu][k];
      if (l.pid === pid && l.vaddr >= start && l.vaddr < end) {
        writeBack(m, cpu, k);
        n++;
      }
    }
  }
  return n;
}
