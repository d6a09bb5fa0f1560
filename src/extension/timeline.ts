// The host side of the timeline: after every stop of the focused mmstep session it asks the
// adapter for the strip (mmstepTimeline) and posts it to the state panel; the panel's requests
// go to the adapter — gotoStep (mmstepGotoStep: the adapter's stopped event then moves the
// editor, call stack and panel), compare (mmstepStateAt), revealLastWrite (mmstepLastWrite, then
// the editor opens at that statement) and dataBreakpoint (mmstepDataBreakpoint, when the adapter
// has it). Integration tests drive the same paths through the extension's API.

import * as vscode from 'vscode';
import type { LastWriteView, TimelineView } from '../protocol/timeline';
import { checkTimelineView } from '../protocol/timeline';
import type { StateView } from '../protocol/state';
import { checkTimelineRequest, type TimelineFromWebview, type TimelineToWebview } from '../webview/timeline-messages';
import { DEBUG_TYPE } from './debug-config';
import type { StatePanel } from './state-panel';
import { setValueFromPanel, type SetValueResult } from './set-value';

const STATE_EVENT = 'mmstepState';
const DATA_BREAKPOINT_REQUEST = 'mmstepDataBreakpoint';

export interface TimelineApi {
  /** The strip last posted to the panel. */
  lastTimeline(): TimelineView | undefined;
  /** Resolves with the first strip (posted already or later) matching `pred`. */
  waitForTimeline(pred: (t: TimelineView) => boolean, timeoutMs?: number): Promise<TimelineView>;
  /** As a click or a scrub on the strip: move the debugger to `step`. */
  scrub(step: number): Promise<void>;
  /** As "compare with step N": the state at N the panel shows beside the current one. */
  compare(step: number): Promise<StateView | undefined>;
  /** As a click on a PTE or page row: where it was last written (the editor opens there). */
  revealLastWrite(key: string): Promise<LastWriteView | undefined>;
  /** As the note's "Data breakpoint" buttons; undefined when the adapter has no mmstepDataBreakpoint. */
  dataBreakpoint(dataId: string): Promise<{ ok: boolean; message?: string } | undefined>;
  /** As "Set value…" on a row; with `value`, without the input box (and the field pick). */
  setValue(key: string, field?: string, value?: string): Promise<SetValueResult>;
}

function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/^mmstep: /, '');
}

