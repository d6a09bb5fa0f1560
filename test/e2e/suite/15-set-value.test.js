// "Set value…" from the state panel and a TLB data breakpoint in a real VS Code (issue 10). The
// panel's Set value (the same host path its buttons and F2 take, driven through the extension's
// API with the value given instead of typed into the input box) sets a page's refcount and its
// pins through the adapter: the panel shows the new values, marked as set (RenderSummary.edited),
// the next step runs with them, a step back to the edit's step shows them again; a value the
// adapter refuses comes back as a message, the session goes on. A TLB entry of the Variables
// view's TLB scope offers a data breakpoint (dataBreakpointInfo → tlb:<cpu>:<pid>:<addr>) that
// stops where the collect walk flushes the TLB. The tests share one session and run in order.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { REPO, EXAMPLES, withTimeout, waitFor, DapRecorder, mmstepApi, endSession, startStopped } = require('./helpers');

const SCENARIO = path.join(EXAMPLES, 'v13-private-migrate.mmstep.yaml');
const V13_C = path.join(REPO, 'kernel', 'mm', 'hmm_migrate_v13.c');
const LINES = fs.readFileSync(V13_C, 'utf8').split('\n');
const PFN = 0x100;
const KEY = `page:${PFN}`;

suite('set value from the state panel; a TLB data breakpoint', function () {
  this.timeout(90000);
  let rec, session, threadId, api, panel, editStep;
  const request = (cmd, args) => withTimeout(session.customRequest(cmd, args), 15000, `DAP ${cmd}`);
  const stopAfter = (run) => rec.stopAfter(run);
  const pageNow = () => {
    const s = panel.lastState();
    return s && s.pages.find(p => p.pfn === PFN);
  };

  suiteSetup(async () => {
    rec = new DapRecorder();
    const ext = await mmstepApi();
    api = ext.timeline;
    panel = ext.statePanel;
    assert.ok(api && typeof api.setValue === 'function', 'the extension exports timeline.setValue');
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
  });
  suiteTeardown(async () => {
    await endSession().catch(() => {});
    if (rec) rec.dispose();
  });

  test("set a page's refcount and pins from the panel: the panel shows them, marked; the next step sees them", async () => {
    // The panel still holds the previous suite's last state until this session's first stop
    // reaches it: wait for a state that is not that one (CI once read the stale step here).
    const stale = panel.lastState();
    const start = await startStopped(rec, { name: 'e2e set value', scenario: SCENARIO, stopOnEntry: true });
    session = start.session;
    threadId = start.stopped.body.threadId;
    const before = await waitFor(() => panel.lastState() !== stale && pageNow(), 15000, 'the panel state of this session with page 0x100');
    await panel.waitForRender(r => r.step === panel.lastState().step, 15000);
    editStep = panel.lastState().step;

    const r = await api.setValue(KEY, 'refcount', String(before.refcount + 3));
    assert.deepStrictEqual([r.ok, r.value, r.what], [true, String(before.refcount + 3), 'page 0x100 refcount'], JSON.stringify(r));
    await waitFor(() => pageNow() && pageNow().refcount === before.refcount + 3, 15000, () => `the panel to show refcount ${before.refcount + 3} (${JSON.stringify(pageNow())})`);
    const pinned = await api.setValue(KEY, 'pins', '1');
    assert.ok(pinned.ok, JSON.stringify(pinned));
    assert.match(pinned.value, /^1 \(refcount \d+\)$/);
    const refcount = before.refcount + 3 + 1;
    await waitFor(() => pageNow() && pageNow().pins === 1 && pageNow().refcount === refcount, 15000, () => `the panel to show pins 1 (${JSON.stringify(pageNow())})`);
    assert.deepStrictEqual(panel.lastState().edited, [`${KEY}:refcount`, `${KEY}:pins`]);
    // The webview rendered it, with the two values marked as set.
    await panel.waitForRender(x => x.step === editStep && x.edited === 2, 15000);

    // The next step runs with them; the mark belongs to the edit's step.
    await stopAfter(() => request('next', { threadId }));
    await waitFor(() => panel.lastState() && panel.lastState().step > editStep, 15000, 'the panel at the next step');
    assert.deepStrictEqual([pageNow().refcount, pageNow().pins], [refcount, 1]);
    await panel.waitForRender(x => x.step === panel.lastState().step && x.edited === undefined, 15000);
    // Going back to it: the replay applies the edit again.
    await stopAfter(() => request('stepBack', { threadId }));
    await waitFor(() => panel.lastState() && panel.lastState().step === editStep, 15000, 'the panel back at the edit');
    assert.deepStrictEqual([pageNow().refcount, pageNow().pins], [refcount, 1]);
    assert.deepStrictEqual(panel.lastState().edited, [`${KEY}:refcount`, `${KEY}:pins`]);
  });

  test('a value the adapter refuses, and a bad one, come back as messages; the session goes on', async () => {
    const bad = await api.setValue(KEY, 'refcount', 'three');
    assert.strictEqual(bad.ok, false);
    assert.match(bad.message, /whole number/);
    const refused = await api.setValue('tlb:9:1:0x7f0000000000', undefined, 'pfn 0x100');
    assert.strictEqual(refused.ok, false);
    assert.match(refused.message, /no CPU 9/);
    assert.ok(vscode.debug.activeDebugSession, 'the session is still there');
    const frames = (await request('stackTrace', { threadId })).stackFrames;
    assert.ok(frames.length > 0);
  });

  test("a TLB entry of the Variables view's TLB scope offers a data breakpoint; continue stops at the flush", async () => {
    const [top] = (await request('stackTrace', { threadId })).stackFrames;
    const scopes = (await request('scopes', { frameId: top.id })).scopes;
    const tlb = scopes.find(s => s.name === 'TLB');
    assert.ok(tlb, scopes.map(s => s.name).join(', '));
    const rows = (await request('variables', { variablesReference: tlb.variablesReference })).variables;
    const row = rows.find(v => v.name === 'cpu 0 pid 1 0x7f0000000000');
    assert.ok(row, rows.map(v => v.name).join(', '));
    const info = await request('dataBreakpointInfo', { variablesReference: tlb.variablesReference, name: row.name });
    assert.strictEqual(info.dataId, 'tlb:0:1:0x7f0000000000');
    const set = await request('setDataBreakpoints', { breakpoints: [{ dataId: info.dataId, accessType: 'write' }] });
    assert.strictEqual(set.breakpoints[0].verified, true);
    const hit = await stopAfter(() => request('continue', { threadId }));
    assert.strictEqual(hit.body.reason, 'data breakpoint');
    assert.match(hit.body.description, /^TLB entry of CPU 0 for pid 1 at 0x7f0000000000: pfn 0x100 \(write\) → none$/);
    const [at] = (await request('stackTrace', { threadId })).stackFrames;
    assert.match(LINES[at.line - 1], /flush_tlb_range\(/, `stopped at ${at.line}: ${LINES[at.line - 1]}`);
    await request('setDataBreakpoints', { breakpoints: [] });
  });
});
