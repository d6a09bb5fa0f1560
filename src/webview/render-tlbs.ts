// Renders the per-CPU TLBs. A TLB entry whose PTE no longer maps that pfn is stale: until
// flush_tlb_range() runs, that CPU can still read and write the old frame through it, which is
// why the collect walk must flush after installing migration entries and before copying.

import type { TlbEntryView, TlbView } from '../protocol/state';
import { changeMark, EDITED_TEXT, headRow, hex, pageLink, tlbKey } from './format';
import { rowSource } from './rows';
import { cx, h, lazyBody, VElement } from './vnode';
import type { RenderContext } from './render-ptes';

type CpuEntry = { cpu: number; e: TlbEntryView };

function renderEntry({ cpu, e }: CpuEntry, ctx: RenderContext): VElement {
  const key = tlbKey(cpu, e);
  const changed = ctx.changed.has(key);
  const culprit = ctx.culprits?.has(key) === true;
  const edited = ctx.edited?.has(key) === true;
  return h(
    'tr',
    { class: cx('row', 'tlb-entry', e.stale && 'stale', changed && 'changed', culprit && 'culprit', edited && 'edited'), 'data-key': key, tabindex: -1, title: edited ? EDITED_TEXT : undefined },
    changeMark(changed, culprit, edited),
    h('td', { class: 'num' }, String(cpu)),
    h('td', { class: 'num fold-3' }, String(e.pid)),
    h('td', { class: 'mono' }, e.addr),
    h('td', { class: 'mono' }, ctx.pagePfns.has(e.pfn) ? pageLink(e.pfn, hex(e.pfn)) : hex(e.pfn)),
    h('td', { class: 'fold-2' }, e.write ? 'read/write' : 'read-only'),
    h('td', { class: 'tlb-state' }, e.stale ? h('strong', { class: 'stale-mark' }, '⚠ stale') : 'current'),
  );
}

export function renderTlbs(tlbs: TlbView[], ctx: RenderContext): VElement {
  const entries: CpuEntry[] = tlbs.flatMap((t) => t.entries.map((e) => ({ cpu: t.cpu, e })));
  const total = entries.length;
  const stale = entries.filter((x) => x.e.stale).length;
  return h(
    'section',
    { class: 'tlbs', 'aria-label': 'TLBs' },
    h('h2', {}, 'TLBs'),
    h('p', { class: 'meta' }, `${tlbs.length} CPU${tlbs.length === 1 ? '' : 's'} · ${total} entr${total === 1 ? 'y' : 'ies'}`, stale ? ` · ${stale} stale` : ''),
    total
      ? h(
          'table',
          { class: 'grid tlb', role: 'grid', 'aria-label': 'TLB entries' },
          headRow(['cpu', { label: 'pid', cls: 'num', fold: 3 }, 'address', 'pfn', { label: 'access', cls: 'access', fold: 2 }, 'state']),
          lazyBody(rowSource(entries, { kind: 'tlb-entry', columns: 7, key: (x) => tlbKey(x.cpu, x.e), render: (x) => renderEntry(x, ctx) }, ctx.changed)),
        )
      : h('p', { class: 'empty' }, 'No cached translations.'),
  );
}
