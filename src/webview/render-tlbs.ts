// Renders the per-CPU TLBs. A TLB entry whose PTE no longer maps that pfn is stale: until
// flush_tlb_range() runs, that CPU can still read and write the old frame through it, which is
// why the collect walk must flush after installing migration entries and before copying.

import type { TlbView } from '../protocol/state';
import { changeMark, headRow, hex, pageLink, tlbKey } from './format';
import { cx, h, VElement } from './vnode';
import type { RenderContext } from './render-ptes';

export function renderTlbs(tlbs: TlbView[], ctx: RenderContext): VElement {
  const total = tlbs.reduce((n, t) => n + t.entries.length, 0);
  const stale = tlbs.reduce((n, t) => n + t.entries.filter((e) => e.stale).length, 0);
  return h(
    'section',
    { class: 'tlbs', 'aria-label': 'TLBs' },
    h('h2', {}, 'TLBs'),
    h('p', { class: 'meta' }, `${tlbs.length} CPU${tlbs.length === 1 ? '' : 's'} · ${total} entr${total === 1 ? 'y' : 'ies'}`, stale ? ` · ${stale} stale` : ''),
    total
      ? h(
          'table',
          { class: 'grid tlb', role: 'grid', 'aria-label': 'TLB entries' },
          headRow(['cpu', 'pid', 'address', 'pfn', 'access', 'state']),
          h(
            'tbody',
            {},
            tlbs.flatMap((t) =>
              t.entries.map((e) => {
                const key = tlbKey(t.cpu, e);
                const changed = ctx.changed.has(key);
                return h(
                  'tr',
                  { class: cx('row', 'tlb-entry', e.stale && 'stale', changed && 'changed'), 'data-key': key, tabindex: -1 },
                  changeMark(changed),
                  h('td', { class: 'num' }, String(t.cpu)),
                  h('td', { class: 'num' }, String(e.pid)),
                  h('td', { class: 'mono' }, e.addr),
                  h('td', { class: 'mono' }, ctx.pagePfns.has(e.pfn) ? pageLink(e.pfn, hex(e.pfn)) : hex(e.pfn)),
                  h('td', {}, e.write ? 'read/write' : 'read-only'),
                  h('td', { class: 'tlb-state' }, e.stale ? h('strong', { class: 'stale-mark' }, '⚠ stale') : 'current'),
                );
              }),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No cached translations.'),
  );
}
