// Runaway and out-of-memory scenarios in a real VS Code do not take the extension host down
// (issue 7, class 10): the debug adapter runs in a child process, so C that loops for ever keeps
// the extension host responsive and is paused at once, and a scenario that exhausts the adapter's
// heap ends only the adapter, with "mmstep debug adapter ended: out of memory (heap limit N MB)";
// afterwards other mmstep commands (Run Scenario, a new debug session) still work.
'use strict';
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { REPO, EXAMPLES, withTimeout, DapRecorder, mmstepApi, workspaceFolder } = require('./helpers');

const FIXTURES = path.join(REPO, 'test', 'unit', 'debug', 'fixtures');
const FOREVER = path.join(FIXTURES, 'count-forever.mmstep.yaml');
const HOG = path.join(FIXTURES, 'hog.mmstep.yaml');
const PRIVATE = path.join(EXAMPLES, 'private-4pages.mmstep.yaml');
const HEAP_MB = 384;

suite('runaway scenarios do not take the extension host down', function () {
  this.timeout(120000);
  let rec;

  suiteSetup(() => { rec = new DapRecorder(); });
  suiteTeardown(async () => {
    delete process.env.MMSTEP_ADAPTER_HEAP_MB;
    if (vscode.debug.activeDebugSession) await vscode.debug.stopDebugging();
    if (rec) rec.dispose();
  });

  async function stopAll() {
    if (!vscode.debug.activeDebugSession) return;
    const ended = new Promise(r => vscode.debug.onDidTerminateDebugSession(r));
    await vscode.debug.stopDebugging();
    await withTimeout(ended, 15000, 'session end').catch(() => {});
  }

  test('an endless loop runs in the child adapter; the host stays responsive and pause is answered', async () => {
    const since = rec.mark();
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e forever', scenario: FOREVER, stopOnEntry: true,
    });
    assert.ok(ok, 'startDebugging returned false');
    const entry = await rec.waitEvent('stopped', since, 30000);
    const api = await mmstepApi();
    assert.strictEqual(api.debugAdapter.lastMode(), 'child');
    const pid = api.debugAdapter.childPid();
    assert.ok(pid && pid !== process.pid, `adapter pid ${pid}, extension host ${process.pid}`);
    const session = vscode.debug.activeDebugSession;
    const threadId = entry.body.threadId;
    await withTimeout(session.customRequest('continue', { threadId }), 15000, 'continue');
    // While the C loops, this extension host's event loop is free: timers fire on time.
    let worst = 0;
    for (let i = 0; i < 10; i++) {
      const t0 = Date.now();
      await new Promise(r => setTimeout(r, 20));
      worst = Math.max(worst, Date.now() - t0 - 20);
    }
    const paused = rec.mark();
    const t0 = Date.now();
    await withTimeout(session.customRequest('pause', { threadId }), 15000, 'pause');
    const stop = await rec.waitEvent('stopped', paused, 15000);
    const ms = Date.now() - t0;
    console.log(`      extension host timer lag while C loops: ${worst} ms; pause → stopped: ${ms} ms`);
    assert.strictEqual(stop.body.reason, 'pause');
    assert.ok(worst < 5000, `the extension host was blocked for ${worst} ms`);
    const frames = (await session.customRequest('stackTrace', { threadId })).stackFrames;
    assert.strictEqual(frames[0].name, 'count_forever');
    await stopAll();
  });

  test('a scenario that exhausts the heap ends the adapter with a clear message, not the host', async () => {
    process.env.MMSTEP_ADAPTER_HEAP_MB = String(HEAP_MB);
    const since = rec.mark();
    const terminated = new Promise(r => vscode.debug.onDidTerminateDebugSession(r));
    const want = `mmstep debug adapter ended: out of memory (heap limit ${HEAP_MB} MB)`;
    // The heap may fill up while launching (startDebugging then fails with the message) or
    // while running (the debug console gets it and the session terminates).
    let launchError;
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e hog', scenario: HOG, stopOnEntry: false,
    }).catch(e => { launchError = String(e && e.message); return false; });
    if (launchError) {
      assert.ok(launchError.includes(`debug adapter ended: out of memory (heap limit ${HEAP_MB} MB)`), launchError);
    } else {
      assert.ok(ok, 'startDebugging returned false');
      const ended = await rec.waitMessage(
        m => m.type === 'event' && m.event === 'output' && /mmstep debug adapter ended/.test(m.body.output), since, 90000, 'the adapter end message');
      assert.strictEqual(ended.body.output, `${want}\n`);
    }
    console.log(`      ${launchError ? 'at launch' : 'while running'}: ${want}`);
    if (!launchError) await withTimeout(terminated, 30000, 'the session ends');
    delete process.env.MMSTEP_ADAPTER_HEAP_MB;
    // this extension host is alive and well
    assert.ok(process.memoryUsage().heapUsed < 1024 * 1024 * 1024);
  });

  test('after it, Run Scenario and a new debug session still work', async () => {
    const code = await withTimeout(vscode.commands.executeCommand('mmstep.runScenario', vscode.Uri.file(PRIVATE)), 60000, 'Run Scenario');
    assert.strictEqual(code, 0, 'Run Scenario of the demo');
    const runaway = await withTimeout(vscode.commands.executeCommand('mmstep.runScenario', vscode.Uri.file(FOREVER)), 60000, 'Run Scenario of a runaway');
    assert.strictEqual(runaway, 1, 'a runaway ends with the step budget: verdict FAIL');
    // Run Scenario's wall-clock limit: the child is killed, the command answers 3
    process.env.MMSTEP_RUN_TIMEOUT_S = '0.3';
    try {
      const timedOut = await withTimeout(vscode.commands.executeCommand('mmstep.runScenario', vscode.Uri.file(FOREVER)), 60000, 'Run Scenario with a timeout');
      assert.strictEqual(timedOut, 3, 'a run stopped by its time limit');
    } finally {
      delete process.env.MMSTEP_RUN_TIMEOUT_S;
    }
    const since = rec.mark();
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e after', scenario: PRIVATE, stopOnEntry: true,
    });
    assert.ok(ok);
    const stop = await rec.waitEvent('stopped', since, 30000);
    assert.strictEqual(stop.body.reason, 'entry');
    assert.strictEqual((await mmstepApi()).debugAdapter.lastMode(), 'child');
    await stopAll();
  });

  test('the inline adapter (virtual file systems, MMSTEP_INLINE_ADAPTER=1) still serves a session', async () => {
    process.env.MMSTEP_INLINE_ADAPTER = '1';
    try {
      const since = rec.mark();
      const ok = await vscode.debug.startDebugging(workspaceFolder(), {
        type: 'mmstep', request: 'launch', name: 'e2e inline', scenario: PRIVATE, stopOnEntry: true,
      });
      assert.ok(ok);
      const stop = await rec.waitEvent('stopped', since, 30000);
      assert.strictEqual(stop.body.reason, 'entry');
      assert.strictEqual((await mmstepApi()).debugAdapter.lastMode(), 'inline');
      const state = await withTimeout(vscode.debug.activeDebugSession.customRequest('mmstepState'), 15000, 'mmstepState');
      assert.strictEqual(state.state.pages.length, 4);
      await stopAll();
    } finally {
      delete process.env.MMSTEP_INLINE_ADAPTER;
    }
  });
});
