// Renders the physical frames (RAM and device) of the state view: struct page state a reviewer
// checks while stepping — refcount against mapcount (extra references from isolation, pins and
// holders show up as the difference), PG_locked with holder and waiters, LRU state, content —
// and, in reverse, which PTEs currently refer to the frame.

import type { PageView, ProcessView } from '../protocol/state';
import { changeMark, EDITED_TEXT, headRow, hex, lockText, lruText, pageRowId, pteRowId, zoneText } from './format';
import { rowSource } from './rows';
import { cx, h, lazyBody, VElement } from './vnode';
import type { RenderContext } from './render-ptes';

/** The page fields Set Value changes (StateView.edited names them page:<pfn>:<field>). */
export const PAGE_SET_FIELDS = ['refcount', 'mapcount', 'locked', 'lru', 'pins', 'dirty', 'content'];

/** pfn → PTE rows that refer to it (present, migration and device entries alike). */
export function reverseMap(processes: ProcessView[]): Map<number, { id: string; label: string }[]> {
  const m = new Map<number, { id: string; label: string }[]>();
  for (const proc of processes) {
    for (const p of proc.ptes) {
      if (p.pfn === undefined) continue;
      const list = m.get(p.pfn) ?? [];
      list.push({ id: pteRowId(p), label: `${proc.pid}:${p.addr}${p.kind === 'present' ? '' : ` (${p.kind})`}` });
      m.set(p.pfn, list);
    }
  }
  return m;
}

function flagsText(p: PageView): string {
  const f = [...p.flags];
  const add = (cond: boolean, name: string): void => {
    if (cond && !f.includes(name)) f.push(name);
  };
  add(p.dirty, 'dirty');
  add(p.anon, 'anon');
  add(p.anonExclusive, 'anon-exclusive');
  return f.join(' ');
}

export function renderPageRow(p: PageView, ctx: RenderContext, rmap: Map<number, { id: string; label: string }[]>): VElement {
  const changed = ctx.changed.has(p.key);
  const culprit = ctx.culprits?.has(p.key) === true;
  // The fields the debugger set at this step: their cells are marked, the row says which.
  const set = ctx.edited?.size ? PAGE_SET_FIELDS.filter((f) => ctx.edited!.has(`${p.key}:${f}`)) : [];
  const ed = (f: string): string | false => set.includes(f) && 'edited';
  const refs = rmap.get(p.pfn) ?? [];
  const flags = flagsText(p);
  const zone = `${zoneText(p.zone)}${p.owner ? ` (${p.owner})` : ''}`;
  return h(
    'tr',
    {
      id: pageRowId(p.pfn),
      class: cx('row', 'page', `zone-${p.zone}`, changed && 'changed', culprit && 'culprit', set.length > 0 && 'edited', p.locked && 'locked', p.free && 'free'),
      'data-key': p.key,
      // Every field, for the columns a narrow panel folds away.
      title: `pfn ${hex(p.pfn)}${p.free ? ' (free)' : ''} · refcount ${p.refcount} · mapcount ${p.mapcount} · ${lockText(p)} · ${lruText(p.lru)} · pins ${p.pins} · ${zone}${p.content !== undefined ? ` · content ${p.content}` : ''}${flags ? ` · ${flags}` : ''} · mapped by ${refs.length ? refs.map((r) => r.label).join(', ') : 'nothing'}${culprit ? ' · culprit of the violation' : ''}${set.length ? ` · ${set.join(', ')} ${EDITED_TEXT}` : ''}`,
      tabindex: -1,
    },
    changeMark(changed, culprit, set.length > 0),
    h('td', { class: 'pfn mono' }, hex(p.pfn), p.free ? h('span', { class: 'note' }, ' (free)') : ''),
    h('td', { class: cx('num refcount', ed('refcount')) }, String(p.refcount)),
    h('td', { class: cx('num mapcount', ed('mapcount')) }, String(p.mapcount)),
    h('td', { class: cx('lock', p.locked && 'is-locked', ed('locked')) }, lockText(p)),
    h('td', { class: cx('lru', `lru-${p.lru}`, 'fold-2', ed('lru')) }, lruText(p.lru)),
    h('td', { class: cx('num pins fold-2', ed('pins')) }, String(p.pins)),
    h('td', { class: 'zone fold-3' }, zone),
    h('td', { class: cx('content mono fold-3', ed('content')) }, p.content ?? ''),
    h('td', { class: cx('flags mono fold-3', ed('dirty')) }, flags),
    h(
      'td',
      { class: 'mapped-by mono fold-2' },
      refs.length
        ? refs.flatMap((r, i) => [
            i ? ', ' : '',
            h('a', { class: 'pte-link', href: '#' + r.id, 'data-target': r.id, 'aria-label': `go to PTE ${r.label}` }, r.label),
          ])
        : '—',
    ),
  );
}

export function renderPages(pages: PageView[], processes: ProcessView[], ctx: RenderContext): VElement {
  // Built when the first page row is (rows are built as they scroll into view), not per stop.
  let rmap: Map<number, { id: string; label: string }[]> | undefined;
  const refs = (): Map<number, { id: string; label: string }[]> => (rmap ??= reverseMap(processes));
  const rows = rowSource(pages, { kind: 'page', columns: 11, key: (p) => p.key, id: (p) => pageRowId(p.pfn), render: (p) => renderPageRow(p, ctx, refs()) }, ctx.changed);
  const nChanged = rows.changedCount;
  return h(
    'section',
    { class: 'pages', 'aria-label': 'Pages' },
    h('h2', {}, 'Pages'),
    h('p', { class: 'meta' }, `${pages.length} frame${pages.length === 1 ? '' : 's'}`, nChanged ? ` · ${nChanged} changed` : ''),
    pages.length
      ? h(
          'table',
          { class: 'grid pages', role: 'grid', 'aria-label': 'Pages' },
          headRow([
            { label: 'pfn', cls: 'pfn' },
            { label: 'ref', cls: 'refcount num' },
            { label: 'map', cls: 'mapcount num' },
            { label: 'lock', cls: 'lock' },
            { label: 'LRU', cls: 'lru', fold: 2 },
            { label: 'pins', cls: 'pins num', fold: 2 },
            { label: 'zone', cls: 'zone', fold: 3 },
            { label: 'content', cls: 'content', fold: 3 },
            { label: 'flags', cls: 'flags', fold: 3 },
            { label: 'mapped by', cls: 'mapped-by', fold: 2 },
          ]),
          lazyBody(rows),
        )
      : h('p', { class: 'empty' }, 'No pages.'),
  );
}
