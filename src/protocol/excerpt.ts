// A state view (state.ts) as a short plain-text excerpt for a mailing-list reply: the evidence a
// reviewer attaches to a comment ("at this step the pte is a migration entry to a page nobody
// locked"). Mail wants ASCII, no tabs and a few aligned lines, so this picks what matters: the
// PTEs that changed since the previous stop (all of them when there are few), the pages those
// PTEs and the migration arrays refer to, the src/dst slots decoded side by side, and any
// violation or stale TLB entry. Pure: it needs only the protocol types.

import type { MigrateArrayView, MigrateSlotView, PageView, PteView, StateView } from './state';

export interface ExcerptOptions {
  /** At most this many lines (default 20; at least 4). */
  maxLines?: number;
  /** Every PTE of the range, not only the changed ones. */
  all?: boolean;
  /** With no more PTEs than this in all processes, all are shown (default 8). */
  few?: number;
}

const DEFAULT_MAX_LINES = 20;
const DEFAULT_FEW = 8;
const MAX_LINE = 100;

/** Printable ASCII only: a thread name or page content from a scenario may hold anything. */
export function asciiText(s: string): string {
  return s.replace(/\t/g, ' ').replace(/[^\x20-\x7e]/g, '?');
}

const hex = (n: number): string => '0x' + n.toString(16);

const WRAP = 76;

/** Words of `text` in lines of at most `width` (continuations indented), at most `max` lines. */
function wrap(text: string, width: number, max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of asciiText(text).split(/ +/)) {
    if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = '    ' + w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  if (out.length > max) {
    out.length = max;
    out[max - 1] = out[max - 1].slice(0, width - 3) + '...';
  }
  return out;
}

/** A block of the excerpt: fixed header lines, rows that may be cut, a "more" line if cut. */
interface Section {
  head: string[];
  rows: string[][];
  /** Rows kept after trimming to the line budget. */
  shown: number;
  /** What the rows are, for "... 3 more ptes". */
  noun: string;
}

/** Pads the cells of each column to a common width; two spaces between columns. */
function align(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd());
}

function sectionLines(s: Section): number {
  return s.head.length + s.shown + (s.shown < s.rows.length ? 1 : 0);
}

/** Shares the line budget out row by row, round robin, so every section keeps some rows. */
function fit(sections: Section[], max: number): void {
  const total = (): number => sections.reduce((n, s) => n + sectionLines(s), 0);
  for (const s of sections) s.shown = 0;
  // Headers alone may be too many: drop whole sections from the end.
  while (total() > max && sections.length > 1) sections.pop();
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of sections) {
      if (s.shown >= s.rows.length) continue;
      s.shown++;
      if (total() > max) s.shown--;
      else grew = true;
    }
  }
}

function pteRow(p: PteView, mark: string, ptlInHead: boolean): string[] {
  const row = [`${mark} ${p.addr}`, p.kind, p.pfn !== undefined ? `pfn ${hex(p.pfn)}` : '', p.bits.join(' ')];
  if (!ptlInHead && p.ptlHolder) row.push(`ptl held by ${asciiText(p.ptlHolder)}`);
  return row;
}

const LRU_TEXT: Record<PageView['lru'], string> = { lru: 'on-lru', isolated: 'isolated', batch: 'lru-batch', none: 'no-lru' };

function zoneText(p: PageView): string {
  if (p.zone === 'ram') return 'ram';
  const kind = p.zone === 'device-private' ? 'dev-private' : 'dev-coherent';
  return p.owner ? `${kind}(${asciiText(p.owner)})` : kind;
}

function pageRow(p: PageView, mark: string): string[] {
  const lock = p.locked
    ? `locked${p.lockHolder ? `(${asciiText(p.lockHolder)})` : ''}${p.lockWaiters.length ? ` waiters ${p.lockWaiters.map(asciiText).join(',')}` : ''}`
    : 'unlocked';
  const extra = [p.free ? 'FREE' : '', p.dirty ? 'dirty' : '', p.anon ? (p.anonExclusive ? 'anon-excl' : 'anon') : '', p.content !== undefined ? `data=${asciiText(p.content)}` : '']
    .filter((x) => x)
    .join(' ');
  return [`${mark} pfn ${hex(p.pfn)}`, zoneText(p), `ref ${p.refcount}`, `map ${p.mapcount}`, lock, LRU_TEXT[p.lru] ?? String(p.lru), `pins ${p.pins}`, extra];
}

function slotText(s: MigrateSlotView | undefined): [string, string] {
  if (!s) return ['-', ''];
  if (s.raw === '0x0') return ['0', ''];
  return [s.pfn !== undefined ? `pfn ${hex(s.pfn)}` : s.raw, s.flags.join('|')];
}

