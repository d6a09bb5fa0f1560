// Messages of the timeline between the extension host (src/extension/timeline.ts) and the state
// webview (timeline-view.ts), joined into the panel's HostToWebview / WebviewToHost unions in
// messages.ts. The host asks the debug adapter (mmstepTimeline, mmstepGotoStep, mmstepStateAt,
// mmstepLastWrite, mmstepDataBreakpoint, setExpression for "Set value…") and answers with these.

import type { StateView } from '../protocol/state';
import type { LastWriteView, TimelineView } from '../protocol/timeline';

export type TimelineToWebview =
  /** The strip after a stop (absent: no session with a timeline). */
  | { type: 'timeline'; timeline?: TimelineView }
  /** The state at another step for "compare with step N" (state absent: the comparison failed). */
  | { type: 'compare'; step: number; state?: StateView; error?: string }
  /** Where a clicked PTE or page was last written (or why it cannot be told). */
  | { type: 'lastWrite'; key: string; result?: LastWriteView; error?: string; dataBreakpoints: boolean }
  /** The answer to a data breakpoint asked for from the panel. */
  | { type: 'dataBreakpointSet'; dataId: string; ok: boolean; message?: string }
  /** The outcome of "Set value…" (the new state follows as the stop's state). */
  | { type: 'valueSet'; key: string; field?: string; ok: boolean; what?: string; value?: string; message?: string; step?: number };

export type TimelineFromWebview =
  | { type: 'gotoStep'; step: number }
  | { type: 'compare'; step: number | null }
  | { type: 'revealLastWrite'; key: string }
  | { type: 'dataBreakpoint'; dataId: string }
  /** "Set value…" on a row: a page field (no field: the host asks which), a pte, a TLB entry. */
  | { type: 'setValue'; key: string; field?: string };

/** Rows Set value takes: a page, a pte, a TLB entry (the panel's keys). */
const SET_KEY = /^(page:\d{1,15}|pte:\d{1,10}:0x[0-9a-f]{1,13}|tlb:\d{1,4}:\d{1,10}:0x[0-9a-f]{1,13})$/;
/** The page fields Set value offers (render-pages.ts PAGE_SET_FIELDS). */
const SET_FIELDS = ['refcount', 'mapcount', 'locked', 'lru', 'pins', 'dirty', 'content'];

/** Checks a webview message of the timeline (the host trusts nothing from the webview). */
export function checkTimelineRequest(m: unknown): TimelineFromWebview | undefined {
  if (!m || typeof m !== 'object') return undefined;
  const x = m as Record<string, unknown>;
  const step = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  const key = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
  switch (x.type) {
    case 'gotoStep':
      return step(x.step) ? { type: 'gotoStep', step: x.step } : undefined;
    case 'compare':
      return x.step === null || step(x.step) ? { type: 'compare', step: x.step as number | null } : undefined;
    case 'revealLastWrite':
      return key(x.key) ? { type: 'revealLastWrite', key: x.key } : undefined;
    case 'dataBreakpoint':
      return key(x.dataId) ? { type: 'dataBreakpoint', dataId: x.dataId } : undefined;
    case 'setValue': {
      if (typeof x.key !== 'string' || !SET_KEY.test(x.key)) return undefined;
      if (x.field === undefined) return { type: 'setValue', key: x.key };
      // Only a page has fields by name.
      if (typeof x.field !== 'string' || !x.key.startsWith('page:') || !SET_FIELDS.includes(x.field)) return undefined;
      return { type: 'setValue', key: x.key, field: x.field };
    }
    default:
      return undefined;
  }
}
