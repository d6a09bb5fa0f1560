// The API `activate` returns. Integration tests (inside a real VS Code) use it to see what the
// state panel received and what the webview reported after rendering.

import type { StateView } from '../protocol/state';
import type { RenderSummary } from '../webview/messages';
import type { ReviewApi } from './review/register';
import type { TimelineApi } from './timeline';

export type { RenderSummary };

export interface StatePanelApi {
  isOpen(): boolean;
  /** The last StateView pushed to the panel. */
  lastState(): StateView | undefined;
  /** What the webview reported after its last render (`{ step, ptes, pages, changed, ... }`). */
  lastRendered(): RenderSummary | undefined;
  /** Resolves with the first render report matching `pred` (rejects after `timeoutMs`). */
  waitForRender(pred: (r: RenderSummary) => boolean, timeoutMs?: number): Promise<RenderSummary>;
}

export interface DebugAdapterApi {
  /** Where the last session's adapter ran: 'child' (a separate process) or 'inline'. */
  lastMode(): 'child' | 'inline' | undefined;
  /** Process id of the last child adapter while it runs. */
  childPid(): number | undefined;
}

export interface ScenarioLanguageApi {
  /** The non-modal message last shown for a launch whose scenario did not load (launch-errors.ts). */
  lastLaunchNotice(): string | undefined;
}

export interface MmstepApi {
  statePanel: StatePanelApi;
  debugAdapter: DebugAdapterApi;
  /** The patch review UI (tree, comment threads, drafts). */
  review: ReviewApi;
  /** The timeline strip of the state panel (timeline.ts): scrub, compare, last write. */
  timeline: TimelineApi;
  /** Scenario files: launch errors as problems (scenario-language/). */
  scenarioLanguage?: ScenarioLanguageApi;
}
