// Renders the migration control arrays (src/dst, or the 2016 patch's single `pfns` array): each
// slot's raw value, the pfn it encodes and its decoded MIGRATE_PFN_* flags. A slot that lost its
// MIGRATE flag is one the collect or lock & isolate stage gave up on.

import type { MigrateArrayView, MigrateSlotView } from '../protocol/state';
import { changeMark, headRow, hex, pageLink, slotKey } from './format';
import { rowSource } from './rows';
import { cx, h, lazyBody, VElement } from './vnode';
import type { RenderContext } from './render-ptes';

export function renderArray(a: MigrateArrayView, ctx: RenderContext): VElement {
  return h(
    'table',
    { class: 'grid migrate-array', role: 'grid', 'aria-label': `migration array ${a.name}` },
    h('caption', {}, a.name),
    headRow(['index', 'raw', 'pfn', 'flags']),
    lazyBody(
      rowSource(
        a.slots,
        {
          kind: 'slot',
          columns: 5,
          key: (s: MigrateSlotView) => slotKey(a.name, s.index),
          render: (s: MigrateSlotView) => renderSlot(a.name, s, ctx),
        },
        ctx.changed,
      ),
    ),
  );
}

function renderSlot(array: string, s: MigrateSlotView, ctx: RenderContext): VElement {
  const key = slotKey(array, s.index);
  const changed = ctx.changed.has(key);
  return h(
    'tr',
    { class: cx('row', 'slot', changed && 'changed'), 'data-key': key, tabindex: -1 },
    changeMark(changed),
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
