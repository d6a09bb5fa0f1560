// The timeline strip above the state: the recorded run as its stages along the steps (an SVG
// whose x is the step), the stops where a breakpoint was hit (●), where viewed objects changed
// (Δ) and where an invariant broke (⚠) as marks of different shapes, the current position as a
// line and a ▼; a range slider to scrub (keyboard: arrows, PageUp/Down, Home/End), buttons per
// stage and mark, "compare with step N", and the note for a clicked PTE, page or TLB entry.
// Change marks cover the whole run; one standing for a span of a long run is drawn as wide as
// its span, with the count in its title. Pure: the same
// inputs give the same VNode tree. Colours are theme variables; every mark also has a symbol.

import type { LastWriteView, TimelineMark, TimelineView } from '../protocol/timeline';
import { renderSetOffers } from './set-value-view';
import { cx, h, VElement } from './vnode';

/** Width of the strip's coordinate system (the SVG scales to the panel). */
export const STRIP_WIDTH = 1000;
const STRIP_HEIGHT = 34;
/** Mark buttons listed at most (breakpoints and violations first, then changes near the position). */
const MAX_MARK_BUTTONS = 40;

const SYMBOL: Record<TimelineMark['kind'], string> = { breakpoint: '●', change: 'Δ', violation: '⚠' };
const KIND_TEXT: Record<TimelineMark['kind'], string> = { breakpoint: 'breakpoint', change: 'change', violation: 'violation' };

/** The x of a step on the strip. */
export function stepX(step: number, recorded: number): number {
  return recorded > 0 ? Math.round((Math.min(step, recorded) / recorded) * STRIP_WIDTH * 10) / 10 : 0;
}

/** The step under an x of the strip (inverse of stepX, rounded to a whole step). */
export function xStep(x: number, recorded: number): number {
  return Math.max(0, Math.min(recorded, Math.round((x / STRIP_WIDTH) * recorded)));
}

/** The stage the step is in. */
export function stageAt(t: TimelineView, step: number): string | undefined {
  let name: string | undefined;
  for (const s of t.stages) if (s.step <= step) name = s.name;
  return name;
}

/** Above this many change marks they are drawn as ticks as wide as their span (a dense run). */
const DENSE_CHANGES = 150;

function markShape(m: TimelineMark, recorded: number, dense = false): VElement {
  const x = stepX(m.step, recorded);
  const span = m.end !== undefined && m.end > m.step ? `steps ${m.step}–${m.end}` : `step ${m.step}`;
  const title = h('title', {}, `${SYMBOL[m.kind]} ${KIND_TEXT[m.kind]}${m.count && m.count > 1 ? ` ×${m.count}` : ''} at ${span}${m.kinds?.length ? ` (${m.kinds.join(', ')})` : ''}: ${m.label}`);
  const attrs = { class: cx('tl-mark', `tl-mark-${m.kind}`, ...(m.kinds ?? []).map((k) => `tl-kind-${k}`)), 'data-goto-step': m.step, 'data-kinds': m.kinds?.join(' ') };
  if (m.kind === 'breakpoint') return h('circle', { ...attrs, cx: x, cy: 26, r: 4 }, title);
  if (m.kind === 'change' && dense) {
    const w = Math.max(1, stepX(m.end ?? m.step, recorded) - x);
    return h('rect', { ...attrs, class: `${attrs.class} tl-tick`, x, y: 19, width: w, height: 8 }, title);
  }
  if (m.kind === 'change') return h('path', { ...attrs, d: `M ${x} 19 L ${x + 4} 27 L ${x - 4} 27 Z` }, title);
  return h('path', { ...attrs, d: `M ${x} 18 L ${x + 5} 26 L ${x} 34 L ${x - 5} 26 Z` }, title);
}

