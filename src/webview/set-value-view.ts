// "Set value…" in the state webview: the buttons the note of a clicked page, PTE or TLB row
// offers (a page: one per field the debugger can set; a PTE or TLB entry: the entry), and the
// line that says how the last one went. The request goes to the host (timeline-view.ts posts
// setValue; F2 on a focused row asks for the row as the Variables view's F2 does), which asks for
// the value in an input box and sets it through the debug adapter; the new state then comes as
// the stop's state, the value marked ✎ (render-pages.ts, render-ptes.ts, render-tlbs.ts). Pure.

import { PAGE_SET_FIELDS } from './render-pages';
import { h, VElement } from './vnode';

export interface ValueSetShown {
  key: string;
  field?: string;
  ok: boolean;
  what?: string;
  value?: string;
  message?: string;
  step?: number;
}

/** What Set value offers for a row key: a page's fields, or the PTE / TLB entry itself. */
export function setOffers(key: string): { field?: string; label: string }[] {
  if (/^page:\d+$/.test(key)) return PAGE_SET_FIELDS.map((f) => ({ field: f, label: f }));
  if (key.startsWith('pte:')) return [{ label: 'the PTE…' }];
  if (key.startsWith('tlb:')) return [{ label: 'the TLB entry…' }];
  return [];
}

/** The note's "Set value" buttons for `key` (none for a key that has nothing to set). */
export function renderSetOffers(key: string): VElement | null {
  const offers = setOffers(key);
  if (!offers.length) return null;
  return h(
    'div',
    { class: 'tl-set-values', role: 'group', 'aria-label': 'Set value' },
    h('span', {}, 'Set value: '),
    offers.map((o) =>
      h(
        'button',
        { type: 'button', class: 'tl-set-value', 'data-set-key': key, 'data-set-field': o.field, title: `Set ${o.field ?? 'its value'} (asks for the new value; recorded in the run, step back undoes it). F2 on a row does the same.` },
        o.label,
      ),
    ),
  );
}

/** How the last Set value went. */
export function renderValueSet(v: ValueSetShown): VElement {
  const what = v.what ?? (v.field ? `${v.key} ${v.field}` : v.key);
  if (!v.ok) return h('p', { class: 'tl-value-set failed', role: 'alert' }, `Cannot set ${what}: ${v.message ?? 'refused'}`);
  return h(
    'p',
    { class: 'tl-value-set', role: 'status' },
    h('span', { class: 'edited-mark', 'aria-hidden': 'true' }, '✎ '),
    `${what} set to ${v.value ?? '?'}${v.step !== undefined ? ` at step ${v.step}` : ''} — recorded in the run: step back undoes it, going forward again applies it again.`,
  );
}
