// "Set value…" from the state panel, the part without VS Code (unit-tested in plain Node): which
// model value a panel key names (a page field page:<pfn>:<field>, a pte pte:<pid>:<addr>, a TLB
// entry tlb:<cpu>:<pid>:<addr>), its current value in the stop's StateView (what the input box
// starts with), the check of what the user typed (the box says what is wrong before anything is
// sent; the debug adapter checks again and has the last word), and the setExpression the adapter
// takes for it (src/debug/model-edits.ts, data-breakpoints.ts: the edit is recorded in the run).

import type { StateView } from '../protocol/state';

/** The page fields the panel offers, in the order of its columns. */
export const PANEL_PAGE_FIELDS = ['refcount', 'mapcount', 'locked', 'lru', 'pins', 'dirty', 'content'] as const;
export type PanelPageField = (typeof PANEL_PAGE_FIELDS)[number];

export type SetTarget =
  | { kind: 'page'; pfn: number; field: PanelPageField }
  | { kind: 'pte'; pid: number; addr: string }
  | { kind: 'tlb'; cpu: number; pid: number; addr: string };

const PAGE_KEY = /^page:(\d{1,15})$/;
const PTE_KEY = /^pte:(\d{1,10}):(0x[0-9a-f]{1,13})$/;
const TLB_KEY = /^tlb:(\d{1,4}):(\d{1,10}):(0x[0-9a-f]{1,13})$/;

/** A key of the panel's rows as something Set Value changes; a page needs a field. */
export function parseSetKey(key: string, field?: string): SetTarget | { error: string } {
  let m = PAGE_KEY.exec(key);
  if (m) {
    if (field === undefined) return { error: 'choose a field of the page' };
    if (!(PANEL_PAGE_FIELDS as readonly string[]).includes(field)) return { error: `the page field '${field.slice(0, 40)}' cannot be set (${PANEL_PAGE_FIELDS.join(', ')} can)` };
    return { kind: 'page', pfn: Number(m[1]), field: field as PanelPageField };
  }
  if (field !== undefined) return { error: `only a page's fields are chosen by name, not those of '${key.slice(0, 60)}'` };
  if ((m = PTE_KEY.exec(key))) return { kind: 'pte', pid: Number(m[1]), addr: m[2] };
  if ((m = TLB_KEY.exec(key))) return { kind: 'tlb', cpu: Number(m[1]), pid: Number(m[2]), addr: m[3] };
  return { error: `'${key.slice(0, 60)}' is no page, pte or TLB entry of the panel` };
}

const hex = (n: number): string => '0x' + n.toString(16);

/** "page 0x100 refcount", "the pte of pid 1 at 0x7f0000000000", "CPU 0's TLB entry for pid 1 at 0x7f…". */
export function describeTarget(t: SetTarget): string {
  if (t.kind === 'page') return `page ${hex(t.pfn)} ${t.field}`;
  if (t.kind === 'pte') return `the pte of pid ${t.pid} at ${t.addr}`;
  return `CPU ${t.cpu}'s TLB entry for pid ${t.pid} at ${t.addr}`;
}

/** The expression of the adapter's setExpression for the target (the panel's own keys). */
export function expressionOf(t: SetTarget): string {
  if (t.kind === 'page') return `page:${hex(t.pfn)}:${t.field}`;
  if (t.kind === 'pte') return `pte:${t.pid}:${t.addr}`;
  return `tlb:${t.cpu}:${t.pid}:${t.addr}`;
}

/** The target's value in `state` as the input box starts with it; undefined when the state does not show it. */
export function currentValue(state: StateView | undefined, t: SetTarget): string | undefined {
  if (!state) return undefined;
  if (t.kind === 'page') {
    const p = state.pages.find((x) => x.pfn === t.pfn);
    if (!p) return undefined;
    switch (t.field) {
      case 'locked':
      case 'dirty':
        return String(p[t.field]);
      case 'content':
        return p.content ?? '';
      default:
        return String(p[t.field]);
    }
  }
  if (t.kind === 'pte') {
    for (const proc of state.processes) if (proc.pid === t.pid) return proc.ptes.find((e) => e.addr === t.addr)?.text;
    return undefined;
  }
  const e = state.tlbs.find((c) => c.cpu === t.cpu)?.entries.find((x) => x.pid === t.pid && x.addr === t.addr);
  return e ? `pfn ${hex(e.pfn)}${e.write ? ' (write)' : ''}` : 'none';
}

/** What the input box says about each field (its prompt). */
export function promptOf(t: SetTarget): string {
  if (t.kind === 'pte') return 'The pte in the form the panel shows (present(W,D) -> pfn 0x101, none, migration(W) -> pfn 0x100, ...) or its raw value (0x...)';
  if (t.kind === 'tlb') return "The translation CPU caches: 'pfn 0x102', 'pfn 0x102 (write)', or 'none' to invalidate the entry";
  switch (t.field) {
    case 'refcount':
    case 'mapcount':
      return `The page's ${t.field}: a whole number`;
    case 'pins':
      return 'Pins (pin_user_pages references): a whole number; the refcount follows by the same amount';
    case 'locked':
      return 'PG_locked: true or false (held from outside the simulation, as another task holding the lock)';
    case 'dirty':
      return 'PG_dirty: true or false';
    case 'lru':
      return "'lru' (on an LRU list) or 'none'; isolating takes isolate_lru_page";
    case 'content':
      return 'The page content (text)';
  }
}

const BOOL = /^(true|false|1|0|yes|no)$/i;
const COUNT = /^(\d{1,9}|0x[0-9a-f]{1,8})$/i;
const MAX_TEXT = 4096;

/** Why `text` cannot be the target's value (the input box shows it), or undefined when it may be. */
export function checkValue(t: SetTarget, text: string): string | undefined {
  const s = text.trim();
  if (text.length > MAX_TEXT) return `at most ${MAX_TEXT} characters`;
  if (t.kind === 'page') {
    switch (t.field) {
      case 'refcount':
      case 'mapcount':
      case 'pins':
        return COUNT.test(s) ? undefined : `${t.field} is a whole number (0 or more), not '${s.slice(0, 40)}'`;
      case 'locked':
      case 'dirty':
        return BOOL.test(s) ? undefined : `${t.field} is true or false (1/0, yes/no), not '${s.slice(0, 40)}'`;
      case 'lru':
        return s === 'lru' || s === 'none' ? undefined : `lru is 'lru' or 'none', not '${s.slice(0, 40)}'`;
      case 'content':
        return undefined;
    }
  }
  return s ? undefined : 'a value is needed';
}
