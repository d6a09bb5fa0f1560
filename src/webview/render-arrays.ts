// Renders the migration control arrays (src/dst, or the 2016 patch's single `pfns` array): each
// slot's raw value, the pfn it encodes and its decoded MIGRATE_PFN_* flags. A slot that lost its
// MIGRATE flag is one the collect or lock & isolate stage gave up on.

import type { MigrateArrayView, MigrateSlotView } from '../protocol/state';
import { changeMark, headRow, hex, pageLink, slotKey } from './format';
import { cx, h, lazyBody, RowSource, VElement } from './vnode';
import type { RenderContext } from './render-ptes';

/** A row of the table: a slot, or the zero slots the view left out, said in one row. */
type Item = { slot: MigrateSlotView } | { zeros: { from: number; to: number; all: boolean } };

/** The rows: every slot sent, then the trailing zero slots as one row; all zero is one row saying so. */
export function arrayItems(a: MigrateArrayView): Item[] {
  const length = Math.max(a.length ?? 0, a.slots.length);
  if (length > 0 && a.slots.every((s) => s.raw === '0x0' || /^0x0+$/.test(s.raw))) return [{ zeros: { from: 0, to: length - 1, all: true } }];
  const items: Item[] = a.slots.map((slot) => ({ slot }));
  const next = a.slots.length ? a.slots[a.slots.length - 1].index + 1 : 0;
  if (length > next) items.push({ zeros: { from: next, to: length - 1, all: false } });
  return items;
}

/** Indexes of the slots of array `name` that StateView.changed names (`slot:<name>:<index>`). */
function changedSlots(name: string, changed: Iterable<string>): Set<number> {
  const prefix = slotKey(name, 0).slice(0, -1);
  const out = new Set<number>();
  for (const k of changed) {
    if (!k.startsWith(prefix)) continue;
    const rest = k.slice(prefix.length);
    const i = Number(rest);
    // Exactly the keys slotKey() makes: a decimal index as String(index) writes it.
    if (Number.isInteger(i) && String(i) === rest) out.add(i);
  }
  return out;
}

/**
 * The rows of one array, by index: the slots sent, then the trailing zero slots as one row (all
 * zero: one row). Changed slots are found from the few changed keys (no key is made per slot
 * at each stop); rows are made when they scroll into view.
 */
function arrayRows(a: MigrateArrayView, ctx: RenderContext): RowSource {
  const items = arrayItems(a);
  const zeroKey = (z: { from: number }): string => `${slotKey(a.name, z.from)}+`;
  const marked = changedSlots(a.name, ctx.changed);
  let changedCount = 0;
  for (const x of items) if ('slot' in x ? marked.size && marked.has(x.slot.index) : ctx.changed.has(zeroKey(x.zeros))) changedCount++;
  const key = (x: Item): string => ('slot' in x ? slotKey(a.name, x.slot.index) : zeroKey(x.zeros));
  return {
    kind: 'slot',
    count: items.length,
    columns: 5,
    changedCount,
    key: (i) => key(items[i]),
    id: () => undefined,
    row: (i) => {
      const x = items[i];
      return 'slot' in x ? renderSlot(a.name, x.slot, ctx) : renderZeros(a.name, x.zeros, zeroKey(x.zeros));
    },
  };
}

export function renderArray(a: MigrateArrayView, ctx: RenderContext): VElement {
  const length = Math.max(a.length ?? 0, a.slots.length);
  return h(
    'table',
    { class: 'grid migrate-array', role: 'grid', 'aria-label': `migration array ${a.name}` },
    h('caption', {}, `${a.name} (${length} slot${length === 1 ? '' : 's'})`),
    headRow(['index', 'raw', 'pfn', 'flags']),
    lazyBody(arrayRows(a, ctx)),
  );
}

function renderZeros(array: string, z: { from: number; to: number; all: boolean }, key: string): VElement {
  const n = z.to - z.from + 1;
  const what = z.all ? `all ${n} slot${n === 1 ? '' : 's'} 0` : n === 1 ? `slot [${z.from}] 0` : `slots [${z.from}]–[${z.to}] 0 (${n} slots)`;
  return h(
    'tr',
    { class: 'row slot zeros', 'data-key': key, tabindex: -1, 'aria-label': `${array}: ${what}` },
    h('td', { class: 'chg' }, ''),
    h('td', { class: 'zeros-text', colspan: 4 }, what),
  );
}

function renderSlot(array: string, s: MigrateSlotView, ctx: RenderContext): VElement {
  const key = slotKey(array, s.index);
  const changed = ctx.changed.has(key);
  const culprit = ctx.culprits?.has(key) === true;
  return h(
    'tr',
    { class: cx('row', 'slot', changed && 'changed', culprit && 'culprit'), 'data-key': key, tabindex: -1 },
    changeMark(changed, culprit),
    h('td', { class: 'num' }, `[${s.index}]`),
    h('td', { class: 'mono' }, s.raw),
    h('td', { class: 'mono' }, s.pfn === undefined ? '—' : ctx.pagePfns.has(s.pfn) ? pageLink(s.pfn, hex(s.pfn)) : hex(s.pfn)),
    h('td', { class: 'mono' }, s.flags.length ? s.flags.join(' | ') : '0'),
  );
}

export function renderArrays(arrays: MigrateArrayView[], ctx: RenderContext): VElement | null {
  if (!arrays.length) return null;
  return h('section', { class: 'arrays', 'aria-label': 'Migration arrays' }, h('h2', {}, 'Migration arrays'), arrays.map((a) => renderArray(a, ctx)));
}
