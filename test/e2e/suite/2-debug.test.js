// Debugging examples/private-4pages.mmstep.yaml in a real VS Code: the session stops on entry in the
// scenario's entry function, shows its parameters, steps, and the state panel follows: it shows the
// range's PTEs and, once the collect walk has run, a PTE that became a migration entry.
// The tests of this suite share one debug session and run in order.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { entryDefinition } = require('./c-source');
const { EXAMPLES, withTimeout, waitFor, fsPath, DapRecorder, statePanel, workspaceFolder } = require('./helpers');

const SCENARIO = path.join(EXAMPLES, 'private-4pages.mmstep.yaml');
const MAX_STEP_INS = 200;   // stepIn budget to enter the first C call
const MAX_NEXTS = 1000;    // next budget from there to the first migration entry

suite('debugging private-4pages in a real VS Code', function () {
  this.timeout(60000);
  let rec, session, entry, threadId, entryDepth;

  const request = (cmd, args) => withTimeout(session.customRequest(cmd, args), 15000, `DAP ${cmd}`);
  const stack = async () => (await request('stackTrace', { threadId })).stackFrames;
  /** Send a stepping request and wait for the stop (or the end) it causes. */
  async function step(cmd) {
    const since = rec.mark();
    await request(cmd, { threadId });
    return rec.waitEvent(['stopped', 'terminated'], since);
  }

  suiteSetup(async () => {
    entry = entryDefinition(SCENARIO);
    rec = new DapRecorder();
  });
  suiteTeardown(async () => {
    if (vscode.debug.activeDebugSession) {
      const ended = new Promise(r => vscode.debug.onDidTerminateDebugSession(r));
      await vscode.debug.stopDebugging();
      await withTimeout(ended, 10000, 'session end').catch(() => {});
    }
    if (rec) rec.dispose();
  });

  test('startDebugging stops on entry', async () => {
    const since = rec.mark();
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e private-4pages', scenario: SCENARIO, stopOnEntry: true,
    });
    assert.ok(ok, 'startDebugging returned false');
    const stopped = await rec.waitEvent('stopped', since, 30000);
    assert.strictEqual(stopped.body.reason, 'entry');
    session = vscode.debug.activeDebugSession;
    assert.ok(session && session.type === 'mmstep', 'no active mmstep session');
    threadId = stopped.body.threadId;
    const threads = (await request('threads')).threads;
    assert.ok(threads.some(t => t.id === threadId), `stopped thread ${threadId} not among threads`);
  });

  test('the top frame is the entry function, at a statement of its body', async () => {
    const frames = await stack();
    const top = frames[0];
    assert.strictEqual(top.name, entry.fn);
    assert.ok(top.source && top.source.path, 'top frame has no source');
    assert.strictEqual(fsPath(top.source.path), entry.file);
    assert.ok(top.line > entry.line, `stopped at line ${top.line}, not after the definition at ${entry.line}`);
    assert.ok(entry.lines[top.line - 1].trim() !== '', `line ${top.line} of ${entry.file} is blank`);
    assert.ok(top.column >= 1);
    entryDepth = frames.length;
  });

  test('Locals show the entry function\'s parameters', async () => {
    const [top] = await stack();
    const scopes = (await request('scopes', { frameId: top.id })).scopes;
    const locals = scopes.find(s => /local/i.test(s.name));
    assert.ok(locals, `no Locals scope among ${scopes.map(s => s.name)}`);
    const vars = (await request('variables', { variablesReference: locals.variablesReference })).variables;
    const names = vars.map(v => v.name);
    for (const p of entry.params) assert.ok(names.includes(p), `parameter ${p} missing from Locals (${names})`);
    for (const v of vars) assert.strictEqual(typeof v.value, 'string');
  });

  test('the state panel is open and shows the range\'s PTEs, all present', async () => {
    const panel = await statePanel();
    await waitFor(() => panel.isOpen(), 15000, 'state panel to open');
    const { state } = await request('mmstepState');
    const shown = await waitFor(() => { const s = panel.lastState(); return s && s.step === state.step && s; },
      15000, () => `the panel to receive step ${state.step} (has step ${(panel.lastState() || {}).step})`);
    const ptes = shown.processes.flatMap(p => p.ptes);
    assert.ok(ptes.length >= 4, `expected the 4-page range, panel has ${ptes.length} PTEs`);
    assert.ok(ptes.every(p => p.kind === 'present'), `before collect: ${ptes.map(p => p.text)}`);
    const rendered = await waitFor(() => { const r = panel.lastRendered(); return r && r.step === state.step && r; },
      15000, () => `the webview to report rendering step ${state.step} (last report: ${JSON.stringify(panel.lastRendered())})`);
    assert.strictEqual(rendered.ptes, ptes.length, 'webview rendered a different number of PTEs');
  });

  test('next stays in the entry function and moves on', async () => {
    const before = (await stack())[0];
    const ev = await step('next');
    assert.strictEqual(ev.event, 'stopped');
    assert.strictEqual(ev.body.reason, 'step');
    const after = await stack();
    assert.strictEqual(after[0].name, entry.fn);
    assert.strictEqual(after.length, entryDepth);
    assert.ok(after[0].line !== before.line || after[0].column !== before.column, 'next did not move');
  });

  test('stepIn enters a called C function; next runs on until a PTE becomes a migration entry, and the panel marks it', async function () {
    this.timeout(240000);
    const panel = await statePanel();
    let entered = null;
    for (let i = 0; i < MAX_STEP_INS && !entered; i++) {
      const ev = await step('stepIn');
      assert.strictEqual(ev.event, 'stopped', `the run ended after ${i} steps without entering a function`);
      const frames = await stack();
      if (frames.length <= entryDepth || !frames[0].source) continue;
      // a kernel primitive is a frame too (its contract, served by reference): step out of it
      if (!frames[0].source.path) {
        assert.ok(frames[0].source.sourceReference > 0 && / \[native\]$/.test(frames[0].name), `a frame with no source path: ${JSON.stringify(frames[0])}`);
        const out = await step('stepOut');
        assert.strictEqual(out.event, 'stopped');
        continue;
      }
      entered = frames[0];
    }
    assert.ok(entered, 'stepIn never entered a C function');
    // the callee is kernel C: a .c file, or a static inline function in a header
    const callee = fsPath(entered.source.path);
    assert.ok(/\.[ch]$/.test(callee) && fs.existsSync(callee), `entered frame source ${entered.source.path}`);
    assert.notStrictEqual(entered.name, entry.fn, 'stepIn stayed in the entry function');
    // step over from there: calls run whole, so the collect walk is one step from its caller
    let state = (await request('mmstepState')).state;
    const migrating = s => s.processes.some(p => p.ptes.some(e => e.kind === 'migration'));
    for (let i = 0; i < MAX_NEXTS && !migrating(state); i++) {
      const ev = await step('next');
      assert.strictEqual(ev.event, 'stopped', `the run ended after ${i} steps without a migration entry`);
      state = (await request('mmstepState')).state;
    }
    const mig = state.processes.flatMap(p => p.ptes).filter(e => e.kind === 'migration');
    assert.ok(mig.length > 0, `no migration entry within ${MAX_NEXTS} steps`);
    const shown = await waitFor(() => { const s = panel.lastState(); return s && s.step === state.step && s; },
      15000, () => `the panel to receive step ${state.step} (has step ${(panel.lastState() || {}).step})`);
    const pte = shown.processes.flatMap(p => p.ptes).find(e => e.key === mig[0].key);
    assert.ok(pte, `panel lacks ${mig[0].key}`);
    assert.strictEqual(pte.kind, 'migration');
    assert.match(pte.text, /migration/);
    assert.ok(shown.changed.includes(pte.key), `${pte.key} not marked changed (changed: ${shown.changed})`);
    const rendered = await waitFor(() => { const r = panel.lastRendered(); return r && r.step === state.step && r; },
      15000, () => `the webview to report rendering step ${state.step} (last report: ${JSON.stringify(panel.lastRendered())})`);
    assert.ok(rendered.changed >= 1, 'webview rendered no changed marker');
  });

  test('stepBack undoes statements: a migration entry is a present PTE again, and the panel follows', async function () {
    this.timeout(120000);
    const before = (await request('mmstepState')).state;
    // The entry installed last (highest address: the walk goes up) is undone first.
    const key = before.processes.flatMap(p => p.ptes).filter(e => e.kind === 'migration').pop().key;
    // Back statement by statement until that PTE is present again (the 2016 collect clears it
    // first, then installs the migration entry: stepping back passes through 'none').
    let state = before;
    for (let i = 0; i < 400 && state.processes.flatMap(p => p.ptes).find(e => e.key === key).kind !== 'present'; i++) {
      const ev = await step('stepBack');
      assert.strictEqual(ev.event, 'stopped');
      state = (await request('mmstepState')).state;
    }
    assert.strictEqual(state.processes.flatMap(p => p.ptes).find(e => e.key === key).kind, 'present');
    assert.ok(state.step < before.step, `step went from ${before.step} to ${state.step}`);
    const panel = await statePanel();
    await waitFor(() => { const s = panel.lastState(); return s && s.step === state.step && s; },
      15000, () => `the panel to show step ${state.step} after stepping back`);
  });

  test('continue runs to the end: the expectations pass and the session ends', async () => {
    const since = rec.mark();
    const ended = new Promise(r => vscode.debug.onDidTerminateDebugSession(r));
    await request('continue', { threadId });
    const exited = await rec.waitEvent('exited', since, 30000);
    assert.strictEqual(exited.body.exitCode, 0, 'scenario expectations failed');
    await rec.waitEvent('terminated', since, 30000);
    await withTimeout(ended, 15000, 'session end');
  });
});
