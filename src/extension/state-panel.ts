// Hosts the state webview panel: creates (or revives) it with a strict CSP, pushes the StateView
// of each debugger stop to it, and records what the webview reports back after rendering. The
// webview is a pure renderer — the last state lives here and is re-sent whenever the webview
// (re)loads, so retainContextWhenHidden stays off.

import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { checkStateView } from '../protocol/check-state';
import type { StateView } from '../protocol/state';
import { stateHtml } from '../webview/html';
import type { HostToWebview, RenderSummary, WebviewToHost } from '../webview/messages';
import { packState } from '../webview/packed-state';
import { saveExport } from './state-export';

export const STATE_VIEW_TYPE = 'mmstep.state';

/** How long after a debug session starts the panel keeps itself out from under the source editor. */
const KEEP_VISIBLE_MS = 20000;

type RenderWaiter = { pred: (r: RenderSummary) => boolean; resolve: (r: RenderSummary) => void };

export class StatePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private state: StateView | undefined;
  /** The message that shows `state` (packed when it validates), built once per stop. */
  private stateMessage: HostToWebview | undefined;
  private ended = false;
  private rendered: RenderSummary | undefined;
  private waiters: RenderWaiter[] = [];
  /** Until this time (ms), a panel covered by another editor in its group moves beside it. */
  private keepVisibleUntil = 0;
  /** The next state is the first of a new debug session: the view starts at the top. */
  private resetNext = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.OutputChannel,
  ) {}

  isOpen(): boolean {
    return this.panel !== undefined;
  }

  lastState(): StateView | undefined {
    return this.state;
  }

  lastRendered(): RenderSummary | undefined {
    return this.rendered;
  }

  /** Resolves with the first render report (already received or future) matching `pred`. */
  waitForRender(pred: (r: RenderSummary) => boolean, timeoutMs = 10000): Promise<RenderSummary> {
    if (this.rendered && pred(this.rendered)) return Promise.resolve(this.rendered);
    return new Promise((resolve, reject) => {
      const w: RenderWaiter = {
        pred,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        reject(new Error(`mmstep state panel: no matching render within ${timeoutMs} ms (last: ${JSON.stringify(this.rendered)})`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /**
   * Open the panel beside the editor (or reveal it), without taking focus by default. With
   * `forSession`, the panel is opened for a starting debug session: should the debugger still
   * open its source editor on top of the panel (same editor group) within the next seconds, the
   * panel moves beside that editor instead of staying hidden. (Moving a webview reloads it, so
   * show() avoids needing that: see the split below.)
   */
  async show(preserveFocus = true, forSession = false): Promise<void> {
    if (forSession) {
      this.keepVisibleUntil = Date.now() + KEEP_VISIBLE_MS;
      this.resetNext = true;
    }
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      return;
    }
    let viewColumn = vscode.ViewColumn.Beside;
    const groups = vscode.window.tabGroups.all;
    if (groups.length === 1 && groups[0].tabs.length === 0) {
      // No editor open: "Beside" would put the panel into the one empty group, where the debugger
      // then opens the source on top of it. Split first, so the source gets the first group.
      await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: 0.5 }, { size: 0.5 }] });
      viewColumn = vscode.ViewColumn.Two;
    }
    if (this.panel) return; // opened meanwhile
    const panel = vscode.window.createWebviewPanel(STATE_VIEW_TYPE, 'mmstep State', { viewColumn, preserveFocus }, this.webviewOptions());
    this.attach(panel);
  }

  /** Take over a panel: a new one, or one VS Code restores after a reload (serializer). */
  attach(panel: vscode.WebviewPanel): void {
    const old = this.panel;
    this.disposePanel();
    if (old && old !== panel) old.dispose();
    this.panel = panel;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((m: WebviewToHost) => this.onMessage(m)),
      panel.onDidChangeViewState((e) => {
        const p = e.webviewPanel;
        if (!p.visible && Date.now() < this.keepVisibleUntil) {
          this.keepVisibleUntil = 0;
          p.reveal(vscode.ViewColumn.Beside, true);
        }
      }),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.rendered = undefined;
        this.disposePanel();
      }),
    );
  }

  /** A new stop: remember the state and show it. */
  update(state: StateView): void {
    // The webview validates it as well and shows the problem; here it goes to the log too.
    const problem = checkStateView(state);
    if (problem) this.log.appendLine(`state view: the simulation produced a malformed state (${problem})`);
    this.state = state;
    // Packed (columns instead of ~12,000 row objects for 4096 pages: far less to copy and check);
    // a malformed state goes as it is, so the webview names its problem by the state's own paths.
    this.stateMessage = problem ? { type: 'state', state } : { type: 'state', packed: packState(state) };
    this.ended = false;
    const reset = this.resetNext;
    this.resetNext = false;
    this.send(reset ? { ...this.stateMessage, reset } : this.stateMessage);
  }

  /** The session ended: keep the last state, tell the view it is final. */
  sessionEnded(): void {
    this.ended = true;
    this.keepVisibleUntil = 0;
    this.send({ type: 'ended' });
  }

  /** Close a panel that never received a state (e.g. the session failed to launch). */
  closeIfEmpty(): void {
    if (!this.state) this.panel?.dispose();
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposePanel();
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private html(webview: vscode.Webview): string {
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    return stateHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'state.css')).toString(),
      nonce: randomBytes(18).toString('base64url'),
    });
  }

  /** Messages of other features (the timeline, timeline.ts) from the webview; sees 'ready' too. */
  onOtherMessage: ((m: unknown) => void) | undefined;

  /** Posts a message of another feature (the timeline) to the webview. */
  post(m: unknown): void {
    if (this.panel) void this.panel.webview.postMessage(m);
  }

  private send(m: HostToWebview): void {
    // Always post: a hidden webview (no retained context) drops the message, but it reloads when
    // shown and asks again with `ready`. Checking panel.visible here would race with that `ready`
    // (the visibility change can reach the extension host after the webview's first message).
    if (this.panel) void this.panel.webview.postMessage(m);
  }

  private onMessage(m: WebviewToHost): void {
    if (!m || typeof m !== 'object') return;
    this.onOtherMessage?.(m);
    switch (m.type) {
      case 'ready':
        if (this.stateMessage) this.send(this.stateMessage);
        if (this.ended) this.send({ type: 'ended' });
        break;
      case 'rendered': {
        const { type: _t, ...summary } = m;
        this.rendered = summary;
        const matched = this.waiters.filter((w) => w.pred(summary));
        this.waiters = this.waiters.filter((w) => !matched.includes(w));
        for (const w of matched) w.resolve(summary);
        break;
      }
      case 'error':
        this.log.appendLine(`state view: ${m.message}`);
        break;
      case 'export':
        if ((m.format === 'svg' || m.format === 'text') && typeof m.content === 'string') void saveExport(m.format, String(m.name ?? ''), m.content, this.log);
        break;
    }
  }

  private disposePanel(): void {
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
  }
}
