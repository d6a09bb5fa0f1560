// Values in a real VS Code (issue 10 items 1, 4, 8): stopped in the v13 collect walk, a failing
// watch / hover / console expression is answered for the Watch view (an error without showUser:
// VS Code's rawDebugSession raises a notification only for showUser), the Variables and evaluate
// answers format by C type (a plain `unsigned long pfn` is 0x100, not flag-decoded; hmm_pfn_t is),
// pointers name the frame of another function's local and expand to the pointee, DAP's hex
// format is honoured, and the thread is "main" in the threads list and in a held lock.
// The tests share one debug session and run in order.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { REPO, EXAMPLES, withTimeout, DapRecorder, workspaceFolder, endSession } = require('./helpers');

const SCENARIO = path.join(EXAMPLES, 'private-4pages.mmstep.yaml');
const MIGRATE_C = path.join(REPO, 'kernel', 'mm', 'hmm_migrate_v13.c');
const LINE = fs.readFileSync(MIGRATE_C, 'utf8').split('\n').findIndex(l => l.includes('get_page(page);')) + 1;

suite('values by C type, evaluate errors inline', function () {
  this.timeout(90000);
  let rec, session, threadId, top;
  const request = (cmd, args) => withTimeout(session.customRequest(cmd, args), 15000, `DAP ${cmd}`);
  const locals = async (frameId) => {
    const scopes = (await request('scopes', { frameId })).scopes;
    return (await request('variables', { variablesReference: scopes.find(s => s.name === 'Locals').variablesReference })).variables;
  };
  const named = (vars, name) => {
    const v = vars.find(x => x.name === name);
    assert.ok(v, `no ${name} among ${vars.map(x => x.name).join(', ')}`);
    return v;
  };

  const requests = [];
  let reqTracker;
  suiteSetup(async () => {
    rec = new DapRecorder();
    // what VS Code asks, to say which request a notification-raising answer belongs to
    reqTracker = vscode.debug.registerDebugAdapterTrackerFactory('mmstep', {
      createDebugAdapterTracker() { return { onWillReceiveMessage(m) { if (m.type === 'request') requests.push(m); } }; },
    });
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(vscode.Uri.file(MIGRATE_C), new vscode.Position(LINE - 1, 0)))]);
  });
  suiteTeardown(async () => {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await endSession().catch(() => {});
    if (rec) rec.dispose();
    if (reqTracker) reqTracker.dispose();
  });

  test('the session stops at the breakpoint in the collect walk', async () => {
    assert.ok(LINE > 0);
    const since = rec.mark();
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e values', scenario: SCENARIO, stopOnEntry: false,
    });
    assert.ok(ok, 'startDebugging returned false');
    const stopped = await rec.waitEvent('stopped', since, 30000);
    assert.strictEqual(stopped.body.reason, 'breakpoint');
    session = vscode.debug.activeDebugSession;
    threadId = stopped.body.threadId;
    top = (await request('stackTrace', { threadId })).stackFrames[0];
    assert.strictEqual(top.name, 'hmm_collect_walk_pmd');
  });

  test('a failing watch, hover or console expression is an error for the view, without showUser (no notification)', async () => {
    for (const context of ['watch', 'hover', 'repl']) {
      const since = rec.mark();
      await assert.rejects(request('evaluate', { expression: 'no_such_local', frameId: top.id, context }), /unknown identifier 'no_such_local'/);
      const r = await rec.waitMessage(m => m.type === 'response' && m.command === 'evaluate', since, 5000, 'evaluate response');
      assert.strictEqual(r.success, false);
      assert.ok(r.body && r.body.error, `${context}: no body.error`);
      assert.notStrictEqual(r.body.error.showUser, true, `${context}: showUser would raise a notification`);
      assert.match(r.body.error.format, /unknown identifier 'no_such_local'/);
    }
  });

  test('Variables and evaluate format by C type; pointers name the frame and expand', async () => {
    const vars = await locals(top.id);
    assert.strictEqual(named(vars, 'pfn').value, '0x100');
    const slot = named(vars, 'slot');
    assert.strictEqual(slot.value, '&pfns[0] (frame of hmm_test_collect_isolate)');
    const under = (await request('variables', { variablesReference: slot.variablesReference })).variables;
    assert.strictEqual(under[0].name, '*slot');
    assert.match(under[0].value, /^pfn 0x100 \[VALID\|WRITE\|MIGRATE\]/);
    assert.strictEqual(named(vars, 'migrate').value, '&migrate (frame of hmm_test_collect_isolate)');
    const ev = await request('evaluate', { expression: 'migrate->pfns[0]', frameId: top.id, context: 'watch' });
    assert.strictEqual(ev.result, under[0].value);
    const npages = await request('evaluate', { expression: 'migrate->npages', frameId: top.id, context: 'hover' });
    assert.strictEqual(npages.result, '1');
    const hex = await request('evaluate', { expression: 'migrate->npages', frameId: top.id, context: 'watch', format: { hex: true } });
    assert.strictEqual(hex.result, '0x1');
  });

  test('one thread name: "main" in threads and in the lock it holds', async () => {
    const threads = (await request('threads')).threads;
    assert.strictEqual(threads.find(t => t.id === threadId).name, 'main');
    const vars = await locals(top.id);
    assert.match(named(vars, 'ptl').value, /held by main/);
  });

  test('no answer of the session asked VS Code for a notification (an error with showUser)', async () => {
    const shown = rec.messages.filter(m => m.type === 'response' && !m.success && m.body && m.body.error && m.body.error.showUser);
    const asked = shown.map(r => {
      const q = requests.find(x => x.seq === r.request_seq);
      return `${r.command} ${JSON.stringify(q ? q.arguments : '?')}: ${r.message}`;
    });
    assert.deepStrictEqual(asked, []);
  });
});