/** src and dst side by side (kernel names src/dst or src_pfns/dst_pfns); any other array alone. */
function arraySections(arrays: MigrateArrayView[], changed: Set<string>): Section[] {
  const byName = new Map(arrays.map((a) => [a.name, a]));
  const used = new Set<string>();
  const out: Section[] = [];
  for (const [s, d] of [['src', 'dst'], ['src_pfns', 'dst_pfns']] as const) {
    const src = byName.get(s);
    const dst = byName.get(d);
    if (!src || !dst) continue;
    used.add(s).add(d);
    const n = Math.max(src.slots.length, dst.slots.length);
    const rows: string[][] = [];
    for (let i = 0; i < n; i++) {
      const a = src.slots.find((x) => x.index === i);
      const b = dst.slots.find((x) => x.index === i);
      const mark = changed.has(`slot:${s}:${i}`) || changed.has(`slot:${d}:${i}`) ? '*' : ' ';
      rows.push([`${mark} [${i}]`, s, ...slotText(a), d, ...slotText(b)]);
    }
    out.push({ head: [`migrate ${s} / ${d}:`], rows, shown: rows.length, noun: 'slots' });
  }
  for (const a of arrays) {
    if (used.has(a.name)) continue;
    const rows = a.slots.map((x) => [`${changed.has(`slot:${a.name}:${x.index}`) ? '*' : ' '} [${x.index}]`, ...slotText(x)]);
    out.push({ head: [`migrate ${asciiText(a.name)}:`], rows, shown: rows.length, noun: 'slots' });
  }
  return out;
}

/**
 * The excerpt: at most `maxLines` lines, ASCII, no tabs, columns aligned, `*` marking what changed
 * since the previous stop. An empty view gives one line saying so.
 */
export function stateExcerpt(view: StateView, opts: ExcerptOptions = {}): string {
  const max = Math.max(4, Math.floor(opts.maxLines ?? DEFAULT_MAX_LINES));
  const few = opts.few ?? DEFAULT_FEW;
  const changed = new Set(view.changed);
  const allPtes = view.processes.flatMap((p) => p.ptes);
  const changedPtes = allPtes.filter((p) => changed.has(p.key));
  const showAll = opts.all === true || allPtes.length <= few || changedPtes.length === 0;
  const sections: Section[] = [];

  // PTEs, per process.
  const pfns = new Set<number>();
  for (const proc of view.processes) {
    const ptes = showAll ? (opts.all || allPtes.length <= few ? proc.ptes : proc.ptes.filter((p) => p.kind !== 'none')) : proc.ptes.filter((p) => changed.has(p.key));
    if (!ptes.length) continue;
    for (const p of ptes) if (p.pfn !== undefined) pfns.add(p.pfn);
    const which = ptes.length === proc.ptes.length ? `${ptes.length} ptes` : showAll ? `${ptes.length} of ${proc.ptes.length} ptes (not none)` : `${ptes.length} of ${proc.ptes.length} ptes changed`;
    const lock = proc.mmapLock ? `, mmap lock ${asciiText(proc.mmapLock)}` : '';
    const holder = ptes[0].ptlHolder;
    const oneHolder = holder !== undefined && ptes.every((p) => p.ptlHolder === holder);
    const ptl = oneHolder ? `, ptl held by ${asciiText(holder)}` : '';
    sections.push({
      head: [`pid ${proc.pid} ${asciiText(proc.name)}: ${which}${lock}${ptl}`],
      rows: ptes.map((p) => pteRow(p, changed.has(p.key) ? '*' : ' ', oneHolder)),
      shown: ptes.length,
      noun: 'ptes',
    });
  }

  // Pages: those the shown PTEs or the migration arrays refer to, and those that changed.
  for (const a of view.arrays) for (const s of a.slots) if (s.pfn !== undefined) pfns.add(s.pfn);
  const pages = view.pages.filter((p) => pfns.has(p.pfn) || changed.has(p.key));
  // Changed pages first when they must be cut; otherwise in pfn order.
  pages.sort((a, b) => a.pfn - b.pfn);
  if (pages.length) {
    sections.push({ head: ['pages:'], rows: pages.map((p) => pageRow(p, changed.has(p.key) ? '*' : ' ')), shown: pages.length, noun: 'pages' });
  }

  sections.push(...arraySections(view.arrays, changed));

  // What is wrong right now.
  const alarms: string[][] = [];
  for (const v of view.violations) for (const l of wrap(`violation ${v.invariant}: ${v.message}`, WRAP, 3)) alarms.push([l]);
  for (const t of view.tlbs) {
    for (const e of t.entries) {
      if (e.stale) alarms.push([`stale tlb: cpu ${t.cpu} pid ${e.pid} ${e.addr} -> pfn ${hex(e.pfn)}${e.write ? ' (W)' : ''}`]);
    }
  }
  if (alarms.length) sections.unshift({ head: [], rows: alarms, shown: alarms.length, noun: 'lines' });

  if (!sections.length) return `(no ptes, pages or migration arrays in view at step ${view.step})`;
  fit(sections, max);

  const lines: string[] = [];
  for (const s of sections) {
    lines.push(...s.head);
    const kept = s.rows.slice(0, s.shown);
    // Changed rows are kept before unchanged ones when rows must be cut.
    if (s.shown < s.rows.length) {
      const marked = s.rows.filter((r) => r[0].startsWith('*'));
      const rest = s.rows.filter((r) => !r[0].startsWith('*'));
      kept.splice(0, kept.length, ...[...marked, ...rest].slice(0, s.shown));
      kept.sort((a, b) => s.rows.indexOf(a) - s.rows.indexOf(b));
    }
    lines.push(...(s.head.length === 0 ? kept.map((r) => r[0]) : align(kept).map((l) => '  ' + l)));
    if (s.shown < s.rows.length) lines.push(`  ... ${s.rows.length - s.shown} more ${s.noun}`);
  }
  return lines.map((l) => asciiText(l.length > MAX_LINE ? l.slice(0, MAX_LINE - 3) + '...' : l)).join('\n');
}
