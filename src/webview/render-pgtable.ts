// Draws one process's page-table walk as SVG (VNodes; dom.ts creates them in the SVG namespace):
// the pgd -> p4d (folded) -> pud chain at the top, the pmd entries of the viewed range on the
// left, beside each its pte table (runs of alike PTEs, see pgtable-model.ts) with a rule and a
// label at every pmd boundary, and on the right the frames the PTEs and TLB entries point at, with
// arrows. Frames sit level with the first row that points at them, so most arrows run straight.
// Colours come from CSS classes (media/state.css) over VS Code theme variables; what matters never
// rests on colour alone: changed rows carry Δ, culprits ✖, the current address ▶, migration
// entries a dashed outline and arrow, stale TLB entries "stale" and a dashed arrow. Every box is a
// tab stop and its rows are reachable with the arrow keys (picture-keys.ts); Enter shows the row
// in the tables below.

import type { PageView, ProcessView, TlbView } from '../protocol/state';
import { hex, pageRowId, pteRowId, tlbKey } from './format';
import { addrOf, hexOf, Marks, PMD_SPAN, pteIndex, PteRun, PteTable, walkOf } from './pgtable-model';
import { cx, h, VElement } from './vnode';

export interface PictureContext extends Marks {
  pages: ReadonlyMap<number, PageView>;
  tlbs: readonly TlbView[];
}

/** Geometry (px of the viewBox; the SVG scales down to the panel's width). */
export const W = 480;
const RH = 18;
const COL_A = { x: 0, w: 70 };
const COL_B = { x: 86, w: 214 };
const COL_C = { x: 340, w: 140 };
const TOP = 62;

const KIND_SHORT: Record<string, string> = {
  none: 'none',
  present: 'present',
  migration: 'migration',
  'device-private': 'dev-private',
  'device-exclusive': 'dev-exclusive',
  swap: 'swap',
};

const BIT_SHORT: Record<string, string> = { write: 'W', dirty: 'D', young: 'A', 'soft-dirty': 'sd', 'uffd-wp': 'uw', exclusive: 'x' };

function bitsText(r: PteRun): string {
  const bits = r.ptes[0]?.bits ?? [];
  return bits.map((b) => BIT_SHORT[b] ?? b).join('');
}

function marks(r: { changed: number; culprit: boolean; focus?: boolean }): string {
  return `${r.culprit ? '✖' : ''}${r.changed ? 'Δ' : ''}${r.focus ? '▶' : ''}`;
}

function text(x: number, y: number, s: string, cls?: string, anchor?: string): VElement {
  return h('text', { x, y, class: cls, 'text-anchor': anchor }, s);
}

function title(s: string): VElement {
  return h('title', {}, s);
}

interface Frame {
  first: number;
  last: number;
  y: number;
  device: boolean;
}

interface Arrow {
  x1: number;
  y1: number;
  frame: Frame;
  cls: string;
}

/** Frames in the right column, each level with the first row that points at it (or lower). */
class FrameColumn {
  readonly frames: Frame[] = [];
  private nextY = TOP + RH;
  constructor(private readonly pages: ReadonlyMap<number, PageView>) {}

  find(pfn: number): Frame | undefined {
    return this.frames.find((f) => pfn >= f.first && pfn <= f.last);
  }

  at(first: number, last: number, y: number): Frame {
    const have = this.frames.find((f) => f.first === first && f.last === last) ?? (first === last ? this.find(first) : undefined);
    if (have) return have;
    const zone = this.pages.get(first)?.zone;
    const f: Frame = { first, last, y: Math.max(y, this.nextY), device: zone !== undefined && zone !== 'ram' };
    this.nextY = f.y + RH + 2;
    this.frames.push(f);
    return f;
  }

  get bottom(): number {
    return this.nextY;
  }
}

function frameLabel(f: Frame, pages: ReadonlyMap<number, PageView>): { label: string; tip: string } {
  if (f.first !== f.last) {
    const n = f.last - f.first + 1;
    return { label: `${f.device ? 'dev ' : ''}${hex(f.first)}–${hex(f.last)} ×${n}`, tip: `${n} frames ${hex(f.first)}–${hex(f.last)}` };
  }
  const p = pages.get(f.first);
  if (!p) return { label: `${hex(f.first)} (not shown)`, tip: `pfn ${hex(f.first)}: no page in the view` };
  const label = `${f.device ? 'dev ' : ''}${hex(p.pfn)} r${p.refcount}/m${p.mapcount}${p.locked ? ' L' : ''}${p.free ? ' free' : ''}`;
  const tip = `pfn ${hex(p.pfn)} ${p.zone}${p.owner ? ` (${p.owner})` : ''}: refcount ${p.refcount}, mapcount ${p.mapcount}${p.locked ? `, locked${p.lockHolder ? ' by ' + p.lockHolder : ''}` : ''}${p.free ? ', free' : ''}`;
  return { label, tip };
}