function strip(t: TimelineView, preview?: number): VElement {
  const rec = t.recorded;
  let changes = 0;
  for (const m of t.marks) if (m.kind === 'change') changes++;
  const dense = changes > DENSE_CHANGES;
  const stages = t.stages.map((s, i) => {
    const end = t.stages[i + 1]?.step ?? rec;
    const x0 = stepX(s.step, rec);
    const x1 = Math.max(x0 + 1, stepX(end, rec));
    return h(
      'g',
      { class: cx('tl-stage', `tl-stage-${i % 2}`, s.step <= t.position && (t.position < end || i === t.stages.length - 1) && 'current') },
      h('rect', { x: x0, y: 0, width: x1 - x0, height: 16 }),
      x1 - x0 > 40 ? h('text', { x: x0 + 3, y: 12 }, s.name) : null,
      h('title', {}, `stage ${s.name}: steps ${s.step}–${end}`),
    );
  });
  const px = stepX(t.position, rec);
  const cursor = h(
    'g',
    { class: 'tl-position' },
    h('line', { x1: px, y1: 0, x2: px, y2: STRIP_HEIGHT }),
    h('path', { d: `M ${px - 5} 0 L ${px + 5} 0 L ${px} 7 Z` }),
  );
  const scrub = preview !== undefined && preview !== t.position ? h('line', { class: 'tl-preview', x1: stepX(preview, rec), y1: 0, x2: stepX(preview, rec), y2: STRIP_HEIGHT }) : null;
  return h(
    'svg',
    {
      class: 'tl-strip',
      viewBox: `0 0 ${STRIP_WIDTH} ${STRIP_HEIGHT}`,
      preserveAspectRatio: 'none',
      role: 'img',
      'aria-label': `Run of ${rec} steps in ${t.stages.length} stages, ${t.marks.length} marks; at step ${t.position}`,
    },
    h('rect', { class: 'tl-track', x: 0, y: 0, width: STRIP_WIDTH, height: STRIP_HEIGHT, 'data-strip': 'track' }),
    stages,
    t.marks.map((m) => markShape(m, rec, dense)),
    scrub,
    cursor,
  );
}

/** The marks worth a button: all breakpoints and violations, then the changes nearest the position. */
export function listedMarks(t: TimelineView): TimelineMark[] {
  const key = (m: TimelineMark) => m.kind !== 'change';
  const first = t.marks.filter(key);
  const changes = t.marks.filter((m) => !key(m)).sort((a, b) => Math.abs(a.step - t.position) - Math.abs(b.step - t.position));
  return [...first.slice(-MAX_MARK_BUTTONS), ...changes].slice(0, MAX_MARK_BUTTONS).sort((a, b) => a.step - b.step || a.kind.localeCompare(b.kind));
}

export interface TimelineUi {
  /** The step the slider is dragged to (not yet moved there). */
  preview?: number;
  /** Text in the "compare with step" field. */
  compareText?: string;
  /** Set while the debugger is moving (a further move waits for it; the controls keep focus). */
  busy?: boolean;
  /** The comparison lists unchanged objects too. */
  compareAll?: boolean;
  /** The session has ended: the controls stay disabled (busy), but nothing is moving. */
  ended?: boolean;
}

export function renderTimeline(t: TimelineView, ui: TimelineUi = {}): VElement {
  const stage = stageAt(t, t.position);
  const shown = ui.preview ?? t.position;
  const prev = [...t.marks].reverse().find((m) => m.step < t.position);
  const next = t.marks.find((m) => m.step > t.position);
  return h(
    'section',
    { class: cx('timeline', ui.busy && 'busy'), 'aria-label': 'Timeline', 'data-position': t.position, 'data-recorded': t.recorded },
    h(
      'div',
      { class: 'tl-head' },
      h('span', { class: 'tl-where' }, `Step ${t.position} of ${t.recorded}${stage ? ` · ${stage}` : ''}`),
      ui.preview !== undefined && ui.preview !== t.position
        ? h('span', { class: 'tl-preview-text' }, `→ step ${ui.preview}${stageAt(t, ui.preview) ? ` · ${stageAt(t, ui.preview)}` : ''}: release to go there`)
        : null,
      ui.busy && !ui.ended ? h('span', { class: 'tl-busy', role: 'status' }, 'moving the debugger…') : null,
      h('span', { class: 'tl-legend', 'aria-hidden': 'true' }, '● breakpoint  Δ change  ⚠ violation  ▼ now'),
    ),
    strip(t, ui.preview),
    h('input', {
      type: 'range',
      class: 'tl-scrub',
      min: 0,
      max: t.recorded,
      step: 1,
      value: shown,
      'aria-label': 'Go to step (release to move the debugger there)',
      'aria-valuetext': `step ${shown}${stageAt(t, shown) ? `, stage ${stageAt(t, shown)}` : ''}`,
    }),
    h(
      'div',
      { class: 'tl-buttons', role: 'group', 'aria-label': 'Stages and marks' },
      h('button', { type: 'button', class: 'tl-prev', 'data-goto-step': prev?.step, disabled: !prev, title: 'Previous mark ([)' }, '◀ mark'),
      h('button', { type: 'button', class: 'tl-next', 'data-goto-step': next?.step, disabled: !next, title: 'Next mark (])' }, 'mark ▶'),
      t.stages.map((s) => h('button', { type: 'button', class: cx('tl-stage-button', stage === s.name && 'current'), 'data-goto-step': s.step }, `${s.name} @${s.step}`)),
      listedMarks(t).map((m) =>
        h('button', { type: 'button', class: cx('tl-mark-button', `tl-mark-${m.kind}`, m.step === t.position && 'current'), 'data-goto-step': m.step, title: m.label }, `${SYMBOL[m.kind]} ${m.step}`),
      ),
    ),
    h(
      'form',
      { class: 'tl-compare-form', 'aria-label': 'Compare with another step' },
      h('label', { for: 'tl-compare-step' }, 'Compare with step '),
      h('input', { id: 'tl-compare-step', class: 'tl-compare-step', type: 'number', min: 0, max: t.recorded, value: ui.compareText ?? '', placeholder: 'N' }),
      h('button', { type: 'submit', class: 'tl-compare' }, 'Compare'),
    ),
  );
}

