// The packaged extension, as a user gets it: run-all.sh builds mmstep-*.vsix (`npm run package`),
// installs it with `code-server --install-extension` into this run's --extensions-dir
// ($MMSTEP_E2E_EXT_DIR) and opens the repository (the examples' C is in kernel/, which an installed
// mmstep reads only inside the workspace) with no mmstep development copy. These tests check that
// the mmstep in this extension host is that installed copy (its folder, its files, the module the
// host actually loaded) and that a whole debug session works with it: the Debug Scenario command
// stops on entry in the scenario's entry function, the state panel renders the range's PTEs (the
// webview's script and CSS come from the installed dist/), a step, and a run to a passing end.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { entryDefinition } = require('../suite/c-source');
const { REPO, EXAMPLES, EXT_ID, withTimeout, waitFor, DapRecorder, workspaceFolder } = require('../suite/helpers');

const SCENARIO = path.join(EXAMPLES, 'private-4pages.mmstep.yaml');
const EXT_DIR = process.env.MMSTEP_E2E_EXT_DIR;
const real = p => fs.realpathSync(p);
const under = (p, dir) => real(p).startsWith(real(dir) + path.sep);

/** Script paths of the processes descended from this extension host whose command line names a file ending in `suffix`. */
function childScripts(suffix) {
  const parentOf = pid => {
    try { return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\)\s+\S+\s+/, '').split(' ')[0]); } catch { return 0; }
  };
  const out = [];
  for (const pid of fs.readdirSync('/proc').filter(d => /^\d+$/.test(d)).map(Number)) {
    let p = pid;
    for (let hops = 0; p > 1 && p !== process.pid && hops < 20; hops++) p = parentOf(p);
    if (p !== process.pid || pid === process.pid) continue;
    let argv;
    try { argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'); } catch { continue; }
    out.push(...argv.filter(a => a.endsWith(suffix)));
  }
  return out;
}

