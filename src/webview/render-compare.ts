// "Compare with step N" as two moments side by side (issue 10): the state at step N and the
// current state as two columns, each row drawn by the panel's own row renderers (render-ptes.ts,
// render-pages.ts) so both sides look exactly like the panel, aligned object by object (a pair of
// rows per PTE, page, TLB entry, migration slot, lock) and the rows that differ marked as changed
// on both sides. By default only the differing objects are listed; "show unchanged" lists every
// object of both moments (bounded). In a narrow panel the pairs stack: step N above now. Pure.

import type { LockView, PageView, ProcessView, PteView, StateView } from '../protocol/state';
import { renderPageRow, reverseMap } from './render-pages';
import { renderPteRow, type RenderContext } from './render-ptes';
import { cx, h, isElement, VElement, VNode } from './vnode';

/** Pairs listed at most (the rest are counted). */
export const MAX_COMPARE_ROWS = 400;

type Group = 'pte' | 'page' | 'tlb' | 'slot' | 'lock';

interface Side {
  s: StateView;
  ctx: RenderContext;
  rmap: Map<number, { id: string; label: string }[]>;
  ptes: Map<string, PteView>;
  pages: Map<string, PageView>;
  text: Map<string, string>;
}

function side(s: StateView, differ: ReadonlySet<string>): Side {
  const ptes = new Map<string, PteView>();
  for (const p of s.processes) for (const e of p.ptes) ptes.set(e.key, e);
  const pages = new Map(s.pages.map((p) => [p.key, p]));
  const text = new Map<string, string>();
  for (const t of s.tlbs) for (const e of t.entries) text.set(`tlb:${t.cpu}:${e.pid}:${e.addr}`, `CPU ${t.cpu}: pid ${e.pid} ${e.addr} → pfn 0x${e.pfn.toString(16)}${e.write ? ' (write)' : ''}${e.stale ? ' STALE' : ''}`);
  for (const a of s.arrays) for (const x of a.slots) text.set(`slot:${a.name}:${x.index}`, `${a.name}[${x.index}] = ${x.raw}${x.flags.length ? ' ' + x.flags.join(' ') : ''}`);
  for (const l of s.locks) text.set(`lock:${l.name}`, lockText(l));
  const ctx: RenderContext = {
    changed: differ,
    pagePfns: new Set(s.pages.map((p) => p.pfn)),
    culprits: new Set(s.violations.flatMap((v) => v.culprits ?? [])),
    pages: new Map(s.pages.map((p) => [p.pfn, p])),
    tlbs: s.tlbs,
  };
  return { s, ctx, rmap: reverseMap(s.processes), ptes, pages, text };
}

function lockText(l: LockView): string {
  return `${l.name} (${l.kind}): ${l.holder ? `held by ${l.holder}` : 'free'}${l.waiters.length ? `, waiting: ${l.waiters.join(', ')}` : ''}`;
}

/** A row renderer's output, made fit for a second copy in the document (no ids, no tab stop). */
function copy(n: VElement): VElement {
  const attrs = { ...n.attrs, id: undefined, tabindex: undefined };
  return { ...n, attrs, children: n.children.map((c: VNode) => (isElement(c) ? copy(c) : c)) };
}

/** Keys of both moments in the panel's order: processes by pid and address, pages, TLBs, slots, locks. */
function orderedKeys(a: StateView, b: StateView): { key: string; group: Group; pid?: number }[] {
  const out: { key: string; group: Group; pid?: number }[] = [];
  const seen = new Set<string>();
  const push = (key: string, group: Group, pid?: number): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, group, ...(pid !== undefined ? { pid } : {}) });
  };
  const pids = [...new Set([...a.processes, ...b.processes].map((p) => p.pid))].sort((x, y) => x - y);
  const proc = (s: StateView, pid: number): ProcessView | undefined => s.processes.find((p) => p.pid === pid);
  for (const pid of pids) {
    const rows = [...(proc(b, pid)?.ptes ?? []), ...(proc(a, pid)?.ptes ?? [])].sort((x, y) => Number(BigInt(x.addr) - BigInt(y.addr)));
    for (const e of rows) push(e.key, 'pte', pid);
  }
  for (const p of [...b.pages, ...a.pages].sort((x, y) => x.pfn - y.pfn)) push(p.key, 'page');
  for (const s of [b, a]) for (const t of s.tlbs) for (const e of t.entries) push(`tlb:${t.cpu}:${e.pid}:${e.addr}`, 'tlb');
  for (const s of [b, a]) for (const x of s.arrays) for (const sl of x.slots) push(`slot:${x.name}:${sl.index}`, 'slot');
  for (const s of [b, a]) for (const l of s.locks) push(`lock:${l.name}`, 'lock');
  return out;
}

/** The value of a key at one moment, comparable (a row's data). */
function valueOf(x: Side, key: string, group: Group): string | undefined {
  if (group === 'pte') {
    const e = x.ptes.get(key);
    return e && JSON.stringify(e);
  }
  if (group === 'page') {
    const p = x.pages.get(key);
    return p && JSON.stringify(p);
  }
  return x.text.get(key);
}

/** The keys whose value differs between the two moments (also those only one has). */
export function differingKeys(at: StateView, now: StateView): string[] {
  const a = side(at, new Set());
  const b = side(now, new Set());
  return orderedKeys(at, now)
    .filter((k) => valueOf(a, k.key, k.group) !== valueOf(b, k.key, k.group))
    .map((k) => k.key);
}

