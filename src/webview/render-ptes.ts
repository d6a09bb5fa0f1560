// Renders one process of the state view: its VMAs, mmap lock and the page-table entries of the
// scenario's range, each PTE with its decoded text, its kind, and a link to the page it maps.
// Columns run from what a reviewer reads first to the raw bits, so a narrow panel still shows
// the essentials. A migration entry still names the old pfn: the page stays locked until remove_migration_ptes()
// replaces the entry, so following that link shows the page a faulting CPU would wait on.

import type { ProcessView, PteView } from '../protocol/state';
import { changeMark, headRow, pageLink, pageRowId, pteRowId } from './format';
import { rowSource } from './rows';
import { cx, h, lazyBody, VElement } from './vnode';

export interface RenderContext {
  changed: ReadonlySet<string>;
  /** pfns present in StateView.pages: a PTE can only link to a page that is shown. */
  pagePfns: ReadonlySet<number>;
}

function kindLabel(p: PteView): string {
  switch (p.kind) {
    case 'none':
      return 'none';
    case 'present':
      return 'present';
    case 'migration':
      return 'migration entry';
    case 'device-private':
      return 'device private';
    case 'device-exclusive':
      return 'device exclusive';
    case 'swap':
      return 'swap';
  }
}

export function renderPteRow(p: PteView, ctx: RenderContext): VElement {
  const changed = ctx.changed.has(p.key);
  const linked = p.pfn !== undefined && ctx.pagePfns.has(p.pfn);
  const target = linked ? pageRowId(p.pfn as number) : undefined;
  return h(
    'tr',
    {
      id: pteRowId(p),
      class: cx('row', 'pte', `kind-${p.kind}`, changed && 'changed'),
      'data-key': p.key,
      'data-target': target,
      tabindex: -1,
    },
    changeMark(changed),
    h('td', { class: 'addr mono' }, p.addr),
    h('td', { class: 'text mono' }, p.text, p.ptlHolder ? h('span', { class: 'note' }, ` (ptl held by ${p.ptlHolder})`) : ''),
    h('td', { class: 'link' }, linked ? pageLink(p.pfn as number) : p.pfn !== undefined ? `pfn 0x${p.pfn.toString(16)} (not shown)` : ''),
    h('td', { class: 'kind' }, h('span', { class: cx('badge', `kind-${p.kind}`) }, kindLabel(p))),
    h('td', { class: 'raw mono' }, p.raw),
  );
}

export function renderProcess(proc: ProcessView, ctx: RenderContext): VElement {
  const title = `Process ${proc.pid}${proc.name ? ' — ' + proc.name : ''}`;
  const vmas = proc.vmas.map((v) => `${v.start}–${v.end}${v.flags.length ? ' ' + v.flags.join('|') : ''}`);
  const rows = rowSource<PteView>(proc.ptes, { kind: 'pte', columns: 6, key: (p) => p.key, id: pteRowId, render: (p) => renderPteRow(p, ctx) }, ctx.changed);
  const nChanged = rows.changedCount;
  return h(
    'section',
    { class: 'process', 'aria-label': `${title}: page table entries`, 'data-pid': proc.pid },
    h('h2', {}, title),
    h(
      'p',
      { class: 'meta' },
      vmas.length ? `VMA ${vmas.join(', ')}` : 'no VMAs',
      proc.mmapLock ? ` · mmap lock: ${proc.mmapLock}` : '',
      ` · ${proc.ptes.length} PTE${proc.ptes.length === 1 ? '' : 's'}`,
      nChanged ? ` · ${nChanged} changed` : '',
    ),
    proc.ptes.length
      ? h(
          'table',
          { class: 'grid ptes', role: 'grid', 'aria-label': `PTEs of process ${proc.pid}` },
          headRow(['address', 'entry', 'maps', 'kind', 'raw']),
          lazyBody(rows),
        )
      : h('p', { class: 'empty' }, 'No page-table entries in the range.'),
  );
}
