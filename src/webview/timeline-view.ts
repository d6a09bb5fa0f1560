// The timeline in the state webview: a region above the state (#timeline-root) that shows the
// strip, the "compare with step N" result (two moments side by side) and the note of a clicked
// PTE, page or TLB entry, and turns the
// user's clicks, scrubbing and keys into requests to the host (gotoStep, compare,
// revealLastWrite, dataBreakpoint). main.ts hands it the host's timeline messages and the
// current state; everything else lives here, so the panel's own rendering is untouched.

import { parseStateView } from '../protocol/check-state';
import type { StateView } from '../protocol/state';
import { checkTimelineView, type LastWriteView, type TimelineView } from '../protocol/timeline';
import { createNode, patchNode } from './dom';
import { renderCompare, renderLastWrite, renderTimeline, STRIP_WIDTH, xStep, type TimelineUi } from './render-timeline';
import type { TimelineFromWebview } from './timeline-messages';
import { renderValueSet, type ValueSetShown } from './set-value-view';
import { h, VElement } from './vnode';

type Post = (m: TimelineFromWebview) => void;

interface Shown {
  timeline?: TimelineView;
  compare?: { step: number; state?: StateView; error?: string };
  note?: { key: string; result?: LastWriteView; error?: string; dataBreakpoints: boolean; pending?: boolean };
  dataBreakpoint?: { dataId: string; ok: boolean; message?: string };
  valueSet?: ValueSetShown;
  ui: TimelineUi;
}

let host: HTMLElement | undefined;
let post: Post = () => undefined;
let now: StateView | undefined;
const shown: Shown = { ui: {} };

function build(): VElement {
  const parts: (VElement | null)[] = [
    shown.timeline ? renderTimeline(shown.timeline, shown.ui) : null,
    shown.compare && now ? renderCompare(shown.compare.step, shown.compare.state, now, shown.compare.error, { all: shown.ui.compareAll }) : null,
    shown.note ? renderLastWrite(shown.note.key, shown.note.result, shown.note.error, shown.note.dataBreakpoints, shown.note.pending) : null,
    shown.dataBreakpoint
      ? h('p', { class: 'tl-data-breakpoint-result note', role: 'status' }, shown.dataBreakpoint.ok ? `Data breakpoint set on ${shown.dataBreakpoint.dataId} (see the Breakpoints view).` : `No data breakpoint on ${shown.dataBreakpoint.dataId}: ${shown.dataBreakpoint.message ?? 'refused'}`)
      : null,
    shown.valueSet ? renderValueSet(shown.valueSet) : null,
  ];
  return h('div', { class: 'timeline-region' }, parts.filter((x): x is VElement => x !== null));
}

function paint(): void {
  if (!host) return;
  const tree = build();
  const old = host.firstChild;
  const node = old ? patchNode(host.ownerDocument, old, tree, () => undefined) : createNode(host.ownerDocument, tree);
  if (node !== old) host.replaceChildren(node);
  // A dragged slider keeps its own value; after a move it shows the new position.
  const scrub = host.querySelector<HTMLInputElement>('input.tl-scrub');
  if (scrub && shown.timeline && shown.ui.preview === undefined) scrub.value = String(shown.timeline.position);
  keepFocusedRowVisible(host);
}

/**
 * The region is sticky above the state: as it grows (a note, a comparison, a status line) it
 * would cover the row the user works on. Scrolling keeps clear of it (scroll-padding-top, through
 * the CSSOM: the CSP allows no style attribute), and the focused row moves out from under it.
 */
function keepFocusedRowVisible(region: HTMLElement): void {
  const doc = region.ownerDocument;
  const box = region.getBoundingClientRect();
  doc.documentElement.style.setProperty('scroll-padding-top', `${Math.ceil(box.height)}px`);
  const row = (doc.activeElement as HTMLElement | null)?.closest?.<HTMLElement>('#root [data-key]');
  if (row && row.getBoundingClientRect().top < box.bottom) row.scrollIntoView({ block: 'nearest' });
}

/** A move asked for while the debugger was still moving: made when it has arrived. */
let pending: number | undefined;