function runLabel(r: PteRun): { label: string; tip: string } {
  if (r.skipped !== undefined) {
    return { label: `⋯ ${r.skipped} ptes in ${r.skippedRuns} runs${r.changed ? ` (${r.changed} Δ)` : ''}`, tip: `${r.skipped} PTEs not drawn; Enter shows the first in the table` };
  }
  const first = r.ptes[0];
  const last = r.ptes[r.ptes.length - 1];
  const n = r.ptes.length;
  const idx = n === 1 ? `[${pteIndex(addrOf(first.addr))}]` : `[${pteIndex(addrOf(first.addr))}–${pteIndex(addrOf(last.addr))}]`;
  const kind = KIND_SHORT[r.kind] ?? r.kind;
  const bits = bitsText(r);
  const m = marks(r);
  const label = `${m ? m + ' ' : ''}${idx} ${kind}${n > 1 ? ` ×${n}` : ''}${bits ? ' ' + bits : ''}`;
  const tip = n === 1 ? `${first.addr}: ${first.text}${first.ptlHolder ? ` (ptl held by ${first.ptlHolder})` : ''}` : `${first.addr}–${last.addr}: ${n} × ${kind}`;
  return { label, tip: `${tip}${r.culprit ? ' — culprit of the violation' : ''}${r.changed ? ' — changed since previous stop' : ''}` };
}

function arrowPath(a: Arrow): VElement {
  const x2 = COL_C.x;
  const y2 = a.frame.y + RH / 2;
  const d = `M${a.x1} ${a.y1} C${a.x1 + 20} ${a.y1} ${x2 - 20} ${y2} ${x2 - 2} ${y2}`;
  return h('path', { d, class: cx('arrow', a.cls), 'marker-end': 'url(#mm-arrowhead)' });
}

function drawTable(t: PteTable, y: number, pid: number, ctx: PictureContext, frames: FrameColumn, arrows: Arrow[], multiPud: boolean): { node: VElement; pmd: VElement; height: number } {
  const end = t.base + PMD_SPAN - 1;
  const headH = RH * 2;
  const rows: VElement[] = [];
  let ry = y + headH;
  for (const r of t.runs) {
    const { label, tip } = runLabel(r);
    const first = r.ptes[0];
    const target = first ? pteRowId(first) : undefined;
    rows.push(
      h(
        'g',
        {
          class: cx('pt-row', 'pte-run', `kind-${r.kind}`, r.changed > 0 && 'changed', r.culprit && 'culprit', r.focus && 'focus', r.skipped !== undefined && 'skipped'),
          tabindex: -1,
          role: 'listitem',
          'data-ref': first?.key,
          'data-target': target,
          'aria-label': `${label.replace('✖', 'culprit').replace('Δ', 'changed').replace('▶', 'current address')}. ${tip}`,
          transform: `translate(${COL_B.x} ${ry})`,
        },
        title(tip),
        h('rect', { class: 'row-box', x: 0, y: 0, width: COL_B.w, height: RH }),
        text(4, 13, label, 'row-text'),
      ),
    );
    if (r.pfnFirst !== undefined && r.skipped === undefined) {
      const f = frames.at(r.pfnFirst, r.pfnLast ?? r.pfnFirst, ry);
      arrows.push({ x1: COL_B.x + COL_B.w, y1: ry + RH / 2, frame: f, cls: `from-${r.kind}` });
    }
    ry += RH;
  }
  const name = `${multiPud ? `pud[${t.pud}] ` : ''}pmd[${t.pmd}]`;
  const head = t.populated ? `pte table ${name}${t.used !== undefined ? ` · ${t.used}/512` : ''}` : `no pte table (${name} is none)`;
  const focusNote = t.focus && ctx.focus !== undefined ? ` ▶ addr ${hexOf(ctx.focus)}` : '';
  const label = `${head}, ${hexOf(t.base)}–${hexOf(end)}, ${t.ptes} PTEs shown${t.changed ? `, ${t.changed} changed` : ''}${t.culprit ? ', holds a culprit' : ''}${t.focus ? ', the current address is here' : ''}`;
  const node = h(
    'g',
    {
      class: cx('pt-box', 'pte-table', !t.populated && 'unpopulated', t.focus && 'focus-pmd', t.culprit && 'culprit'),
      tabindex: 0,
      role: 'list',
      'aria-label': label,
      'data-base': hexOf(t.base),
      'data-pmd': t.pmd,
    },
    title(label),
    h('rect', { class: 'box', x: COL_B.x, y, width: COL_B.w, height: ry - y }),
    text(COL_B.x + 4, y + 13, `${t.focus ? '▶ ' : ''}${head}`, 'box-title'),
    text(COL_B.x + 4, y + 13 + RH, `${hexOf(t.base)}–${hexOf(end)}${focusNote ? '' : ''}`, 'box-sub'),
    rows,
  );
  const pmd = h(
    'g',
    { class: cx('pmd-entry', t.focus && 'focus-pmd', !t.populated && 'unpopulated') },
    h('rect', { class: 'row-box', x: COL_A.x + 4, y, width: COL_A.w - 8, height: RH }),
    text(COL_A.x + 8, y + 13, `${t.focus ? '▶' : ''}[${t.pmd}]`, 'row-text'),
    h('path', { class: 'arrow from-pmd', d: `M${COL_A.x + COL_A.w - 4} ${y + RH / 2} L${COL_B.x - 2} ${y + RH / 2}`, 'marker-end': 'url(#mm-arrowhead)' }),
  );
  return { node, pmd, height: ry - y };
}

