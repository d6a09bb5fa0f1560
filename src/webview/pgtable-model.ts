// What the page-table picture draws, as plain data: a process's PTEs grouped by the pte table
// (one per pmd entry, 2 MiB of address space) that holds them, with the walk above them
// (pgd -> p4d -> pud -> pmd indexes, x86-64 4-level paging, the p4d folded into the pgd). Long
// runs of alike PTEs (same kind and bits, consecutive pfns) are one run, so a 4096-page range is a
// handful of runs; a table with more runs than the picture can hold keeps the runs that matter
// (changed, culprits, the current address) and its first and last ones, and says how many it left
// out. Pure: tests check the grouping without a DOM.

import type { PageTableView, ProcessView, PteView } from '../protocol/state';

export const PAGE = 0x1000;
export const PMD_SPAN = 0x200000;
const PUD_SPAN = 2 ** 30;
const PGD_SPAN = 2 ** 39;

/** Runs drawn per pte table at most; beyond, the middle is summarised. */
export const MAX_RUNS = 40;
/** Pte tables drawn per process at most (the first, the last and the marked ones). */
export const MAX_TABLES = 12;
/** Tables with at most this many PTEs draw every PTE on its own row (no aggregation). */
export const AGGREGATE_FROM = 16;

/** The value of a hex address (`0x…`; parseInt takes the prefix with radix 16, no slice needed). */
export function addrOf(hex: string): number {
  return parseInt(hex, 16);
}

export function hexOf(n: number): string {
  return '0x' + n.toString(16);
}

export const pgdIndex = (a: number): number => Math.floor(a / PGD_SPAN) % 512;
export const pudIndex = (a: number): number => Math.floor(a / PUD_SPAN) % 512;
export const pmdIndex = (a: number): number => Math.floor(a / PMD_SPAN) % 512;
export const pteIndex = (a: number): number => Math.floor(a / PAGE) % 512;

export interface Marks {
  changed: ReadonlySet<string>;
  culprits: ReadonlySet<string>;
  /** The current stop's address, if known. */
  focus?: number;
}

/** One row of a pte table in the picture: a single PTE or a run of alike PTEs. */
export interface PteRun {
  ptes: PteView[];
  kind: PteView['kind'];
  /** pfn of the first and last PTE (consecutive in between), when the entries name frames. */
  pfnFirst?: number;
  pfnLast?: number;
  changed: number;
  culprit: boolean;
  focus: boolean;
  /** A summary row: `skipped` PTEs in `skippedRuns` runs are not drawn here. */
  skipped?: number;
  skippedRuns?: number;
}

export interface PteTable {
  base: number;
  pgd: number;
  pud: number;
  pmd: number;
  /** False when no pte table exists here yet (its pmd entry is none). */
  populated: boolean;
  /** Entries in use, when the view says (PageTableView.used). */
  used?: number;
  ptes: number;
  runs: PteRun[];
  focus: boolean;
  changed: number;
  culprit: boolean;
  /** Tables left out of the picture just before this one, and the PTEs they hold. */
  skippedBefore?: { tables: number; ptes: number };
}

