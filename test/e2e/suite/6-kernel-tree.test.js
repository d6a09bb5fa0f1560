// A kernel tree's own mm/migrate_device.c in a real VS Code (issue 8, acceptance "in the
// debugger"), through the mmstep.kernelTree setting: the Linux 6.12 tree that
// scripts/kernel-trees.sh extracts, named with `~`, overrides the fixture's kernel_tree
// (${MMSTEP_KERNEL_CACHE}/linux-6.12, unset here). A breakpoint added with
// vscode.debug.addBreakpoints on a line of the tree's migrate_vma_collect_pmd is hit at that
// line, the stack shows the tree's file, the stage is collect, step over works twice; "Run
// Scenario" uses the setting too; a setting that is not a tree starts nothing, and launch.json's
// kernelTree overrides the setting; a load error in
// a macro expansion is in the Problems panel with the #define as related information; and a
// statement that uses macros shows them in a "Macro expansion" scope.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { REPO, withTimeout, waitFor, fsPath, DapRecorder, workspaceFolder, endSession, setKernelTree: setTree } = require('./helpers');

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'scenarios', 'kernel-tree', 'current-private-4pages-6.12.mmstep.yaml');
// Where scripts/kernel-trees.sh extracts (src/sim/kernel-tree.ts kernelTreeCacheDir, same rule).
const SAVED_CACHE = process.env.MMSTEP_KERNEL_CACHE;
const CACHE = SAVED_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'mmstep', 'kernel-trees');
const TREE = path.join(CACHE, 'linux-6.12');
const TREE_FILE = path.join(TREE, 'mm', 'migrate_device.c');
const TMP = path.join(REPO, 'test', 'e2e', '.state', `tree-${process.pid}`);

/** The setting's value as a user writes it: under the home directory, with `~`. */
function asTyped(p) {
  const home = os.homedir();
  return p.startsWith(home + path.sep) ? '~' + p.slice(home.length) : p;
}



