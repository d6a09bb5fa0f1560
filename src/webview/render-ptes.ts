// Renders one process of the state view: its VMAs, mmap lock, the picture of its page-table walk
// (render-pgtable.ts, with the export buttons) and the page-table entries of the scenario's
// range. Columns run from what a reviewer reads first (address, kind, the page it maps) to the
// bits and the raw value, which a narrow panel folds away (the row's tooltip keeps the decoded
// entry and the raw value). A migration entry still names the old pfn: the page stays locked until
// remove_migration_ptes() replaces the entry, so following that link shows the page a faulting
// CPU would wait on.

import type { PageView, ProcessView, PteView, TlbView } from '../protocol/state';
import { changeMark, EDITED_TEXT, headRow, pageLink, pageRowId, pteRowId } from './format';
import { renderPicture } from './render-pgtable';
import { rowSource } from './rows';
import { cx, h, lazyBody, VElement } from './vnode';

export interface RenderContext {
  changed: ReadonlySet<string>;
  /** pfns present in StateView.pages (a set, or the pages by pfn): a PTE can only link to a page that is shown. */
  pagePfns: { has(pfn: number): boolean };
  /** Keys the violations name as their culprits (ViolationView.culprits). */
  culprits?: ReadonlySet<string>;
  /** What the debugger set at this step (StateView.edited: page:<pfn>:<field>, pte and TLB keys). */
  edited?: ReadonlySet<string>;
  /** For the page-table picture: pages by pfn, the TLBs, the current stop's address. */
  pages?: ReadonlyMap<number, PageView>;
  tlbs?: readonly TlbView[];
  focus?: number;
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
  const culprit = ctx.culprits?.has(p.key) === true;
  const edited = ctx.edited?.has(p.key) === true;
  const linked = p.pfn !== undefined && ctx.pagePfns.has(p.pfn);
  const target = linked ? pageRowId(p.pfn as number) : undefined;
  return h(
    'tr',
    {
      id: pteRowId(p),
      class: cx('row', 'pte', `kind-${p.kind}`, changed && 'changed', culprit && 'culprit', edited && 'edited'),
      'data-key': p.key,
      'data-target': target,
      title: `${p.addr}: ${p.text}${p.ptlHolder ? ` (ptl held by ${p.ptlHolder})` : ''} · raw ${p.raw}${culprit ? ' · culprit of the violation' : ''}${edited ? ` · ${EDITED_TEXT}` : ''}`,
      tabindex: -1,
    },
    changeMark(changed, culprit, edited),
    h('td', { class: 'addr mono' }, p.addr),
    h('td', { class: 'kind' }, h('span', { class: cx('badge', `kind-${p.kind}`) }, kindLabel(p))),
    h('td', { class: 'link' }, linked ? pageLink(p.pfn as number) : p.pfn !== undefined ? `pfn 0x${p.pfn.toString(16)} (not shown)` : '—'),
    h('td', { class: 'bits mono fold-2' }, p.bits.join(' '), p.ptlHolder ? h('span', { class: 'note' }, `${p.bits.length ? ' · ' : ''}ptl: ${p.ptlHolder}`) : ''),
    h('td', { class: 'raw mono fold-3' }, p.raw),
  );
}

export function renderProcess(proc: ProcessView, ctx: RenderContext): VElement {
  const title = `Process ${proc.pid}${proc.name ? ' — ' + proc.name : ''}`;
  const vmas = proc.vmas.map((v) => `${v.start}–${v.end}${v.flags.length ? ' ' + v.flags.join('|') : ''}`);
  const rows = rowSource<PteView>(proc.ptes, { kind: 'pte', columns: 6, key: (p) => p.key, id: pteRowId, render: (p) => renderPteRow(p, ctx) }, ctx.changed);
  const nChanged = rows.changedCount;
  let picture: VElement | null;
  try {
    picture = renderPicture(proc, {
      changed: ctx.changed,
      culprits: ctx.culprits ?? new Set(),
      pages: ctx.pages ?? new Map(),
      tlbs: ctx.tlbs ?? [],
      focus: ctx.focus,
    });
  } catch (e) {
    // The picture is an aid: if it cannot be drawn, the tables still show the state.
    picture = h('p', { class: 'picture-error', role: 'note' }, `cannot draw the page-table picture: ${e instanceof Error ? e.message : String(e)}`);
  }
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
    picture && picture.tag !== 'svg'
      ? picture
      : picture
      ? h(
          'div',
          { class: 'picture', 'data-pid': proc.pid },
          h(
            'div',
            { class: 'picture-tools', role: 'toolbar', 'aria-label': `Export the picture of process ${proc.pid}` },
            h('button', { type: 'button', class: 'export', 'data-export': 'svg', 'data-pid': proc.pid, title: 'Save this picture as an SVG file' }, 'Export SVG'),
            h('button', { type: 'button', class: 'export', 'data-export': 'text', 'data-pid': proc.pid, title: 'Open the picture and the state excerpt as text, for a review reply' }, 'Export as text'),
          ),
          picture,
        )
      : null,
    proc.ptes.length
      ? h(
          'table',
          { class: 'grid ptes', role: 'grid', 'aria-label': `PTEs of process ${proc.pid}` },
          headRow([
            { label: 'address', cls: 'addr' },
            { label: 'kind', cls: 'kind' },
            { label: 'maps', cls: 'link' },
            { label: 'bits', cls: 'bits', fold: 2 },
            { label: 'raw', cls: 'raw', fold: 3 },
          ]),
          lazyBody(rows),
        )
      : h('p', { class: 'empty' }, 'No page-table entries in the range.'),
  );
}
