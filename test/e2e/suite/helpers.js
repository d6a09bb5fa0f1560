// Helpers for the integration suite: paths, timeouts, polling, and a recorder of the DAP messages
// the mmstep adapter sends (events and responses), fed by a debug adapter tracker.
'use strict';
const path = require('path');
const vscode = require('vscode');

const REPO = path.resolve(__dirname, '..', '..', '..');
const EXAMPLES = path.join(REPO, 'examples');
const EXT_ID = 'mmstep.mmstep';

function withTimeout(promise, ms, what) {
  let timer;
  const t = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms: ${what}`)), ms); });
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}

/** Poll fn() until it returns a truthy value; returns that value. `what` may be a function (called on timeout). */
async function waitFor(fn, ms, what) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try { last = await fn(); } catch (e) { last = undefined; }
    if (last) return last;
    if (Date.now() > end) throw new Error(`timeout after ${ms} ms waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

/**
 * Through code-server's workbench, paths in DAP bodies come back as vscode-remote://host/abs/path
 * URIs; in desktop VS Code they stay plain paths. Either way, return the file-system path.
 */
function fsPath(p) {
  if (!p) return p;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(p) ? vscode.Uri.parse(p).path : p;
}

/** Records every message the mmstep adapter sends, for every session, in order. */
class DapRecorder {
  constructor() {
    this.messages = [];
    this.waiters = [];
    const self = this;
    this.disposable = vscode.debug.registerDebugAdapterTrackerFactory('mmstep', {
      createDebugAdapterTracker(session) {
        return {
          onDidSendMessage(m) { self._push({ session: session.id, ...m }); },
          onError(e) { self._push({ session: session.id, type: 'tracker-error', message: String(e) }); },
        };
      },
    });
  }
  _push(m) {
    this.messages.push(m);
    this.waiters = this.waiters.filter(w => !w());
  }
  /** Index to pass as `since` to wait for messages that arrive after this point. */
  mark() { return this.messages.length; }
  events(name, since = 0) {
    return this.messages.slice(since).filter(m => m.type === 'event' && (!name || m.event === name));
  }
  /** Wait for the first message at index >= since matching pred. */
  waitMessage(pred, since, ms, what) {
    const find = () => this.messages.slice(since).find(pred);
    return withTimeout(new Promise(resolve => {
      const check = () => { const m = find(); if (m) { resolve(m); return true; } return false; };
      if (!check()) this.waiters.push(check);
    }), ms, what);
  }
  waitEvent(names, since, ms = 15000) {
    const list = [].concat(names);
    return this.waitMessage(m => m.type === 'event' && list.includes(m.event), since, ms, `DAP event ${list.join('|')}`);
  }
  /** Run `run` (a request that resumes the debuggee) and wait for the next stop or the end. */
  async stopAfter(run, ms = 20000) {
    const since = this.mark();
    await run();
    return this.waitEvent(['stopped', 'terminated'], since, ms);
  }
  dispose() { this.disposable.dispose(); }
}

async function mmstepApi() {
  const ext = vscode.extensions.getExtension(EXT_ID);
  if (!ext) throw new Error(`extension ${EXT_ID} is not installed in this extension host`);
  return ext.activate();
}

/** The state-panel test API the extension exports from activate(). */
async function statePanel() {
  const api = await mmstepApi();
  if (!api || !api.statePanel) throw new Error(`${EXT_ID} exports no statePanel test API (got ${Object.keys(api || {})})`);
  return api.statePanel;
}

function workspaceFolder() {
  const f = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!f) throw new Error('no workspace folder open (the runner opens examples/)');
  return f;
}

/** Start an mmstep launch (`config` without type/request) and wait for its first stop. */
async function startStopped(rec, config, ms = 30000) {
  const since = rec.mark();
  const ok = await vscode.debug.startDebugging(workspaceFolder(), { type: 'mmstep', request: 'launch', ...config });
  if (!ok) throw new Error('startDebugging returned false');
  const stopped = await rec.waitEvent('stopped', since, ms);
  return { session: vscode.debug.activeDebugSession, stopped };
}

/** Stop the active debug session, if any, and wait until it is gone. */
async function endSession() {
  if (!vscode.debug.activeDebugSession) return;
  await vscode.debug.stopDebugging();
  await waitFor(() => !vscode.debug.activeDebugSession, 15000, 'the session to end');
}

/** Set (or with undefined clear) the mmstep.kernelTree setting and wait until it reads so. */
async function setKernelTree(value) {
  await vscode.workspace.getConfiguration('mmstep').update('kernelTree', value, vscode.ConfigurationTarget.Global);
  await waitFor(() => vscode.workspace.getConfiguration('mmstep').get('kernelTree') === (value === undefined ? '' : value), 10000, `mmstep.kernelTree to read ${value}`);
}

module.exports = { REPO, EXAMPLES, EXT_ID, withTimeout, waitFor, fsPath, DapRecorder, mmstepApi, statePanel, workspaceFolder, endSession, setKernelTree, startStopped };
