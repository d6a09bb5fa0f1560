// Reverse execution in a real VS Code (issue 10): Step Back is the exact reverse of F10 — after
// F10 over a call, a breakpoint set inside that call is where Step Back stops (as gdb's
// reverse-next does, and as F10 itself stops at a breakpoint inside the call), then Step Back
// goes on inside the call; F10 from there arrives at the breakpoint's line again.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { EXAMPLES, REPO, withTimeout, waitFor, fsPath, DapRecorder, endSession, startStopped } = require('./helpers');

const PRIVATE = path.join(EXAMPLES, 'private-4pages.mmstep.yaml');
const V13_C = path.join(REPO, 'kernel/mm/hmm_migrate_v13.c');
const TEST_C = path.join(REPO, 'kernel/test/hmm_test_v13.c');

function lineOf(file, text, after) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const from = after ? lines.findIndex(l => l.includes(after)) : 0;
  const k = lines.findIndex((l, i) => i >= from && l.includes(text));
  assert.ok(from >= 0 && k >= 0, `${text} not in ${file}`);
  return k + 1;
}

function sourceBreakpoint(file, line) {
  return new vscode.SourceBreakpoint(new vscode.Location(vscode.Uri.file(file), new vscode.Position(line - 1, 0)));
}

suite('reverse: Step Back stops at a breakpoint inside the call F10 stepped over', function () {
  this.timeout(90000);
  let rec, session, threadId;
  const request = (cmd, args) => withTimeout(session.customRequest(cmd, args), 15000, `DAP ${cmd}`);
  const top = async () => (await request('stackTrace', { threadId })).stackFrames[0];

  async function editorAt(file, line) {
    await waitFor(() => {
      const ed = vscode.window.activeTextEditor;
      return ed && ed.document.uri.fsPath === file && ed.selection.active.line + 1 === line;
    }, 15000, `the editor at ${path.basename(file)}:${line}`);
  }

  /** A workbench stepping command (what F10 / Step Back run) and the stop it causes. */
  async function command(id) {
    const since = rec.mark();
    await vscode.commands.executeCommand(id);
    return rec.waitEvent(['stopped', 'terminated'], since);
  }

  /** Change VS Code's breakpoints and wait until the adapter has answered the change. */
  async function breakpoints(change) {
    const since = rec.mark();
    change();
    await rec.waitMessage(m => m.type === 'response' && m.command === 'setBreakpoints', since, 15000, 'setBreakpoints');
  }

  suiteSetup(() => {
    rec = new DapRecorder();
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
  });
  suiteTeardown(async () => {
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await endSession().catch(() => {});
    if (rec) rec.dispose();
  });

  test('F10 over hmm_migrate_collect, a breakpoint inside it, Step Back stops there', async () => {
    const call = lineOf(TEST_C, 'hmm_migrate_collect(&migrate);');
    const inside = lineOf(V13_C, 'mmu_notifier_invalidate_range_end(walk.mm', 'void hmm_migrate_collect(');
    vscode.debug.addBreakpoints([sourceBreakpoint(TEST_C, call)]);
    const start = await startStopped(rec, { name: 'e2e reverse', scenario: PRIVATE, stopOnEntry: true });
    session = start.session;
    threadId = start.stopped.body.threadId;
    const hit = await rec.stopAfter(() => request('continue', { threadId }));
    assert.strictEqual(hit.body.reason, 'breakpoint');
    await editorAt(TEST_C, call);
    await breakpoints(() => vscode.debug.removeBreakpoints(vscode.debug.breakpoints));
    // F10 over the call: nothing inside stops it
    const over = await command('workbench.action.debug.stepOver');
    assert.strictEqual(over.body.reason, 'step');
    const after = await top();
    assert.strictEqual(fsPath(after.source.path), TEST_C);
    assert.ok(after.line > call, `F10 went to ${after.line}`);
    await editorAt(TEST_C, after.line);
    // a breakpoint inside the call, then Step Back: the breakpoint, not the calling line
    await breakpoints(() => vscode.debug.addBreakpoints([sourceBreakpoint(V13_C, inside)]));
    const back = await command('workbench.action.debug.stepBack');
    assert.strictEqual(back.event, 'stopped');
    assert.strictEqual(back.body.reason, 'breakpoint');
    const f = await top();
    assert.deepStrictEqual([f.name, fsPath(f.source.path), f.line], ['hmm_migrate_collect', V13_C, inside]);
    await editorAt(V13_C, inside);
    // Step Back goes on inside the call (over the walk, to the line before); F10 returns
    await command('workbench.action.debug.stepBack');
    await editorAt(V13_C, inside - 1);
    await command('workbench.action.debug.stepOver');
    await editorAt(V13_C, inside);
    await endSession();
  });
});
