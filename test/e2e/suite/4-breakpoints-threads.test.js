// Breakpoints set through VS Code's own API (as a click in the gutter does) and scenario threads,
// seen through the real workbench: a line breakpoint in the entry function is hit at its line
// without stopOnEntry; trylock-fails.mmstep.yaml shows its extra kernel threads as DAP threads
// and still runs to a passing end.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const YAML = require('yaml');
const { entryDefinition, firstCallInEntry } = require('./c-source');
const { EXAMPLES, withTimeout, waitFor, fsPath, DapRecorder, workspaceFolder, endSession } = require('./helpers');


suite('breakpoints and threads in a real VS Code', function () {
  this.timeout(60000);
  let rec;
  suiteSetup(() => { rec = new DapRecorder(); });
  suiteTeardown(async () => {
    await endSession();
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    rec.dispose();
  });

  test('a line breakpoint added with vscode.debug.addBreakpoints is hit at its line', async () => {
    const scenario = path.join(EXAMPLES, 'private-4pages.mmstep.yaml');
    const def = entryDefinition(scenario);
    const target = { fn: def.fn, file: def.file, ...firstCallInEntry(def) };
    const bp = new vscode.SourceBreakpoint(new vscode.Location(vscode.Uri.file(target.file), new vscode.Position(target.line - 1, 0)));
    vscode.debug.addBreakpoints([bp]);
    try {
      const since = rec.mark();
      const ok = await vscode.debug.startDebugging(workspaceFolder(), {
        type: 'mmstep', request: 'launch', name: 'e2e breakpoint', scenario, stopOnEntry: false,
      });
      assert.ok(ok, 'startDebugging returned false');
      const stopped = await rec.waitEvent(['stopped', 'terminated'], since, 30000);
      assert.strictEqual(stopped.event, 'stopped', `the run ended without hitting the breakpoint at ${target.text}`);
      assert.strictEqual(stopped.body.reason, 'breakpoint');
      const session = vscode.debug.activeDebugSession;
      const [top] = (await withTimeout(session.customRequest('stackTrace', { threadId: stopped.body.threadId }), 15000, 'stackTrace')).stackFrames;
      assert.strictEqual(top.name, target.fn);
      assert.strictEqual(fsPath(top.source.path), target.file);
      assert.strictEqual(top.line, target.line, `stopped at line ${top.line}, the breakpoint is on ${target.line} (${target.text})`);
    } finally {
      vscode.debug.removeBreakpoints([bp]);
      await endSession();
    }
  });

  test('trylock-fails shows its kernel threads and runs to a passing end', async () => {
    const scenario = path.join(EXAMPLES, 'trylock-fails.mmstep.yaml');
    const extra = (YAML.parse(fs.readFileSync(scenario, 'utf8')).threads || []).map(t => t.name);
    assert.ok(extra.length > 0, 'trylock-fails declares no extra threads');
    const since = rec.mark();
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e threads', scenario, stopOnEntry: true,
    });
    assert.ok(ok, 'startDebugging returned false');
    const stopped = await rec.waitEvent('stopped', since, 30000);
    assert.strictEqual(stopped.body.reason, 'entry');
    const session = vscode.debug.activeDebugSession;
    const names = (await withTimeout(session.customRequest('threads'), 15000, 'threads')).threads.map(t => t.name);
    for (const n of ['main', ...extra]) {
      assert.ok(names.some(x => x === n || x.startsWith(n + ' ') || x.includes(n)), `thread ${n} missing from ${JSON.stringify(names)}`);
    }
    const run = rec.mark();
    await withTimeout(session.customRequest('continue', { threadId: stopped.body.threadId }), 15000, 'continue');
    const exited = await rec.waitEvent('exited', run, 30000);
    assert.strictEqual(exited.body.exitCode, 0, 'trylock-fails expectations failed');
    await rec.waitEvent('terminated', run, 30000);
    await waitFor(() => !vscode.debug.activeDebugSession, 15000, 'the session to end');
  });
});
