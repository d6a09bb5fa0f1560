// Natives as frames and data breakpoints in a real VS Code (issue 10 item 11): a function
// breakpoint on the native isolate_lru_page stops inside it — the top frame is the native, its
// source the contract document VS Code opens read-only from the adapter (sourceReference); a
// data breakpoint on a page's refcount, offered from the Variables view (dataBreakpointInfo),
// stops on the statement that changed it with `old → new`, and the editor shows that statement.
// The tests share one debug session and run in order.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { REPO, EXAMPLES, withTimeout, waitFor, DapRecorder, endSession, startStopped } = require('./helpers');

const SCENARIO = path.join(EXAMPLES, 'trylock-fails.mmstep.yaml');
const MIGRATE_C = path.join(REPO, 'kernel', 'mm', 'hmm_migrate_v13.c');
const LINES = fs.readFileSync(MIGRATE_C, 'utf8').split('\n');

suite('natives as frames and data breakpoints', function () {
  this.timeout(90000);
  let rec, session, threadId;
  const request = (cmd, args) => withTimeout(session.customRequest(cmd, args), 15000, `DAP ${cmd}`);
  const frames = async () => (await request('stackTrace', { threadId })).stackFrames;
  const stopAfter = (run) => rec.stopAfter(run);

  suiteSetup(async () => {
    rec = new DapRecorder();
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    vscode.debug.addBreakpoints([new vscode.FunctionBreakpoint('isolate_lru_page')]);
  });
  suiteTeardown(async () => {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await endSession().catch(() => {});
    if (rec) rec.dispose();
  });

  test('a function breakpoint on isolate_lru_page stops inside it; the frame\'s source is the contract', async () => {
    const start = await startStopped(rec, { name: 'e2e natives', scenario: SCENARIO, stopOnEntry: true });
    session = start.session;
    threadId = start.stopped.body.threadId;
    const hit = await stopAfter(() => request('continue', { threadId }));
    assert.strictEqual(hit.body.reason, 'function breakpoint');
    const [top, caller] = await frames();
    assert.strictEqual(top.name, 'isolate_lru_page [native]');
    assert.ok(top.source && top.source.sourceReference > 0, JSON.stringify(top.source));
    assert.strictEqual(caller.name, 'hmm_migrate_lock_and_isolate');
    assert.match(LINES[caller.line - 1], /isolate_lru_page\(page\)/);
    // VS Code opens the contract from the adapter, read-only, at the stop's line.
    const ed = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.scheme === 'debug' && /isolate_lru_page/.test(e.document.getText()) ? e : undefined;
    }, 20000, () => `the contract document in the editor (active: ${vscode.window.activeTextEditor ? vscode.window.activeTextEditor.document.uri.toString() : 'none'})`);
    const text = ed.document.getText();
    assert.match(text.split('\n')[0], /^isolate_lru_page\(page\)/);
    assert.match(text, /returns 0 when isolated, -EBUSY/);
    assert.ok(ed.visibleRanges.some(r => r.start.line <= top.line - 1 && top.line - 1 <= r.end.line), 'the contract line of the stop is in view');
    // Its argument is a local of the native's frame.
    const scopes = (await request('scopes', { frameId: top.id })).scopes;
    const args = (await request('variables', { variablesReference: scopes[0].variablesReference })).variables;
    assert.strictEqual(args[0].name, 'page');
    assert.match(args[0].value, /pfn 0x100/);
  });

  test('a data breakpoint on a page\'s refcount (from the Variables view) stops where it changes', async () => {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    // Out of the native, to the caller (step out), then watch the page's refcount.
    await stopAfter(() => request('stepOut', { threadId }));
    const [top] = await frames();
    const scopes = (await request('scopes', { frameId: top.id })).scopes;
    const pagesScope = scopes.find(s => s.name === 'Pages');
    const pages = (await request('variables', { variablesReference: pagesScope.variablesReference })).variables;
    const row = pages.find(p => p.name === 'pfn 0x100');
    assert.ok(row, pages.map(p => p.name).join(', '));
    const info = await request('dataBreakpointInfo', { variablesReference: row.variablesReference, name: 'refcount' });
    assert.strictEqual(info.dataId, 'page:0x100:refcount');
    const set = await request('setDataBreakpoints', { breakpoints: [{ dataId: info.dataId, accessType: 'write' }] });
    assert.strictEqual(set.breakpoints[0].verified, true);
    const hit = await stopAfter(() => request('continue', { threadId }));
    assert.strictEqual(hit.body.reason, 'data breakpoint');
    assert.match(hit.body.description, /^page 0x100 refcount: 2 → 1$/);
    const [at] = await frames();
    assert.match(LINES[at.line - 1], /put_page\(page\)/, `stopped at ${at.line}: ${LINES[at.line - 1]}`);
    await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.fsPath === MIGRATE_C && e.visibleRanges.some(r => r.start.line <= at.line - 1 && at.line - 1 <= r.end.line);
    }, 15000, () => `the editor at hmm_migrate_v13.c:${at.line}`);
    await request('setDataBreakpoints', { breakpoints: [] });
  });
});