suite('a kernel tree through the mmstep.kernelTree setting', function () {
  this.timeout(120000);
  let rec;
  suiteSetup(() => {
    if (!fs.existsSync(TREE_FILE)) throw new Error(`${TREE_FILE} is missing: extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\``);
    // The child adapter inherits this environment: without the setting the fixture cannot load.
    delete process.env.MMSTEP_KERNEL_CACHE;
    fs.mkdirSync(TMP, { recursive: true });
    rec = new DapRecorder();
  });
  suiteTeardown(async () => {
    await endSession();
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await setTree(undefined);
    if (SAVED_CACHE !== undefined) process.env.MMSTEP_KERNEL_CACHE = SAVED_CACHE;
    rec.dispose();
    fs.rmSync(TMP, { recursive: true, force: true });
  });

  test('without the setting the fixture does not load (its kernel_tree needs $MMSTEP_KERNEL_CACHE)', async () => {
    await setTree(undefined);
    const since = rec.mark();
    let rejection = null;
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e tree unset', scenario: FIXTURE, stopOnEntry: true,
    }).then(v => v, e => { rejection = e; return false; });
    assert.strictEqual(ok, false);
    const launch = await rec.waitMessage(m => m.type === 'response' && m.command === 'launch', since, 30000, 'the launch response');
    assert.strictEqual(launch.success, false);
    assert.match(`${launch.message} ${rejection && rejection.message}`, /MMSTEP_KERNEL_CACHE is not set/);
    await waitFor(() => !vscode.debug.activeDebugSession, 15000, 'the failed session to end');
  });

  test('a breakpoint in the tree\'s migrate_vma_collect_pmd is hit at its line, the tree\'s file on the stack, step over twice', async () => {
    await setTree(asTyped(TREE));
    const text = fs.readFileSync(TREE_FILE, 'utf8').split('\n');
    const start = text.findIndex(l => /^static int migrate_vma_collect_pmd\(/.test(l));
    assert.ok(start >= 0, 'the tree\'s migrate_device.c defines migrate_vma_collect_pmd');
    const line = start + 1 + text.slice(start).findIndex(l => l.includes('pte_none('));
    const bp = new vscode.SourceBreakpoint(new vscode.Location(vscode.Uri.file(TREE_FILE), new vscode.Position(line - 1, 0)));
    vscode.debug.addBreakpoints([bp]);
    try {
      const since = rec.mark();
      const ok = await vscode.debug.startDebugging(workspaceFolder(), {
        type: 'mmstep', request: 'launch', name: 'e2e kernel tree', scenario: FIXTURE, stopOnEntry: false,
      });
      assert.ok(ok, 'startDebugging returned false');
      const stopped = await rec.waitEvent(['stopped', 'terminated'], since, 60000);
      assert.strictEqual(stopped.event, 'stopped', `the run ended without hitting ${path.basename(TREE_FILE)}:${line}`);
      assert.strictEqual(stopped.body.reason, 'breakpoint');
      const session = vscode.debug.activeDebugSession;
      assert.strictEqual(session.configuration.kernelTree, TREE, 'the setting reached the launch configuration expanded');
      const tid = stopped.body.threadId;
      const topFrame = async () => (await withTimeout(session.customRequest('stackTrace', { threadId: tid }), 15000, 'stackTrace')).stackFrames[0];
      const top = await topFrame();
      assert.strictEqual(top.name, 'migrate_vma_collect_pmd');
      assert.strictEqual(fsPath(top.source.path), TREE_FILE);
      assert.strictEqual(top.line, line);
      assert.ok(rec.events('output', since).some(e => e.body.output === '== stage: collect\n'), 'the collect stage was announced');
      const { state } = await withTimeout(session.customRequest('mmstepState'), 15000, 'mmstepState');
      assert.strictEqual(state.stage, 'collect');

      const lines = [line];
      for (let i = 0; i < 2; i++) {
        const mark = rec.mark();
        await withTimeout(session.customRequest('next', { threadId: tid }), 15000, 'next');
        const step = await rec.waitEvent('stopped', mark, 30000);
        assert.strictEqual(step.body.reason, 'step');
        const f = await topFrame();
        assert.strictEqual(f.name, 'migrate_vma_collect_pmd');
        assert.strictEqual(fsPath(f.source.path), TREE_FILE);
        assert.ok(f.line > start && f.line < start + 300, `step ${i + 1} stopped at line ${f.line}`);
        lines.push(f.line);
      }
      assert.strictEqual(new Set(lines).size, 3, `step over moved on each time: lines ${lines.join(', ')}`);
      console.log(`      stopped at ${path.basename(TREE_FILE)}:${lines.join(' -> ')}`);
    } finally {
      vscode.debug.removeBreakpoints([bp]);
      await endSession();
    }
  });

  test('Run Scenario uses the setting: the fixture runs to a passing verdict', async () => {
    await setTree(asTyped(TREE));
    const code = await withTimeout(vscode.commands.executeCommand('mmstep.runScenario', vscode.Uri.file(FIXTURE)), 90000, 'Run Scenario');
    assert.strictEqual(code, 0, 'mmstep run with the setting\'s tree did not pass');
  });

  test('a setting that is not a kernel tree starts no session and opens nothing', async () => {
    const notTree = path.join(TMP, 'not-a-tree');
    fs.mkdirSync(notTree, { recursive: true });
    await setTree(notTree);
    const editor = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString();
    const since = rec.mark();
    let rejection = null;
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e bad tree', scenario: FIXTURE, stopOnEntry: true,
    }).then(v => v, e => { rejection = e; return false; });
    assert.strictEqual(ok, false, 'startDebugging reported success with a bad mmstep.kernelTree');
    assert.strictEqual(rejection, null, `rejected: ${rejection && rejection.message}`);
    assert.strictEqual(vscode.debug.activeDebugSession, undefined, 'a session started');
    await new Promise(r => setTimeout(r, 500));
    assert.strictEqual(rec.mark(), since, 'the adapter was started');
    const now = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString();
    assert.strictEqual(now, editor, 'the active editor changed (launch.json opened?)');
  });

  test('launch.json\'s kernelTree takes precedence over the setting', async () => {
    await setTree(path.join(TMP, 'not-a-tree'));
    const since = rec.mark();
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e launch kernelTree', scenario: FIXTURE, stopOnEntry: true, kernelTree: asTyped(TREE),
    });
    assert.ok(ok, 'startDebugging returned false');
    try {
      const stopped = await rec.waitEvent(['stopped', 'terminated'], since, 60000);
      assert.strictEqual(stopped.event, 'stopped');
      assert.strictEqual(vscode.debug.activeDebugSession.configuration.kernelTree, TREE);
    } finally {
      await endSession();
    }
  });

  test('a load error in a macro expansion is in the Problems panel, with where the macro is defined as related information', async () => {
    const tree = path.join(TMP, 'bad-macro-tree');
    fs.mkdirSync(path.join(tree, 'mm'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'Makefile'), 'VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 0\n');
    const file = path.join(tree, 'mm', 'bad.c');
    fs.writeFileSync(file, ['#define BAD(x) ((x) + nosuch)', 'int entry(int n)', '{', '\treturn 1 + BAD(n);', '}', ''].join('\n'));
    const scenario = path.join(TMP, 'bad-macro.mmstep.yaml');
    fs.writeFileSync(scenario, ['name: bad macro', 'sources: [tree:mm/bad.c]', 'entry: { function: entry, args: [1] }', 'memory:',
      '  processes: [{ pid: 1, vmas: [{start: 0x7f0000000000, end: 0x7f0000001000}] }]', ''].join('\n'));
    await setTree(tree);
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e bad macro', scenario, stopOnEntry: true,
    }).then(v => v, () => false);
    assert.strictEqual(ok, false);
    await waitFor(() => !vscode.debug.activeDebugSession, 15000, 'the failed session to end');
    const uri = vscode.Uri.file(file);
    const diags = await waitFor(() => { const d = vscode.languages.getDiagnostics(uri).filter(x => x.source === 'mmstep'); return d.length ? d : undefined; }, 10000, `mmstep diagnostics on ${file}`);
    const d = diags.find(x => /nosuch/.test(x.message));
    assert.ok(d, JSON.stringify(diags.map(x => x.message)));
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.severity], [3, 12, vscode.DiagnosticSeverity.Error]);
    assert.deepStrictEqual((d.relatedInformation || []).map(r => [fsPath(r.location.uri.toString()), r.location.range.start.line, r.location.range.start.character, r.message]),
      [[file, 0, 8, "macro 'BAD' defined here"]]);
    // A scenario that loads clears what it left: fix the macro and launch again.
    fs.writeFileSync(file, ['#define BAD(x) ((x) + 1)', 'int entry(int n)', '{', '\treturn 1 + BAD(n);', '}', ''].join('\n'));
    assert.ok(await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e fixed macro', scenario, stopOnEntry: true,
    }), 'the fixed scenario did not start');
    await waitFor(() => vscode.languages.getDiagnostics(uri).filter(x => x.source === 'mmstep').length === 0, 15000, 'the diagnostics to clear');
    await endSession();
  });

  test('a statement a macro produced shows its macros in the "Macro expansion" scope', async () => {
    // A tree of our own making: a Makefile with a version, and a file whose statement is a macro.
    const tree = path.join(TMP, 'macro-tree');
    fs.mkdirSync(path.join(tree, 'mm'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'Makefile'), 'VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 0\n');
    fs.writeFileSync(path.join(tree, 'mm', 't.c'), [
      '#include <linux/kernel.h>',
      '#define BUMP(v) do { (v) += BIT(1); } while (0)',
      '#define BUMP_TWICE(v) BUMP(v); BUMP(v)',
      'int entry(int n)',
      '{',
      '\tint x = n;',
      '\tBUMP_TWICE(x);',
      '\treturn max(x, 3);',
      '}',
      '',
    ].join('\n'));
    const scenario = path.join(TMP, 'macro.mmstep.yaml');
    fs.writeFileSync(scenario, ['name: macro scope', 'sources: [tree:mm/t.c]', 'entry: { function: entry, args: [1] }', 'memory:',
      '  processes: [{ pid: 1, vmas: [{start: 0x7f0000000000, end: 0x7f0000001000}] }]', 'expect: { returns: 5 }', ''].join('\n'));
    await setTree(tree);
    const since = rec.mark();
    const ok = await vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e macro scope', scenario, stopOnEntry: true,
    });
    assert.ok(ok, 'startDebugging returned false');
    try {
      const entry = await rec.waitEvent('stopped', since, 30000);
      const session = vscode.debug.activeDebugSession;
      const mark = rec.mark();
      await withTimeout(session.customRequest('next', { threadId: entry.body.threadId }), 15000, 'next');
      await rec.waitEvent('stopped', mark, 30000);
      const [top] = (await session.customRequest('stackTrace', { threadId: entry.body.threadId })).stackFrames;
      assert.deepStrictEqual([fsPath(top.source.path), top.line], [path.join(tree, 'mm', 't.c'), 7]);
      const { scopes } = await session.customRequest('scopes', { frameId: top.id });
      const macro = scopes.find(s => s.name === 'Macro expansion');
      assert.ok(macro, `no Macro expansion scope in ${scopes.map(s => s.name).join(', ')}`);
      const { variables } = await session.customRequest('variables', { variablesReference: macro.variablesReference });
      // One row per macro the statement spells, opening onto the macros its expansion used.
      assert.deepStrictEqual(variables.map(v => [v.name, v.value]), [
        ['BUMP_TWICE(x)', 'mm/t.c:3: #define BUMP_TWICE(v) BUMP(v); BUMP(v)'],
      ]);
      const inner = (await session.customRequest('variables', { variablesReference: variables[0].variablesReference })).variables;
      assert.deepStrictEqual(inner.filter(v => v.name === 'BUMP(v)').map(v => v.value), [
        'mm/t.c:2: #define BUMP(v) do { (v) += BIT(1); } while (0)',
        'mm/t.c:2: #define BUMP(v) do { (v) += BIT(1); } while (0)',
      ]);
    } finally {
      await endSession();
    }
  });
});