const COLUMNS: Record<Group, number> = { pte: 6, page: 11, tlb: 1, slot: 1, lock: 1 };

function cell(x: Side, key: string, group: Group, label: string, differs: boolean): VElement {
  let row: VElement;
  const absent = (): VElement =>
    h('tr', { class: cx('row', 'absent', differs && 'changed') }, h('td', { class: 'absent', colspan: COLUMNS[group] }, group === 'pte' ? 'not in view' : 'not there'));
  if (group === 'pte') {
    const e = x.ptes.get(key);
    row = e ? copy(renderPteRow(e, x.ctx)) : absent();
  } else if (group === 'page') {
    const p = x.pages.get(key);
    row = p ? copy(renderPageRow(p, x.ctx, x.rmap)) : absent();
  } else {
    const t = x.text.get(key);
    row = t !== undefined ? h('tr', { class: cx('row', differs && 'changed') }, h('td', { class: 'mono' }, t)) : absent();
  }
  return h('td', { class: cx('tl-side', label === 'then' ? 'tl-then' : 'tl-now'), 'data-side': label === 'then' ? `step ${x.s.step}` : `now, step ${x.s.step}` }, h('section', { class: 'tl-side-box' }, h('table', { class: cx('grid', group === 'page' ? 'pages' : group === 'pte' ? 'ptes' : undefined) }, h('tbody', {}, row))));
}

const GROUP_TITLE: Record<Group, string> = { pte: 'PTEs', page: 'Pages', tlb: 'TLB entries', slot: 'Migration slots', lock: 'Locks' };

export interface CompareUi {
  /** List the objects that are the same at both moments too. */
  all?: boolean;
}

/** "Compare with step N": the state at N beside the current one, aligned row by row. */
export function renderCompare(step: number, at: StateView | undefined, now: StateView | undefined, error?: string, ui: CompareUi = {}): VElement {
  const close = h('button', { type: 'button', class: 'tl-compare-close', 'aria-label': 'Close the comparison' }, '✕ close');
  if (!at || !now) {
    return h('section', { class: 'tl-comparison', 'aria-label': `Comparison with step ${step}` }, h('div', { class: 'tl-compare-head' }, h('p', { class: 'note', role: 'alert' }, `Cannot compare with step ${step}: ${error ?? 'no state'}`), close));
  }
  const keys = orderedKeys(at, now);
  const plain = { a: side(at, new Set()), b: side(now, new Set()) };
  const differ = new Set(keys.filter((k) => valueOf(plain.a, k.key, k.group) !== valueOf(plain.b, k.key, k.group)).map((k) => k.key));
  const a = side(at, differ);
  const b = side(now, differ);
  const listed = ui.all ? keys : keys.filter((k) => differ.has(k.key));
  const shown = listed.slice(0, MAX_COMPARE_ROWS);
  const rows: VElement[] = [];
  let group = '';
  for (const k of shown) {
    const g = `${k.group}${k.pid !== undefined ? ':' + k.pid : ''}`;
    if (g !== group) {
      group = g;
      const title = k.group === 'pte' ? `Process ${k.pid}: PTEs` : GROUP_TITLE[k.group];
      rows.push(h('tr', { class: 'tl-group' }, h('th', { colspan: 2, scope: 'colgroup' }, title)));
    }
    const d = differ.has(k.key);
    rows.push(h('tr', { class: cx('tl-pair', d && 'tl-differs'), 'data-compare-key': k.key }, cell(a, k.key, k.group, 'then', d), cell(b, k.key, k.group, 'now', d)));
  }
  const more = listed.length - shown.length;
  const heading = `Step ${step}${at.stage ? ` (${at.stage})` : ''} ↔ now, step ${now.step}${now.stage ? ` (${now.stage})` : ''}: ${differ.size ? `${differ.size} difference${differ.size === 1 ? '' : 's'}` : 'no differences'}`;
  return h(
    'section',
    { class: 'tl-comparison', 'aria-label': `Comparison of step ${step} with step ${now.step}`, 'data-compare-step': step, 'data-differences': differ.size },
    // The close button heads the comparison: a long one scrolls, and the end may be out of view.
    h('div', { class: 'tl-compare-head' }, h('h2', {}, heading), close),
    h(
      'label',
      { class: 'tl-compare-all-label' },
      h('input', { type: 'checkbox', class: 'tl-compare-all', checked: ui.all === true }),
      ' show unchanged objects too',
    ),
    rows.length
      ? h(
          'table',
          { class: 'tl-side-by-side', 'aria-label': `Step ${step} beside step ${now.step}` },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'tl-then' }, `step ${step}${at.stage ? ` · ${at.stage}` : ''}`), h('th', { scope: 'col', class: 'tl-now' }, `now · step ${now.step}${now.stage ? ` · ${now.stage}` : ''}`))),
          h('tbody', {}, rows),
        )
      : h('p', { class: 'note' }, 'The PTEs, pages, TLB entries, migration slots and locks shown are the same at both steps.'),
    more > 0 ? h('p', { class: 'note tl-compare-more' }, `… and ${more} more (${listed.length} in all)`) : null,
  );
}
