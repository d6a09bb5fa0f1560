// Composes the whole state view from one StateView: the header (step, stage, change count),
// invariant violations, warnings, each process's PTEs, the pages, the migration arrays, TLBs and locks.
// Pure: the same StateView always gives the same VNode tree, which tests inspect directly.

import type { PageView, StateView, ViolationView } from '../protocol/state';
import { h, rowSources, VElement } from './vnode';
import { renderProcess, RenderContext } from './render-ptes';
import { renderPages } from './render-pages';
import { renderTlbs } from './render-tlbs';
import { renderLocks } from './render-locks';
import { renderArrays } from './render-arrays';
import { renderWarnings } from './render-warnings';
import { keyText } from './format';

/** What the webview reports back to the host after rendering (tests read it through the API). */
export interface RenderSummary {
  step: number;
  stage?: string;
  ptes: number;
  pages: number;
  /** Rows marked as changed since the previous stop. */
  changed: number;
  violations: number;
  /** Warnings shown (only when there are any). */
  warnings?: number;
  /** Values the debugger set at this step, marked ✎ (only when there are any). */
  edited?: number;
}

function renderHeader(s: StateView, changedRows: number): VElement {
  return h(
    'header',
    { class: 'summary', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'step' }, `Step ${s.step}`),
    h('span', { class: 'stage' }, s.stage ? `Stage: ${s.stage}` : 'Stage: —'),
    h('span', { class: 'changed-count' }, changedRows ? `Δ ${changedRows} changed since previous stop` : 'no changes since previous stop'),
    s.violations.length ? h('span', { class: 'violation-count' }, `⚠ ${s.violations.length} violation${s.violations.length === 1 ? '' : 's'}`) : '',
    s.warnings?.length ? h('span', { class: 'warning-count-summary' }, `${s.warnings.length} warning${s.warnings.length === 1 ? '' : 's'}`) : '',
  );
}

function renderViolations(v: ViolationView[]): VElement | null {
  if (!v.length) return null;
  return h(
    'section',
    { class: 'violations', role: 'alert', 'aria-label': 'Invariant violations' },
    h('h2', {}, 'Invariant violations'),
    h(
      'ul',
      {},
      v.map((x) =>
        h(
          'li',
          { class: 'violation' },
          h('strong', {}, `⚠ ${x.invariant}: `),
          x.message,
          x.at ? h('span', { class: 'note', title: `${x.at.file}:${x.at.line}:${x.at.column}` }, ` (at ${x.at.file.replace(/^.*[\\/]/, '')}:${x.at.line}:${x.at.column})`) : '',
          x.culprits?.length ? h('span', { class: 'culprit-list' }, ' · culprits ✖ ', x.culprits.map(keyText).join(', ')) : '',
        ),
      ),
    ),
  );
}

/** The view shown before any debug session has sent a state. */
export function renderEmpty(): VElement {
  return h(
    'main',
    { id: 'state', class: 'empty-state' },
    h('p', {}, 'No simulation state yet. Start debugging an mmstep scenario (a *.mmstep.yaml file) and the page and PTE state appears here at every stop.'),
  );
}

export function renderState(s: StateView): VElement {
  // One map of the pages by pfn: the links (pagePfns) and the picture's frames use it.
  const pages = new Map<number, PageView>();
  for (const p of s.pages) pages.set(p.pfn, p);
  const ctx: RenderContext = {
    changed: new Set(s.changed),
    pagePfns: pages,
    // For the culprit marks and the page-table picture (render-pgtable.ts).
    culprits: new Set(s.violations.flatMap((v) => v.culprits ?? [])),
    ...(s.edited?.length ? { edited: new Set(s.edited) } : {}),
    pages,
    tlbs: s.tlbs,
    focus: s.focus ? parseInt(s.focus.addr.slice(2), 16) : undefined,
  };
  const body: (VElement | null)[] = [
    renderViolations(s.violations),
    renderWarnings(s.warnings),
    ...s.processes.map((p) => renderProcess(p, ctx)),
    renderPages(s.pages, s.processes, ctx),
    renderArrays(s.arrays, ctx),
    renderTlbs(s.tlbs, ctx),
    renderLocks(s.locks),
  ];
  const content = h('div', { class: 'content' }, body.filter((x): x is VElement => x !== null));
  const changedRows = rowSources(content).reduce((n, r) => n + r.changedCount, 0);
  return h('main', { id: 'state', 'data-step': s.step }, renderHeader(s, changedRows), content);
}

/** Counts what `tree` shows (every row, whether or not it is in view). */
export function summarize(s: StateView, tree: VElement): RenderSummary {
  const sources = rowSources(tree);
  const rows = (kind: string): number => sources.reduce((n, r) => n + (r.kind === kind ? r.count : 0), 0);
  return {
    step: s.step,
    stage: s.stage,
    ptes: rows('pte'),
    pages: rows('page'),
    changed: sources.reduce((n, r) => n + r.changedCount, 0),
    violations: s.violations.length,
    ...(s.warnings?.length ? { warnings: s.warnings.length } : {}),
    ...(s.edited?.length ? { edited: s.edited.length } : {}),
  };
}
