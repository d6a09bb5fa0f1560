// Messages of the timeline between the extension host (src/extension/timeline.ts) and the state
// webview (timeline-view.ts), joined into the panel's HostToWebview / WebviewToHost unions in
// messages.ts. The host asks the debug adapter (mmstepTimeline, mmstepGotoStep, mmstepStateAt,
// mmstepLastWrite, mmstepDataBreakpoint) and answers with these.

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
  | { type: 'dataBreakpointSet'; dataId: string; ok: boolean; message?: string };

export type TimelineFromWebview =
  | { type: 'gotoStep'; step: number }
  | { type: 'compare'; step: number | null }
  | { type: 'revealLastWrite'; key: string }
  | { type: 'dataBreakpoint'; dataId: string };

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
    default:
      return undefined;
  }
}