export class TimelineHost implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timeline: TimelineView | undefined;
  private waiters: { pred: (t: TimelineView) => boolean; resolve: (t: TimelineView) => void }[] = [];
  /** Per session: does the adapter answer mmstepDataBreakpoint? */
  private dataBreakpoints = new Map<string, boolean>();

  constructor(
    private readonly panel: StatePanel,
    private readonly log: vscode.OutputChannel,
  ) {
    panel.onOtherMessage = (m) => void this.fromWebview(m);
    this.disposables.push(
      vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
        if (e.session.type === DEBUG_TYPE && e.event === STATE_EVENT && this.focused(e.session)) void this.refresh(e.session);
      }),
      vscode.debug.onDidChangeActiveDebugSession((s) => {
        if (s?.type === DEBUG_TYPE) void this.refresh(s);
      }),
      vscode.debug.onDidTerminateDebugSession((s) => this.dataBreakpoints.delete(s.id)),
    );
  }

  private focused(s: vscode.DebugSession): boolean {
    const active = vscode.debug.activeDebugSession;
    return !active || active.id === s.id || active.type !== DEBUG_TYPE;
  }

  private session(): vscode.DebugSession | undefined {
    const s = vscode.debug.activeDebugSession;
    return s?.type === DEBUG_TYPE ? s : undefined;
  }

  private post(m: TimelineToWebview): void {
    this.panel.post(m);
  }

  /** Fetches the strip from the adapter and posts it. */
  private async refresh(session = this.session()): Promise<void> {
    if (!session) return;
    try {
      const body = (await session.customRequest('mmstepTimeline')) as { timeline?: unknown };
      const r = checkTimelineView(body?.timeline);
      if (!r.ok) {
        this.log.appendLine(`timeline: ${r.message}`);
        return;
      }
      this.timeline = r.timeline;
      this.post({ type: 'timeline', timeline: r.timeline });
      const done = this.waiters.filter((w) => w.pred(r.timeline));
      this.waiters = this.waiters.filter((w) => !done.includes(w));
      for (const w of done) w.resolve(r.timeline);
    } catch {
      // Not launched yet, ended, or running: the next stop brings the strip.
    }
  }

  private async fromWebview(raw: unknown): Promise<void> {
    if ((raw as { type?: unknown })?.type === 'ready') {
      if (this.timeline) this.post({ type: 'timeline', timeline: this.timeline });
      return;
    }
    const m = checkTimelineRequest(raw);
    if (m) await this.handle(m);
  }

  private async handle(m: TimelineFromWebview): Promise<void> {
    switch (m.type) {
      case 'gotoStep':
        await this.gotoStep(m.step);
        return;
      case 'compare':
        if (m.step !== null) await this.compare(m.step);
        return;
      case 'revealLastWrite':
        await this.revealLastWrite(m.key);
        return;
      case 'dataBreakpoint':
        await this.dataBreakpoint(m.dataId);
        return;
      case 'setValue':
        await this.setValue(m.key, m.field);
        return;
    }
  }

  /** "Set value…": asks (set-value.ts), sets through the adapter, tells the panel how it went. */
  async setValue(key: string, field?: string, value?: string): Promise<SetValueResult> {
    let r: SetValueResult;
    try {
      r = await setValueFromPanel(this.session(), this.panel.lastState(), key, field, value);
    } catch (e) {
      r = { ok: false, message: message(e) };
    }
    if (r.cancelled) return r;
    this.post({ type: 'valueSet', key, ...(field ? { field } : {}), ok: r.ok, ...(r.what ? { what: r.what } : {}), ...(r.value !== undefined ? { value: r.value } : {}), ...(r.message ? { message: r.message } : {}), ...(r.ok && this.panel.lastState() ? { step: this.panel.lastState()!.step } : {}) });
    // An adapter's refusal is shown by VS Code already (an error response with showUser): one notification.
    if (!r.ok && !r.refused) void vscode.window.showErrorMessage(`mmstep: cannot set ${r.what ?? key}: ${r.message ?? 'refused'}`);
    return r;
  }

  async gotoStep(step: number): Promise<void> {
    const s = this.session();
    if (!s) return;
    try {
      await s.customRequest('mmstepGotoStep', { step });
    } catch (e) {
      void vscode.window.showWarningMessage(`mmstep: cannot go to step ${step}: ${message(e)}`);
      await this.refresh(s); // the strip stops waiting
    }
  }

  async compare(step: number): Promise<StateView | undefined> {
    const s = this.session();
    if (!s) return undefined;
    try {
      const body = (await s.customRequest('mmstepStateAt', { step })) as { state?: StateView };
      this.post({ type: 'compare', step, ...(body?.state ? { state: body.state } : { error: 'no state' }) });
      return body?.state;
    } catch (e) {
      this.post({ type: 'compare', step, error: message(e) });
      return undefined;
    }
  }

  async revealLastWrite(key: string): Promise<LastWriteView | undefined> {
    const s = this.session();
    if (!s) return undefined;
    const dataBreakpoints = await this.hasDataBreakpoints(s);
    let result: LastWriteView;
    try {
      result = (await s.customRequest('mmstepLastWrite', { key })) as LastWriteView;
    } catch (e) {
      this.post({ type: 'lastWrite', key, error: message(e), dataBreakpoints });
      return undefined;
    }
    this.post({ type: 'lastWrite', key, result, dataBreakpoints });
    if (result.at) {
      const pos = new vscode.Position(Math.max(0, result.at.line - 1), Math.max(0, result.at.column - 1));
      try {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(result.at.file));
        // The source group (the panel sits beside it), with the statement selected.
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(pos, pos), preserveFocus: false });
      } catch (e) {
        this.log.appendLine(`timeline: cannot open ${result.at.file}: ${message(e)}`);
      }
    }
    return result;
  }

  /** Asks once per session whether the adapter has the panel's data breakpoint request. */
  private async hasDataBreakpoints(s: vscode.DebugSession): Promise<boolean> {
    const known = this.dataBreakpoints.get(s.id);
    if (known !== undefined) return known;
    let has = false;
    try {
      // A probe: answered by an adapter that has the request, and changes nothing (an older one
      // refuses it for the missing dataId, which still tells that it knows the request).
      await s.customRequest(DATA_BREAKPOINT_REQUEST, { probe: true });
      has = true;
    } catch (e) {
      has = !/unknown request|does not support/i.test(message(e));
    }
    this.dataBreakpoints.set(s.id, has);
    return has;
  }

  private async dataBreakpoint(dataId: string): Promise<{ ok: boolean; message?: string }> {
    const s = this.session();
    if (!s) return { ok: false, message: 'no mmstep debug session' };
    try {
      const body = (await s.customRequest(DATA_BREAKPOINT_REQUEST, { dataId })) as { breakpoint?: { verified?: unknown; message?: unknown } } | undefined;
      const b = body?.breakpoint;
      const ok = b?.verified !== false;
      this.post({ type: 'dataBreakpointSet', dataId, ok, ...(typeof b?.message === 'string' ? { message: b.message } : {}) });
      return { ok, ...(typeof b?.message === 'string' ? { message: b.message } : {}) };
    } catch (e) {
      this.post({ type: 'dataBreakpointSet', dataId, ok: false, message: message(e) });
      return { ok: false, message: message(e) };
    }
  }

  api(): TimelineApi {
    return {
      lastTimeline: () => this.timeline,
      waitForTimeline: (pred, timeoutMs = 10000) => {
        if (this.timeline && pred(this.timeline)) return Promise.resolve(this.timeline);
        return new Promise((resolve, reject) => {
          const w = {
            pred,
            resolve: (t: TimelineView) => {
              clearTimeout(timer);
              resolve(t);
            },
          };
          const timer = setTimeout(() => {
            this.waiters = this.waiters.filter((x) => x !== w);
            reject(new Error(`mmstep timeline: no matching strip within ${timeoutMs} ms (last: position ${this.timeline?.position}, recorded ${this.timeline?.recorded})`));
          }, timeoutMs);
          this.waiters.push(w);
        });
      },
      scrub: (step) => this.handle({ type: 'gotoStep', step }),
      compare: (step) => this.compare(step),
      revealLastWrite: (key) => this.revealLastWrite(key),
      dataBreakpoint: async (dataId) => {
        const s = this.session();
        if (!s || !(await this.hasDataBreakpoints(s))) return undefined;
        return this.dataBreakpoint(dataId);
      },
      setValue: (key, field, value) => this.setValue(key, field, value),
    };
  }

  dispose(): void {
    this.panel.onOtherMessage = undefined;
    for (const d of this.disposables) d.dispose();
  }
}