function upperChain(walk: ReturnType<typeof walkOf>): VElement[] {
  const box = (x: number, name: string, line: string, cls: string): VElement =>
    h('g', { class: cx('pt-box', 'upper', cls), tabindex: 0, role: 'list', 'aria-label': `${name}: ${line}` }, h('rect', { class: 'box', x, y: 4, width: 130, height: 36 }), text(x + 6, 18, name, 'box-title'), text(x + 6, 34, line, 'box-sub'));
  const pgd = walk.pgd.map((i) => `[${i}]`).join(' ');
  const pud = walk.pud.map((i) => `[${i}]`).join(' ');
  const arrow = (x1: number, x2: number): VElement => h('path', { class: 'arrow', d: `M${x1} 22 L${x2} 22`, 'marker-end': 'url(#mm-arrowhead)' });
  return [
    box(0, 'pgd', `${pgd} → p4d`, 'pgd'),
    arrow(130, 173),
    box(175, 'p4d (folded)', `${pgd} → pud`, 'p4d'),
    arrow(305, 348),
    box(350, 'pud', `${pud} → pmd`, 'pud'),
    h('path', { class: 'arrow', d: `M415 40 L415 50 L35 50 L35 ${TOP - 2}`, 'marker-end': 'url(#mm-arrowhead)' }),
  ];
}

function drawTlbs(pid: number, y: number, ctx: PictureContext, frames: FrameColumn, arrows: Arrow[]): { node: VElement | null; height: number } {
  const entries = ctx.tlbs.flatMap((t) => t.entries.filter((e) => e.pid === pid).map((e) => ({ cpu: t.cpu, e })));
  if (!entries.length) return { node: null, height: 0 };
  const rows: VElement[] = [];
  let ry = y + RH;
  for (const { cpu, e } of entries.slice(0, 64)) {
    const key = tlbKey(cpu, e);
    const changed = ctx.changed.has(key);
    const culprit = ctx.culprits.has(key);
    const label = `${culprit ? '✖' : ''}${changed ? 'Δ' : ''}${culprit || changed ? ' ' : ''}cpu${cpu} ${e.addr} ${e.write ? 'W' : 'R'}${e.stale ? ' ⚠ stale' : ''}`;
    rows.push(
      h(
        'g',
        {
          class: cx('pt-row', 'tlb-run', e.stale && 'stale', changed && 'changed', culprit && 'culprit'),
          tabindex: -1,
          role: 'listitem',
          'data-ref': key,
          'data-target': ctx.pages.has(e.pfn) ? pageRowId(e.pfn) : undefined,
          'aria-label': `TLB of CPU ${cpu}: ${e.addr} → pfn ${hex(e.pfn)}${e.stale ? ', stale: the PTE no longer maps this frame' : ''}`,
          transform: `translate(${COL_B.x} ${ry})`,
        },
        title(`CPU ${cpu} caches ${e.addr} → pfn ${hex(e.pfn)} (${e.write ? 'read/write' : 'read-only'})${e.stale ? ' — STALE until flush_tlb_range()' : ''}`),
        h('rect', { class: 'row-box', x: 0, y: 0, width: COL_B.w, height: RH }),
        text(4, 13, label, 'row-text'),
      ),
    );
    const f = frames.find(e.pfn) ?? frames.at(e.pfn, e.pfn, ry);
    arrows.push({ x1: COL_B.x + COL_B.w, y1: ry + RH / 2, frame: f, cls: e.stale ? 'from-stale' : 'from-tlb' });
    ry += RH;
  }
  const node = h(
    'g',
    { class: 'pt-box tlb-box', tabindex: 0, role: 'list', 'aria-label': `TLB entries of process ${pid}: ${entries.length}` },
    h('rect', { class: 'box', x: COL_B.x, y, width: COL_B.w, height: ry - y }),
    text(COL_B.x + 4, y + 13, `TLB entries (${entries.length})`, 'box-title'),
    rows,
  );
  return { node, height: ry - y };
}

