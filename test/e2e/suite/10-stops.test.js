// Where the debugger stops, in a real VS Code (issue 10, items 2, 5, 9): the v13 posted
// violation stops on its culprit, `unlock_page(page)`, with the cursor on that statement and no
// selection (a highlight, as a C debugger shows it); F10 then Step Back (the workbench commands)
// returns to the same line; `next` stops once per line — the stops from entry to the collect
// call are the statement stops with each line's repeats collapsed.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { EXAMPLES, REPO, withTimeout, waitFor, fsPath, DapRecorder, workspaceFolder, endSession, startStopped } = require('./helpers');

const POSTED = path.join(EXAMPLES, 'v13-restore-two-pmds-posted.mmstep.yaml');
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

suite('stops: violation at its culprit, F10 then Step Back, line stepping', function () {
  this.timeout(90000);
  let rec, session, threadId;
  const request = (cmd, args) => withTimeout(session.customRequest(cmd, args), 15000, `DAP ${cmd}`);
  const top = async () => (await request('stackTrace', { threadId })).stackFrames[0];

  async function start(scenario, stopOnEntry) {
    const start = await startStopped(rec, { name: 'e2e stops', scenario, stopOnEntry });
    session = start.session;
    threadId = start.stopped.body.threadId;
    return start.stopped;
  }

  /** The editor VS Code shows for the stop: its file and the cursor line (1-based). */
  async function editorAt(file, line) {
    await waitFor(() => {
      const ed = vscode.window.activeTextEditor;
      return ed && ed.document.uri.fsPath === file && ed.selection.active.line + 1 === line;
    }, 15000, `the editor at ${path.basename(file)}:${line}`);
    return vscode.window.activeTextEditor;
  }

  /** A workbench stepping command (what F10 / Step Back run) and the stop it causes. */
  async function command(id) {
    const since = rec.mark();
    await vscode.commands.executeCommand(id);
    return rec.waitEvent(['stopped', 'terminated'], since);
  }

  suiteSetup(() => { rec = new DapRecorder(); });
  suiteTeardown(async () => {
    await endSession().catch(() => {});
    if (rec) rec.dispose();
  });

  test('the v13 posted violation stops on unlock_page(page), the editor at that statement without a selection', async () => {
    const unlock = lineOf(V13_C, 'unlock_page(page);', 'addr += PAGE_SHIFT');
    const stopped = await start(POSTED, false);
    assert.strictEqual(stopped.body.reason, 'exception');
    assert.match(stopped.body.description || '', new RegExp(`broken by unlock_page\\(\\) at hmm_migrate_v13\\.c:${unlock}:`));
    const f = await top();
    assert.strictEqual(fsPath(f.source.path), V13_C);
    assert.strictEqual(f.line, unlock);
    assert.strictEqual(f.endLine, undefined);
    const ed = await editorAt(V13_C, unlock);
    assert.ok(ed.selection.isEmpty, `the statement is selected: ${JSON.stringify(ed.selection)}`);
    const text = ed.document.lineAt(unlock - 1).text;
    assert.strictEqual(ed.selection.active.character, text.indexOf('unlock_page'));
    // F10 from the culprit: on to the next statement; Step Back: the culprit's line again
    await command('workbench.action.debug.stepOver');
    await editorAt(V13_C, unlock + 1);
    await command('workbench.action.debug.stepBack');
    await editorAt(V13_C, unlock);
    await endSession();
  });

  test('F10 then Step Back returns to the same line, over a call too', async () => {
    await start(PRIVATE, true);
    let overCall = false;
    for (let i = 0; i < 25; i++) {
      const before = await top();
      const depth = (await request('stackTrace', { threadId })).stackFrames.length;
      await editorAt(TEST_C, before.line);
      const s = await command('workbench.action.debug.stepOver');
      if (s.event !== 'stopped') break;
      const mid = await top();
      await editorAt(fsPath(mid.source.path), mid.line);
      await command('workbench.action.debug.stepBack');
      const back = await top();
      assert.strictEqual(back.line, before.line, `F10 from line ${before.line} went to ${mid.line}; Step Back came to ${back.line}`);
      assert.strictEqual((await request('stackTrace', { threadId })).stackFrames.length, depth);
      await editorAt(TEST_C, before.line);
      if (/\w+\(.*\);/.test(fs.readFileSync(TEST_C, 'utf8').split('\n')[before.line - 1])) overCall = true;
      await command('workbench.action.debug.stepOver');
    }
    assert.ok(overCall, 'no F10 over a call was checked');
    await endSession();
  });

  test('next stops once per line: the stops from entry to the collect call are the statement stops collapsed by line', async () => {
    const collect = lineOf(TEST_C, 'hmm_migrate_collect(&migrate);');
    const walk = async (args) => {
      await start(PRIVATE, true);
      const lines = [];
      for (let i = 0; i < 80; i++) {
        const f = await top();
        lines.push(f.line);
        if (f.line === collect) break;
        const since = rec.mark();
        await request('next', { threadId, ...args });
        await rec.waitEvent('stopped', since);
      }
      await endSession();
      return lines;
    };
    const byLine = await walk({});
    const byStatement = await walk({ granularity: 'statement' });
    assert.strictEqual(byLine[byLine.length - 1], collect);
    const collapsed = byStatement.filter((l, i) => i === 0 || l !== byStatement[i - 1]);
    assert.deepStrictEqual(byLine, collapsed);
    assert.ok(byStatement.length > byLine.length, `${byStatement.length} statement stops, ${byLine.length} line stops`);
    console.log(`    next from entry to the collect call: ${byLine.length - 1} line stops (${byStatement.length - 1} by statement)`);
  });
});
