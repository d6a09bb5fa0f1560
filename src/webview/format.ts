// Formatting and naming helpers shared by the state-view renderers: pfns in hex as the kernel
// prints them, the ids/keys that link a PTE row to the page row it maps, and change marking.

import type { LruState, PageView, PteView, TlbEntryView, Zone } from '../protocol/state';
import { h, VElement } from './vnode';

export function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** DOM id of a page row; PTE rows, TLB entries and migrate slots link to it. */
export function pageRowId(pfn: number): string {
  return `page-${hex(pfn)}`;
}

export function pteRowId(p: Pick<PteView, 'pid' | 'addr'>): string {
  return `pte-${p.pid}-${p.addr}`;
}

/** Change key of a TLB entry (StateView.changed uses `tlb:<cpu>:<pid>:<addr>`). */
export function tlbKey(cpu: number, e: Pick<TlbEntryView, 'pid' | 'addr'>): string {
  return `tlb:${cpu}:${e.pid}:${e.addr}`;
}

/** Change key of a migrate array slot (StateView.changed uses `slot:<array>:<index>`). */
export function slotKey(array: string, index: number): string {
  return `slot:${array}:${index}`;
}

export function zoneText(z: Zone): string {
  switch (z) {
    case 'ram':
      return 'RAM';
    case 'device-private':
      return 'device private';
    case 'device-coherent':
      return 'device coherent';
  }
}

/**
 * Where the page sits with respect to the LRU. An isolated page has been taken off the LRU by
 * isolate_lru_page() and holds an extra reference for that; a page in the per-CPU add batch is
 * not on the LRU list yet, so isolation fails until lru_add_drain() runs.
 */
export function lruText(l: LruState): string {
  switch (l) {
    case 'lru':
      return 'on LRU';
    case 'isolated':
      return 'isolated';
    case 'batch':
      return 'per-CPU batch';
    case 'none':
      return 'not on LRU';
  }
}

export function lockText(p: Pick<PageView, 'locked' | 'lockHolder' | 'lockWaiters'>): string {
  let s = p.locked ? `locked${p.lockHolder ? ' by ' + p.lockHolder : ''}` : 'unlocked';
  if (p.lockWaiters.length) s += `; waiting: ${p.lockWaiters.join(', ')}`;
  return s;
}

/** A state key as a reader says it: `page:258` → `page 0x102`, `pte:1:0x7f…` → `pte 0x7f… (pid 1)`. */
export function keyText(key: string): string {
  const [kind, ...rest] = key.split(':');
  if (kind === 'page' && /^\d+$/.test(rest[0] ?? '')) return `page ${hex(Number(rest[0]))}`;
  if (kind === 'pte' && rest.length === 2) return `pte ${rest[1]} (pid ${rest[0]})`;
  if (kind === 'tlb' && rest.length === 3) return `TLB entry ${rest[2]} (cpu ${rest[0]}, pid ${rest[1]})`;
  if (kind === 'slot' && rest.length >= 2) return `${rest.slice(0, -1).join(':')}[${rest[rest.length - 1]}]`;
  return key;
}

/** The change marker: a text glyph with an accessible name, so change is never colour alone. A culprit of a violation gets ✖ before it. */
export function changeMark(changed: boolean, culprit = false, edited = false): VElement {
  return h(
    'td',
    { class: 'chg' },
    culprit ? h('span', { class: 'culprit-mark', role: 'img', 'aria-label': 'culprit of the violation', title: 'culprit of the violation' }, '✖') : '',
    edited ? h('span', { class: 'edited-mark', role: 'img', 'aria-label': EDITED_TEXT, title: EDITED_TEXT }, '✎') : '',
    changed ? h('span', { class: 'delta', role: 'img', 'aria-label': 'changed since previous stop', title: 'changed since previous stop' }, 'Δ') : '',
  );
}

/** What the ✎ mark says: the value was set by hand (Set Value), not by the code that runs. */
export const EDITED_TEXT = 'set by the debugger (Set Value) at this step';

/** A link that moves focus to a page row (handled by keyboard.ts on click and Enter). */
export function pageLink(pfn: number, label?: string): VElement {
  return h(
    'a',
    { class: 'page-link', href: '#' + pageRowId(pfn), 'data-target': pageRowId(pfn), 'aria-label': `go to page ${hex(pfn)}` },
    label ?? `→ pfn ${hex(pfn)}`,
  );
}

/**
 * A column: its header and the class its cells carry. `fold` 2 and 3 are the columns a narrow
 * panel folds away (state.css container queries), 3 first; the row's tooltip still has them.
 */
export type Column = string | { label: string; cls: string; fold?: 2 | 3 };

/** Table header row with the leading change-marker column. */
export function headRow(cols: Column[]): VElement {
  return h(
    'thead',
    {},
    h(
      'tr',
      {},
      h('th', { class: 'chg', scope: 'col', 'aria-label': 'changed' }, 'Δ'),
      cols.map((c) => (typeof c === 'string' ? h('th', { scope: 'col' }, c) : h('th', { scope: 'col', class: `${c.cls}${c.fold ? ` fold-${c.fold}` : ''}` }, c.label))),
    ),
  );
}