/** The picture of one process's walk (null when it shows no PTEs). */
export function renderPicture(proc: ProcessView, ctx: PictureContext): VElement | null {
  if (!proc.ptes.length) return null;
  const walk = walkOf(proc, ctx);
  const frames = new FrameColumn(ctx.pages);
  const arrows: Arrow[] = [];
  const tables: VElement[] = [];
  const pmds: VElement[] = [];
  const boundaries: VElement[] = [];
  const multiPud = walk.pud.length > 1;
  let y = TOP + RH;
  walk.tables.forEach((t, k) => {
    if (k > 0) {
      const prev = walk.tables[k - 1];
      const contiguous = prev.base + PMD_SPAN === t.base;
      const left = t.skippedBefore;
      boundaries.push(
        h(
          'g',
          { class: 'pmd-boundary', 'data-at': hexOf(t.base) },
          h('line', { x1: 0, y1: y + 12, x2: COL_B.x + COL_B.w, y2: y + 12, class: 'boundary-line' }),
          text(COL_B.x + COL_B.w, y + 9, left ? `⋯ ${left.tables} pte tables (${left.ptes} PTEs) not drawn · ${hexOf(t.base)}` : `${contiguous ? 'pmd boundary' : 'gap, next pmd'} ${hexOf(t.base)}`, 'boundary-label', 'end'),
        ),
      );
      y += 18;
    }
    const d = drawTable(t, y, proc.pid, ctx, frames, arrows, multiPud);
    tables.push(d.node);
    pmds.push(d.pmd);
    y += d.height + 6;
  });
  const pmdBox = h(
    'g',
    { class: 'pt-box pmd-table', tabindex: 0, role: 'list', 'aria-label': `pmd table: ${walk.tables.length} entr${walk.tables.length === 1 ? 'y' : 'ies'} in the range` },
    h('rect', { class: 'box', x: COL_A.x, y: TOP, width: COL_A.w, height: y - TOP }),
    text(COL_A.x + 4, TOP + 13, 'pmd', 'box-title'),
    pmds,
  );
  const tlb = drawTlbs(proc.pid, y + 8, ctx, frames, arrows);
  if (tlb.node) y += 8 + tlb.height;
  const frameRows = frames.frames.map((f) => {
    const { label, tip } = frameLabel(f, ctx.pages);
    const page = ctx.pages.get(f.first);
    return h(
      'g',
      {
        class: cx('pt-row', 'frame', f.device ? 'device' : 'ram', page?.locked && 'locked', page?.free && 'free', page && ctx.changed.has(page.key) && 'changed', page && ctx.culprits.has(page.key) && 'culprit'),
        tabindex: -1,
        role: 'listitem',
        'data-ref': page?.key,
        'data-target': page ? pageRowId(page.pfn) : undefined,
        'aria-label': tip,
        transform: `translate(${COL_C.x} ${f.y})`,
      },
      title(tip),
      h('rect', { class: 'row-box', x: 0, y: 0, width: COL_C.w, height: RH }),
      text(4, 13, `${page && ctx.culprits.has(page.key) ? '✖' : ''}${page && ctx.changed.has(page.key) ? 'Δ' : ''}${label}`, 'row-text'),
    );
  });
  const framesBox = h(
    'g',
    { class: 'pt-box frames', tabindex: 0, role: 'list', 'aria-label': `frames the PTEs and TLB entries point at: ${frames.frames.length}` },
    text(COL_C.x, TOP + 13, 'frames', 'box-title'),
    frameRows,
  );
  const height = Math.max(y, frames.bottom) + 8;
  return h(
    'svg',
    {
      class: 'pgtable-picture',
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${W} ${height}`,
      width: W,
      height,
      role: 'group',
      'aria-label': `Page-table walk of process ${proc.pid}: ${walk.tables.length} pte table${walk.tables.length === 1 ? '' : 's'}`,
      'data-pid': proc.pid,
      'data-tables': walk.tables.length,
    },
    h('defs', {}, h('marker', { id: 'mm-arrowhead', viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, h('path', { d: 'M0 0 L8 4 L0 8 z', class: 'arrowhead' }))),
    upperChain(walk),
    boundaries,
    pmdBox,
    tables,
    tlb.node,
    framesBox,
    h('g', { class: 'arrows', 'aria-hidden': 'true' }, arrows.map(arrowPath)),
  );
}