/** "Compare with step N", two moments side by side: render-compare.ts. */
export { renderCompare } from './render-compare';

/** Data breakpoints offered for a key: a page's fields, or the PTE or TLB entry itself. */
export function dataIdsFor(key: string): { dataId: string; label: string }[] {
  if (key.startsWith('pte:')) return [{ dataId: key, label: 'Break when this PTE changes' }];
  if (key.startsWith('tlb:')) return [{ dataId: key, label: 'Break when this TLB entry changes' }];
  if (/^page:\d+$/.test(key)) {
    return ['refcount', 'mapcount', 'locked', 'lru', 'pins', 'dirty', 'content'].map((f) => ({ dataId: `${key}:${f}`, label: f }));
  }
  return [];
}

/** The note for a clicked PTE or page: where it was last written, and data breakpoints on it. */
export function renderLastWrite(key: string, result: LastWriteView | undefined, error: string | undefined, dataBreakpoints: boolean, pending = false): VElement {
  let text: string;
  if (pending) text = `${key}: finding the statement that last changed it…`;
  else if (error) text = `${key}: ${error}`;
  else if (!result) text = key;
  else if (result.initial && result.searched) text = `${result.value} — unchanged over the last ${result.searched} statements (the search goes back no further).`;
  else if (result.initial) text = `${result.value} — unchanged since the start of the run (the scenario's initial state).`;
  else if (result.edit) text = `${result.value} — last changed by the debugger (Set Value) at step ${result.step}.`;
  else if (!result.at) text = `${result.value} — got its value at step ${result.step}${result.thread ? ` (thread ${result.thread.name})` : ''}, when its frame began.`;
  else {
    const at = result.at ? `${result.at.function}() ${result.at.file.split('/').slice(-2).join('/')}:${result.at.line}` : 'a statement without a C frame';
    text = `${result.value} — last changed at step ${result.step} by ${at}${result.thread ? ` (thread ${result.thread.name})` : ''}; opened in the editor.`;
  }
  const offers = dataBreakpoints ? dataIdsFor(key) : [];
  return h(
    'section',
    { class: 'tl-last-write', role: 'status', 'aria-label': `Last write of ${key}`, 'data-key-shown': key },
    h('p', {}, text),
    // Nothing comes before step 0 (a Set Value edit made there, before the first statement).
    result && !result.initial && result.step >= 1 ? h('button', { type: 'button', class: 'tl-goto-write', 'data-goto-step': result.step - 1 }, `Go to step ${result.step - 1} (before the write)`) : null,
    offers.length
      ? h(
          'div',
          { class: 'tl-data-breakpoints', role: 'group', 'aria-label': 'Data breakpoints' },
          h('span', {}, 'Data breakpoint: '),
          offers.map((o) => h('button', { type: 'button', class: 'tl-data-breakpoint', 'data-data-id': o.dataId }, o.label)),
        )
      : null,
    pending ? null : renderSetOffers(key),
    h('button', { type: 'button', class: 'tl-last-write-close', 'aria-label': 'Close this note' }, '✕'),
  );
}
