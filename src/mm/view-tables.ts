// The page-table walk of a state view: for a process and its viewed ranges, the tables
// pgd -> (p4d, folded on x86-64 with 4 levels) -> pud -> pmd -> pte that exist under the range,
// top level first, each with the index of the entry one level up that points at it. The state
// panel draws them as a picture, so a range that crosses a pmd boundary shows two pte tables.
// Cost: the tables that exist in the range, never its size.

import type { PageTableView, PtLevel } from '../protocol/state';
import { childTable } from './pgtable';
import { entryAddr, entrySpan, hexAddr, MmModel, PageTable, tableIndex } from './state';

const LEVEL: Record<PageTable['level'], PtLevel> = { 4: 'pgd', 3: 'pud', 2: 'pmd', 1: 'pte' };

function used(t: PageTable): number {
  return Object.keys(t.entries).length;
}

/** The tables of process `pid` under the ranges [start, end), in walk order, each once. */
export function walkTables(m: MmModel, pid: number, ranges: { start: number; end: number }[]): PageTableView[] {
  const mm = m.mms[pid];
  const pgd = mm && m.tables[mm.pgd];
  if (!pgd) return [];
  const out: PageTableView[] = [{ level: 'pgd', base: hexAddr(pgd.base), used: used(pgd) }];
  const seen = new Set<number>([pgd.id]);
  const covers = (a: number, span: number): boolean => ranges.some((r) => a + span > r.start && a < r.end);
  const walk = (t: PageTable): void => {
    if (t.level === 1) return;
    const span = entrySpan(t.level);
    const idx = Object.keys(t.entries)
      .map(Number)
      .sort((a, b) => a - b);
    for (const i of idx) {
      const a = entryAddr(t, i);
      if (!covers(a, span)) continue;
      const c = childTable(m, t, i);
      if (!c || seen.has(c.id)) continue;
      seen.add(c.id);
      // The p4d level is folded into the pgd: one entry, the pgd entry itself.
      if (t.level === 4) out.push({ level: 'p4d', base: hexAddr(a), index: i, used: 1 });
      out.push({ level: LEVEL[c.level], base: hexAddr(c.base), index: tableIndex(t.level, c.base), used: used(c) });
      walk(c);
    }
  };
  walk(pgd);
  return out;
}