function go(step: number): void {
  if (!shown.timeline) return;
  if (shown.ui.busy) {
    pending = step;
    return;
  }
  shown.ui.preview = undefined;
  if (step === shown.timeline.position) return paint();
  shown.ui.busy = true;
  paint();
  post({ type: 'gotoStep', step });
}

/** Creates the region above `root` and listens to it and to clicks on state rows. */
export function installTimeline(root: HTMLElement, send: Post): void {
  post = send;
  const doc = root.ownerDocument;
  host = doc.createElement('div');
  host.id = 'timeline-root';
  root.parentNode?.insertBefore(host, root);
  // Its own style sheet, beside state.css (same origin: allowed by the CSP's style-src).
  const base = doc.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
  if (base?.href && /state\.css(\?|$)/.test(base.href)) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = base.href.replace(/state\.css(?=\?|$)/, 'timeline.css');
    if (base.nonce) link.nonce = base.nonce;
    doc.head.appendChild(link);
  }
  const el = host;
  el.addEventListener('click', (ev) => {
    const t = ev.target as Element;
    if (t.closest('.tl-compare-close')) {
      shown.compare = undefined;
      post({ type: 'compare', step: null });
      return paint();
    }
    if (t.closest('.tl-last-write-close')) {
      shown.note = undefined;
      shown.dataBreakpoint = undefined;
      return paint();
    }
    const sv = t.closest<HTMLElement>('[data-set-key]');
    if (sv?.dataset.setKey) return post({ type: 'setValue', key: sv.dataset.setKey, ...(sv.dataset.setField ? { field: sv.dataset.setField } : {}) });
    const db = t.closest<HTMLElement>('[data-data-id]');
    if (db?.dataset.dataId) return post({ type: 'dataBreakpoint', dataId: db.dataset.dataId });
    const target = t.closest<Element>('[data-goto-step]');
    const step = target?.getAttribute('data-goto-step');
    if (step !== null && step !== undefined && step !== '') return go(Number(step));
    const svg = t.closest<SVGSVGElement>('svg.tl-strip');
    if (svg && shown.timeline) {
      const r = svg.getBoundingClientRect();
      if (r.width > 0) go(xStep(((ev as MouseEvent).clientX - r.left) * (STRIP_WIDTH / r.width), shown.timeline.recorded));
    }
  });
  el.addEventListener('input', (ev) => {
    const t = ev.target as HTMLInputElement;
    if (t.classList.contains('tl-scrub')) {
      shown.ui.preview = Number(t.value);
      paint();
    } else if (t.classList.contains('tl-compare-step')) shown.ui.compareText = t.value;
  });
  el.addEventListener('change', (ev) => {
    const t = ev.target as HTMLInputElement;
    if (t.classList.contains('tl-scrub')) go(Number(t.value));
    else if (t.classList.contains('tl-compare-all')) {
      shown.ui.compareAll = t.checked;
      paint();
    }
  });
  el.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const input = el.querySelector<HTMLInputElement>('input.tl-compare-step');
    const n = Number(input?.value);
    if (!input || input.value === '' || !Number.isSafeInteger(n) || n < 0) return;
    shown.compare = { step: n, error: 'waiting for the debugger…' };
    paint();
    post({ type: 'compare', step: n });
  });
  // [ and ] move to the previous / next mark from anywhere in the panel.
  doc.addEventListener('keydown', (ev) => {
    if (ev.key !== '[' && ev.key !== ']') return;
    if ((ev.target as Element | null)?.closest?.('input[type="number"]')) return;
    const b = el.querySelector<HTMLButtonElement>(ev.key === '[' ? 'button.tl-prev' : 'button.tl-next');
    if (b && !b.disabled) {
      ev.preventDefault();
      b.click();
    }
  });
  // A PTE or page row of the state: where was it last written? (click, or W on the focused row)
  const ask = (row: HTMLElement | null): void => {
    const key = row?.dataset.key;
    if (!key || !/^(pte|page|tlb):/.test(key)) return;
    shown.note = { key, dataBreakpoints: false, pending: true };
    shown.dataBreakpoint = undefined;
    paint();
    post({ type: 'revealLastWrite', key });
  };
  root.addEventListener('click', (ev) => {
    const t = ev.target as Element;
    if (t.closest('a[data-target]')) return;
    ask(t.closest<HTMLElement>('[data-key]'));
  });
  root.addEventListener('keydown', (ev) => {
    if (ev.key === 'w' || ev.key === 'W') ask((ev.target as Element).closest<HTMLElement>('[data-key]'));
    // F2, as in the Variables view: Set value on the focused row (the host asks which page field).
    if (ev.key === 'F2') {
      const key = (ev.target as Element).closest<HTMLElement>('[data-key]')?.dataset.key;
      if (key && /^(pte|page|tlb):/.test(key)) {
        ev.preventDefault();
        post({ type: 'setValue', key });
      }
    }
  });
}

