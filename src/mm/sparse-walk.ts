// Walking a process's page tables by what they hold, not by address: the cost of a range is
// the tables that exist in it, never its size (a VMA may cover the whole 128 TiB user address
// space with a handful of pages resident). The state view and the range operations of the model
// (munmap, fork, mprotect, mremap) enumerate ptes through here.

import { childTable, PteSlot } from './pgtable';
import { entryAddr, entrySpan, MmModel, PageTable } from './state';

/** The pte tables (level 1) of process `pid` that cover part of [start, end), in address order. */
export function pteTablesIn(m: MmModel, pid: number, start: number, end: number): PageTable[] {
  const out: PageTable[] = [];
  const mm = m.mms[pid];
  const pgd = mm && m.tables[mm.pgd];
  if (!pgd || end <= start) return out;
  const walk = (t: PageTable) => {
    if (t.level === 1) {
      out.push(t);
      return;
    }
    const span = entrySpan(t.level);
    for (const k of Object.keys(t.entries)) {
      const i = Number(k);
      const a = entryAddr(t, i);
      if (a + span <= start || a >= end) continue;
      const c = childTable(m, t, i);
      if (c) walk(c);
    }
  };
  walk(pgd);
  return out;
}

/** Non-none ptes of process `pid` in [start, end), in address order. */
export function populatedPtes(m: MmModel, pid: number, start: number, end: number): PteSlot[] {
  const out: PteSlot[] = [];
  for (const t of pteTablesIn(m, pid, start, end)) {
    for (const k of Object.keys(t.entries)) {
      const i = Number(k);
      const a = entryAddr(t, i);
      if (a >= start && a < end) out.push({ table: t, index: i, addr: a, value: t.entries[i] });
    }
  }
  return out;
}
