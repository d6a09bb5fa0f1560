// The timeline of a debug session, as the adapter answers it (`mmstepTimeline`) and the state
// panel draws it: the recorded run as stages along the steps, with the stops where a breakpoint
// was hit, where viewed objects changed, and where an invariant broke, and the current position.
// Change marks cover the whole run (from the change log), aggregated per strip column for long
// runs. Also the answer of `mmstepLastWrite` (where an object got its current value). Plain JSON.

export type TimelineMarkKind = 'breakpoint' | 'change' | 'violation';

export interface TimelineMark {
  /** History position (statements executed): of the stop, or of the (first) change. */
  step: number;
  kind: TimelineMarkKind;
  /** Short text for people: "breakpoint", "Δ pte:1:0x…, page:258", "⚠ mapcount: …". */
  label: string;
  /** Change marks of a long run stand for a span of steps (one per strip column): its last change. */
  end?: number;
  /** Statements in the span that changed something (absent: one). */
  count?: number;
  /** What the changes were to. */
  kinds?: TimelineChangeKind[];
}

export type TimelineChangeKind = 'pte' | 'page' | 'tlb' | 'lock';
export const TIMELINE_CHANGE_KINDS: readonly TimelineChangeKind[] = ['pte', 'page', 'tlb', 'lock'];

export interface TimelineStage {
  /** The first step in this stage. */
  step: number;
  name: string;
}

export interface TimelineView {
  /** Where the debugger is (statements executed). */
  position: number;
  /** The furthest step executed so far (moving there or before is a replay). */
  recorded: number;
  stages: TimelineStage[];
  marks: TimelineMark[];
}

/** Where a state key got its current value (`mmstepLastWrite { key }`). */
export interface LastWriteView {
  key: string;
  /** The state after this many statements is the first with the current value (0: never written). */
  step: number;
  initial?: boolean;
  at?: { file: string; line: number; column: number; function: string };
  thread?: { id: number; name: string };
  /** The debugger changed it (Set Value) while stopped before step + 1. */
  edit?: boolean;
  /** A bounded search (C variables): unchanged over this many statements back. */
  searched?: number;
  value: string;
}

/** Bounds a timeline message may have (a webview refuses larger ones). */
export const MAX_TIMELINE_ITEMS = 10_000;

function isStep(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** Full validation of a received TimelineView; a message says what is wrong. */
export function checkTimelineView(raw: unknown): { ok: true; timeline: TimelineView } | { ok: false; message: string } {
  const bad = (m: string) => ({ ok: false as const, message: `timeline: ${m}` });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad('is not an object');
  const t = raw as Record<string, unknown>;
  if (!isStep(t.position)) return bad('position must be a whole number');
  if (!isStep(t.recorded)) return bad('recorded must be a whole number');
  if (!Array.isArray(t.stages) || t.stages.length > MAX_TIMELINE_ITEMS) return bad(`stages must be a list of at most ${MAX_TIMELINE_ITEMS}`);
  if (!Array.isArray(t.marks) || t.marks.length > MAX_TIMELINE_ITEMS) return bad(`marks must be a list of at most ${MAX_TIMELINE_ITEMS}`);
  for (const [i, s] of (t.stages as unknown[]).entries()) {
    const x = s as Record<string, unknown> | null;
    if (!x || !isStep(x.step) || typeof x.name !== 'string' || x.name.length > 200) return bad(`stage ${i} must be { step, name }`);
  }
  for (const [i, m] of (t.marks as unknown[]).entries()) {
    const x = m as Record<string, unknown> | null;
    if (!x || !isStep(x.step) || !['breakpoint', 'change', 'violation'].includes(x.kind as string) || typeof x.label !== 'string' || x.label.length > 500) {
      return bad(`mark ${i} must be { step, kind: breakpoint|change|violation, label }`);
    }
    if (x.end !== undefined && (!isStep(x.end) || (x.end as number) < (x.step as number))) return bad(`mark ${i}: end must be a step at or after its step`);
    if (x.count !== undefined && (!isStep(x.count) || x.count === 0)) return bad(`mark ${i}: count must be a whole number above 0`);
    if (x.kinds !== undefined && (!Array.isArray(x.kinds) || x.kinds.length > 4 || !x.kinds.every((k) => TIMELINE_CHANGE_KINDS.includes(k as TimelineChangeKind)))) {
      return bad(`mark ${i}: kinds must list some of ${TIMELINE_CHANGE_KINDS.join(', ')}`);
    }
  }
  return { ok: true, timeline: raw as TimelineView };
}