export interface Walk {
  pid: number;
  pgd: number[];
  pud: number[];
  tables: PteTable[];
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true; // a packed state shares equal lists (unpack-state.ts)
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether two neighbouring PTEs may share a run (besides consecutive pfns): same kind, holder, table, bits. */
function alike(p: PteView, q: PteView): boolean {
  return p.kind === q.kind && p.ptlHolder === q.ptlHolder && (p.populated === false) === (q.populated === false) && sameNames(p.bits, q.bits);
}

function newRun(p: PteView, changed: boolean, culprit: boolean, focus: boolean): PteRun {
  return { ptes: [p], kind: p.kind, pfnFirst: p.pfn, pfnLast: p.pfn, changed: changed ? 1 : 0, culprit, focus };
}

/** Bits of a PTE's marks (walkOf looks each PTE's key up once). */
const CHANGED = 1;
const CULPRIT = 2;

function marksOf(p: PteView, m: Marks): number {
  return (m.changed.has(p.key) ? CHANGED : 0) | (m.culprits.size && m.culprits.has(p.key) ? CULPRIT : 0);
}

/** The PTEs of one table, in address order, as runs (each PTE its own run when the table is short). */
export function runsOf(ptes: PteView[], m: Marks, addrs: number[] = ptes.map((p) => addrOf(p.addr)), marks: number[] = ptes.map((p) => marksOf(p, m))): PteRun[] {
  const runs: PteRun[] = [];
  const aggregate = ptes.length > AGGREGATE_FROM;
  const focusPage = m.focus === undefined ? undefined : Math.floor(m.focus / PAGE) * PAGE;
  let cur: PteRun | undefined;
  let curAlone = false;
  let prevAddr = -1;
  for (let i = 0; i < ptes.length; i++) {
    const p = ptes[i];
    const a = addrs[i];
    const mk = marks[i];
    const alone = mk !== 0 || focusPage === a;
    if (aggregate && cur && !alone && !curAlone && a === prevAddr + PAGE) {
      const pfnOk = cur.pfnLast === undefined ? p.pfn === undefined : p.pfn === cur.pfnLast + 1;
      if (pfnOk && alike(p, cur.ptes[0])) {
        cur.ptes.push(p);
        cur.pfnLast = p.pfn;
        prevAddr = a;
        continue;
      }
    }
    cur = newRun(p, (mk & CHANGED) !== 0, (mk & CULPRIT) !== 0, focusPage === a);
    curAlone = alone;
    prevAddr = a;
    runs.push(cur);
  }
  return limitRuns(runs);
}

/** At most MAX_RUNS rows: the first and last runs and every marked run, the rest summarised. */
export function limitRuns(runs: PteRun[]): PteRun[] {
  if (runs.length <= MAX_RUNS) return runs;
  const keep = new Set<number>();
  const edge = Math.floor(MAX_RUNS / 4);
  for (let i = 0; i < edge; i++) keep.add(i).add(runs.length - 1 - i);
  runs.forEach((r, i) => {
    if (keep.size < MAX_RUNS - 2 && (r.changed || r.culprit || r.focus)) keep.add(i);
  });
  const out: PteRun[] = [];
  let gap: PteRun | undefined;
  runs.forEach((r, i) => {
    if (keep.has(i)) {
      gap = undefined;
      out.push(r);
      return;
    }
    if (!gap) {
      gap = { ptes: [], kind: r.kind, changed: 0, culprit: false, focus: false, skipped: 0, skippedRuns: 0 };
      out.push(gap);
    }
    gap.ptes.push(r.ptes[0]);
    gap.skipped = (gap.skipped ?? 0) + r.ptes.length;
    gap.skippedRuns = (gap.skippedRuns ?? 0) + 1;
    gap.changed += r.changed;
  });
  return out;
}

/** The walk of one process: its PTEs grouped by pte table, in address order. */
export function walkOf(proc: ProcessView, m: Marks): Walk {
  // One pass: group by pte table, counting each table's changed and culprit PTEs on the way.
  type Group = { ptes: PteView[]; addrs: number[]; marks: number[]; changed: number; culprit: boolean };
  const groups = new Map<number, Group>();
  let cur: Group | undefined;
  let curBase = -1;
  for (const p of proc.ptes) {
    const a = addrOf(p.addr);
    const base = Math.floor(a / PMD_SPAN) * PMD_SPAN;
    if (base !== curBase || !cur) {
      curBase = base;
      cur = groups.get(base);
      if (!cur) groups.set(base, (cur = { ptes: [], addrs: [], marks: [], changed: 0, culprit: false }));
    }
    const mk = marksOf(p, m);
    cur.ptes.push(p);
    cur.addrs.push(a);
    cur.marks.push(mk);
    if (mk & CHANGED) cur.changed++;
    if (mk & CULPRIT) cur.culprit = true;
  }
  const known = new Map<string, PageTableView>();
  for (const t of proc.tables ?? []) if (t.level === 'pte') known.set(t.base, t);
  const focusBase = m.focus === undefined ? undefined : Math.floor(m.focus / PMD_SPAN) * PMD_SPAN;
  const tables: PteTable[] = [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([base, g]) => {
      let { ptes, addrs, marks } = g;
      if (addrs.some((a, i) => i > 0 && a < addrs[i - 1])) {
        const order = addrs.map((_, i) => i).sort((x, y) => addrs[x] - addrs[y]);
        ptes = order.map((i) => g.ptes[i]);
        addrs = order.map((i) => g.addrs[i]);
        marks = order.map((i) => g.marks[i]);
      }
      const runs = runsOf(ptes, m, addrs, marks);
      const info = known.get(hexOf(base));
      return {
        base,
        pgd: pgdIndex(base),
        pud: pudIndex(base),
        pmd: pmdIndex(base),
        populated: info !== undefined || ptes.some((p) => p.populated !== false),
        ...(info ? { used: info.used } : {}),
        ptes: ptes.length,
        runs,
        focus: base === focusBase,
        changed: g.changed,
        culprit: g.culprit,
      };
    });
  const uniq = (xs: number[]): number[] => [...new Set(xs)];
  return { pid: proc.pid, pgd: uniq(tables.map((t) => t.pgd)), pud: uniq(tables.map((t) => t.pud)), tables: limitTables(tables) };
}

/** At most MAX_TABLES tables: the first and last ones and the marked ones; the rest are counted. */
export function limitTables(tables: PteTable[]): PteTable[] {
  if (tables.length <= MAX_TABLES) return tables;
  const keep = new Set<number>();
  const edge = Math.floor(MAX_TABLES / 4);
  for (let i = 0; i < edge; i++) keep.add(i).add(tables.length - 1 - i);
  tables.forEach((t, i) => {
    if (keep.size < MAX_TABLES && (t.focus || t.culprit)) keep.add(i);
  });
  tables.forEach((t, i) => {
    if (keep.size < MAX_TABLES && t.changed) keep.add(i);
  });
  const out: PteTable[] = [];
  let skipped = { tables: 0, ptes: 0 };
  tables.forEach((t, i) => {
    if (!keep.has(i)) {
      skipped.tables++;
      skipped.ptes += t.ptes;
      return;
    }
    out.push(skipped.tables ? { ...t, skippedBefore: skipped } : t);
    skipped = { tables: 0, ptes: 0 };
  });
  return out;
}
