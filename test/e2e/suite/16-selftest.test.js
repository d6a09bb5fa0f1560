// Debugging one of the kernel's own hmm-tests in a real VS Code (issue 12 item 6): the command
// "mmstep: Debug a Kernel Selftest…" with a test named starts a session of the Linux 6.12
// tree's hmm-tests.c, stopped at the test's entry; a breakpoint added on the test's ioctl() line
// is hit there with the tree's file on the stack, and the state panel shows the test process's
// page tables. Without a test named, the command lists the tree's runs in a quick pick; the
// first one picked starts its session.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { waitFor, fsPath, DapRecorder, endSession, statePanel } = require('./helpers');

const CACHE = process.env.MMSTEP_KERNEL_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'mmstep', 'kernel-trees');
const TREE = path.join(CACHE, 'linux-6.12');
const TEST_C = path.join(TREE, 'tools', 'testing', 'selftests', 'mm', 'hmm-tests.c');

async function stack(session) {
  const r = await session.customRequest('stackTrace', { threadId: 1 });
  return r.stackFrames;
}

suite('a kernel tree\'s own hmm-tests in the debugger (mmstep.debugSelftest)', function () {
  this.timeout(240000);
  let rec;
  suiteSetup(() => {
    if (!fs.existsSync(TEST_C)) throw new Error(`${TEST_C} is missing: extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\``);
    rec = new DapRecorder();
  });
  suiteTeardown(async () => {
    await endSession();
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    rec.dispose();
  });

  test('the command with a test starts its session; a breakpoint on the ioctl() line is hit in the tree\'s file; the state panel follows', async () => {
    const since = rec.mark();
    const ok = await vscode.commands.executeCommand('mmstep.debugSelftest', { kernelTree: TREE, test: 'hmm2.hmm2_device_private.migrate_mixed' });
    assert.strictEqual(ok, true);
    const entry = await rec.waitEvent('stopped', since, 120000);
    assert.strictEqual(entry.body.reason, 'entry');
    const session = vscode.debug.activeDebugSession;
    assert.strictEqual(session.configuration.selftest, 'hmm2.hmm2_device_private.migrate_mixed');
    assert.strictEqual(session.configuration.kernelTree, TREE);

    const text = fs.readFileSync(TEST_C, 'utf8').split('\n');
    const line = text.findIndex(l => l.includes('ret = ioctl(fd, request, &cmd);')) + 1;
    assert.ok(line > 0);
    vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(vscode.Uri.file(TEST_C), new vscode.Position(line - 1, 0)))]);
    await waitFor(async () => {
      const bps = rec.messages.slice(since).filter(m => m.type === 'response' && m.command === 'setBreakpoints' && m.success && m.body.breakpoints.some(b => b.verified && b.line === line));
      return bps.length > 0;
    }, 30000, 'the ioctl breakpoint to be verified');
    const hit = await rec.stopAfter(() => session.customRequest('continue', { threadId: 1 }), 120000);
    assert.strictEqual(hit.event, 'stopped');
    assert.strictEqual(hit.body.reason, 'breakpoint');
    const frames = await stack(session);
    assert.strictEqual(frames[0].name, 'hmm_dmirror_cmd');
    assert.strictEqual(frames[0].line, line);
    assert.strictEqual(fsPath(frames[0].source.path), TEST_C);

    // the state panel (the extension's view of the last stop) shows the test process's ptes
    const panel = await statePanel();
    await waitFor(() => {
      const st = panel.lastState();
      return st && st.processes.some(p => p.pid === 1 && p.ptes.length > 0);
    }, 30000, 'the state panel to show the test process');
    await endSession();
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
  });

  test('without a test, the command lists the tree\'s runs; picking the first starts it', async () => {
    const since = rec.mark();
    const started = vscode.commands.executeCommand('mmstep.debugSelftest', { kernelTree: TREE });
    // The quick pick opens once the file is read (about a second); accept its first item.
    const session = await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return vscode.debug.activeDebugSession;
    }, 60000, 'a session started from the quick pick');
    assert.strictEqual(await started, true);
    assert.strictEqual(session.configuration.selftest, 'hmm.hmm_device_private.open_close');
    const entry = await rec.waitEvent('stopped', since, 120000);
    assert.strictEqual(entry.body.reason, 'entry');
    await endSession();
  });
});