/** The state the panel shows now (the comparison's right-hand side). */
export function timelineState(state: StateView): void {
  now = state;
  // The line about a Set value belongs to its step: gone once the debugger is elsewhere.
  const stale = shown.valueSet?.step !== undefined && shown.valueSet.step !== state.step;
  if (stale) shown.valueSet = undefined;
  if (shown.compare || stale) paint();
}

/** Handles a host message of the timeline; false when it is not one. */
export function timelineMessage(raw: unknown): boolean {
  const m = raw as { type?: unknown } | null;
  if (!m || typeof m !== 'object') return false;
  switch (m.type) {
    case 'timeline': {
      const t = (m as { timeline?: unknown }).timeline;
      shown.ui.busy = false;
      shown.ui.ended = false;
      if (t === undefined) shown.timeline = undefined;
      else {
        const r = checkTimelineView(t);
        shown.timeline = r.ok ? r.timeline : undefined;
      }
      paint();
      const next = pending;
      pending = undefined;
      if (next !== undefined && shown.timeline && next !== shown.timeline.position) go(next);
      return true;
    }
    case 'compare': {
      const c = m as { step?: unknown; state?: StateView; error?: unknown };
      if (typeof c.step !== 'number') return true;
      const parsed = c.state !== undefined ? parseStateView(c.state) : undefined;
      const error = parsed && !parsed.ok ? `a malformed state (${parsed.message})` : typeof c.error === 'string' ? c.error : undefined;
      shown.compare = { step: c.step, ...(parsed?.ok ? { state: parsed.state } : {}), ...(error ? { error } : {}) };
      paint();
      return true;
    }
    case 'lastWrite': {
      const w = m as { key?: unknown; result?: LastWriteView; error?: unknown; dataBreakpoints?: unknown };
      if (typeof w.key !== 'string') return true;
      shown.note = { key: w.key, ...(w.result ? { result: w.result } : {}), ...(typeof w.error === 'string' ? { error: w.error } : {}), dataBreakpoints: w.dataBreakpoints === true };
      paint();
      return true;
    }
    case 'dataBreakpointSet': {
      const d = m as { dataId?: unknown; ok?: unknown; message?: unknown };
      if (typeof d.dataId !== 'string') return true;
      shown.dataBreakpoint = { dataId: d.dataId, ok: d.ok === true, ...(typeof d.message === 'string' ? { message: d.message } : {}) };
      paint();
      return true;
    }
    case 'valueSet': {
      const v = m as { key?: unknown; field?: unknown; ok?: unknown; what?: unknown; value?: unknown; message?: unknown; step?: unknown };
      if (typeof v.key !== 'string') return true;
      const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
      shown.valueSet = { key: v.key, ok: v.ok === true, field: str(v.field), what: str(v.what), value: str(v.value), message: str(v.message), step: typeof v.step === 'number' ? v.step : undefined };
      paint();
      // The note on that row: its last write is now the edit (the run recorded it).
      if (v.ok === true && shown.note?.key === v.key) {
        shown.note = { key: v.key, dataBreakpoints: shown.note.dataBreakpoints, pending: true };
        paint();
        post({ type: 'revealLastWrite', key: v.key });
      }
      return true;
    }
    case 'ended':
      shown.ui.busy = true;
      shown.ui.ended = true;
      pending = undefined;
      paint();
      return false;
    default:
      return false;
  }
}