suite('the packaged .vsix installed into code-server', function () {
  this.timeout(60000);
  let ext, extPath;

  suiteSetup(() => {
    assert.ok(EXT_DIR, 'MMSTEP_E2E_EXT_DIR is not set (run-all.sh sets it on code-server)');
    ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `${EXT_ID} is not installed in this extension host (${vscode.extensions.all.length} extensions)`);
    extPath = ext.extensionUri.fsPath;
  });

  test('mmstep is the copy installed in --extensions-dir, and the only one', () => {
    assert.ok(under(extPath, EXT_DIR), `mmstep runs from ${extPath}, not from the extensions dir ${EXT_DIR}`);
    assert.notStrictEqual(real(extPath), real(REPO), 'mmstep runs from the repository (development copy)');
    assert.strictEqual(path.basename(extPath), `${EXT_ID}-${ext.packageJSON.version}`);
    assert.strictEqual(vscode.extensions.all.filter(e => e.id.toLowerCase() === EXT_ID).length, 1);
    // VS Code writes the package's manifest next to an extension installed from a .vsix
    assert.ok(fs.existsSync(path.join(extPath, '.vsixmanifest')), `no .vsixmanifest in ${extPath}`);
  });

  test('the installed folder holds what the extension needs and none of the sources', () => {
    const pkg = ext.packageJSON;
    for (const f of [pkg.main, 'dist/debugAdapter.js', 'dist/webview.js', 'dist/state.css', 'dist/tree-sitter-c.wasm',
      'dist/web-tree-sitter.wasm', 'schemas/scenario.schema.json', 'media/icon.svg', 'package.json']) {
      assert.ok(fs.existsSync(path.join(extPath, f)), `${f} missing from the installed extension`);
    }
    for (const d of ['src', 'test', 'out', 'node_modules', 'scripts', '.ci']) {
      assert.ok(!fs.existsSync(path.join(extPath, d)), `${d}/ was packaged into the .vsix`);
    }
  });

  test('activating it loads the installed dist/extension.js, not the repository\'s', async () => {
    const api = await ext.activate();
    assert.ok(ext.isActive && api && api.statePanel, 'the installed extension did not activate with its API');
    const loaded = Object.keys(require.cache);
    const main = real(path.join(extPath, ext.packageJSON.main));
    assert.ok(loaded.some(k => k === main || k === path.join(extPath, ext.packageJSON.main)),
      `${main} is not among the loaded modules`);
    const repoDist = path.join(REPO, 'dist') + path.sep;
    assert.deepStrictEqual(loaded.filter(k => k.startsWith(repoDist)), [], 'a module of the repository\'s dist/ is loaded');
  });

  suite('a debug session with the installed mmstep', function () {
    let rec, session, threadId, entry;
    const request = (cmd, args) => withTimeout(session.customRequest(cmd, args), 15000, `DAP ${cmd}`);

    suiteSetup(() => { entry = entryDefinition(SCENARIO); rec = new DapRecorder(); });
    suiteTeardown(async () => {
      if (vscode.debug.activeDebugSession) await vscode.debug.stopDebugging().then(undefined, () => {});
      if (rec) rec.dispose();
    });

    test('"mmstep: Debug Scenario" on the open private-4pages stops on entry in its entry function', async () => {
      // as the README tells a user of the .vsix: the repository open, the scenario in the editor
      assert.strictEqual(workspaceFolder().uri.fsPath, REPO, 'the workspace is not the repository');
      await vscode.window.showTextDocument(vscode.Uri.file(SCENARIO));
      const since = rec.mark();
      const ok = await vscode.commands.executeCommand('mmstep.debugScenario');
      assert.ok(ok, 'mmstep.debugScenario did not start a session');
      const stopped = await rec.waitEvent('stopped', since, 30000);
      assert.strictEqual(stopped.body.reason, 'entry');
      session = vscode.debug.activeDebugSession;
      assert.ok(session && session.type === 'mmstep', 'no active mmstep session');
      threadId = stopped.body.threadId;
      const [top] = (await request('stackTrace', { threadId })).stackFrames;
      assert.strictEqual(top.name, entry.fn);
      // the adapter runs in a child process (the default; inline only with MMSTEP_INLINE_ADAPTER=1
      // or without dist/debugAdapter.js): it must be the installed dist/debugAdapter.js
      const scripts = childScripts('debugAdapter.js');
      if (process.env.MMSTEP_INLINE_ADAPTER !== '1') {
        assert.ok(scripts.length > 0, 'no debug adapter child process (dist/debugAdapter.js) under this extension host');
      }
      for (const script of scripts) {
        assert.ok(under(script, extPath), `the debug adapter runs ${script}, not the installed copy under ${extPath}`);
      }
      console.log(`      adapter: ${scripts.join(', ') || 'inline'}`);
    });

    test('the installed state panel renders the range\'s PTEs', async () => {
      const panel = (await ext.activate()).statePanel;
      await waitFor(() => panel.isOpen(), 15000, 'state panel to open');
      const { state } = await request('mmstepState');
      const ptes = state.processes.flatMap(p => p.ptes);
      assert.ok(ptes.length >= 4, `expected the 4-page range, the adapter reports ${ptes.length} PTEs`);
      const rendered = await waitFor(() => { const r = panel.lastRendered(); return r && r.step === state.step && r; },
        20000, () => `the webview to report rendering step ${state.step} (last report: ${JSON.stringify(panel.lastRendered())})`);
      assert.strictEqual(rendered.ptes, ptes.length, 'the webview rendered a different number of PTEs');
    });

    test('next steps, and continue runs to a passing end', async () => {
      let since = rec.mark();
      await request('next', { threadId });
      const ev = await rec.waitEvent(['stopped', 'terminated'], since);
      assert.strictEqual(ev.event, 'stopped');
      assert.strictEqual(ev.body.reason, 'step');
      since = rec.mark();
      const ended = new Promise(r => vscode.debug.onDidTerminateDebugSession(r));
      await request('continue', { threadId });
      const exited = await rec.waitEvent('exited', since, 30000);
      assert.strictEqual(exited.body.exitCode, 0, 'the scenario\'s expectations failed');
      await withTimeout(ended, 15000, 'session end');
    });
  });
});
