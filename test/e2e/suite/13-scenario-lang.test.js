// Scenario files in a real VS Code with no YAML extension (issue 10, item 10): a misspelt entry
// function is a diagnostic of mmstep's own on the YAML value, with "did you mean", while the
// file is being edited (unsaved text), cleared when fixed; completion offers the schema's keys
// and the C functions of the scenario's sources; hover shows the schema's description; a launch
// of a scenario that does not load puts the problem in the Problems view and shows no modal
// (startDebugging settles without the rejection the test workbench gives instead of a dialog,
// the launch response says showUser: false) but a short message pointing to the Problems view.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { REPO, EXAMPLES, withTimeout, waitFor, DapRecorder, workspaceFolder, mmstepApi } = require('./helpers');

const TMP = path.join(REPO, 'test', 'e2e', '.state', `tmp-lang-${process.pid}`);

/** examples/current-alloc-failure.mmstep.yaml with absolute sources and `entry` as given. */
function scenarioText(entry) {
  const text = fs.readFileSync(path.join(EXAMPLES, 'current-alloc-failure.mmstep.yaml'), 'utf8');
  return text
    .replace(/^  - \.\.\/kernel\//gm, `  - ${path.join(REPO, 'kernel')}/`)
    .replace('function: current_migrate_to_dev', `function: ${entry}`);
}

function mmstepDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'mmstep');
}

suite('scenario language: diagnostics, completion, launch errors', function () {
  this.timeout(90000);
  let rec;
  let file;
  let uri;
  let doc;
  suiteSetup(async () => {
    fs.mkdirSync(TMP, { recursive: true });
    rec = new DapRecorder();
    file = path.join(TMP, 'typo.mmstep.yaml');
    fs.writeFileSync(file, scenarioText('current_migrate_to_devv'));
    uri = vscode.Uri.file(file);
    await mmstepApi();
  });
  suiteTeardown(async () => {
    rec.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(TMP, { recursive: true, force: true });
  });

  test('a misspelt entry function is a squiggle on its value with "did you mean"', async () => {
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const d = await waitFor(() => mmstepDiagnostics(uri).find(x => /current_migrate_to_devv/.test(x.message)), 30000, 'the misspelt entry function diagnostic');
    assert.match(d.message, /did you mean 'current_migrate_to_dev'\?/);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    const line = doc.getText().split('\n').findIndex(l => /^  function: current_migrate_to_devv$/.test(l));
    assert.ok(line >= 0);
    const start = '  function: '.length;
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      [line, start, line, start + 'current_migrate_to_devv'.length], 'the squiggle covers exactly the misspelt name');
    // the quick fix offers the suggestion
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, d.range);
    assert.ok(actions.some(a => a.title === "Change to 'current_migrate_to_dev'"), JSON.stringify(actions.map(a => a.title)));
  });

  test('completion offers the C functions for entry.function and the schema keys', async () => {
    const line = doc.getText().split('\n').findIndex(l => /^  function: /.test(l));
    const fns = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, '  function: cur'.length));
    const names = fns.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const f of ['current_migrate_to_dev', 'current_fault_back', 'cmd_setup']) assert.ok(names.includes(f), `${f} not offered: ${names.slice(0, 30)}`);
    const fnItem = fns.items.find(i => i.label === 'current_migrate_to_dev');
    assert.strictEqual(fnItem.kind, vscode.CompletionItemKind.Function);
    // a new top-level line: the keys the scenario does not have yet, not the ones it has
    const edit = new vscode.WorkspaceEdit();
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    edit.insert(uri, end, end.character === 0 ? '' : '\n');
    await vscode.workspace.applyEdit(edit);
    const keys = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(doc.lineCount - 1, 0));
    const props = keys.items.filter(i => i.kind === vscode.CompletionItemKind.Property).map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const k of ['threads', 'invariants', 'checks']) assert.ok(props.includes(k), `${k} not offered: ${props}`);
    for (const k of ['name', 'entry', 'memory']) assert.ok(!props.includes(k), `${k} is already in the file but offered`);
    // hover: the schema's description of a key
    const rl = doc.getText().split('\n').findIndex(l => /^  returns:/.test(l));
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(rl, 4));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /expect\.returns[\s\S]*The entry function's return value/);
  });

  test('fixing the name in the editor (unsaved) clears the problem', async () => {
    const line = doc.getText().split('\n').findIndex(l => /^  function: current_migrate_to_devv$/.test(l));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(line, '  function: '.length, line, '  function: current_migrate_to_devv'.length), 'current_migrate_to_dev');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty);
    await waitFor(() => mmstepDiagnostics(uri).length === 0, 30000, () => `the problems to clear: ${JSON.stringify(mmstepDiagnostics(uri).map(d => d.message))}`);
    // and misspelling it again brings the problem back
    const again = new vscode.WorkspaceEdit();
    again.replace(uri, new vscode.Range(line, '  function: '.length, line, '  function: current_migrate_to_dev'.length), 'current_migrate_to_devv');
    await vscode.workspace.applyEdit(again);
    await waitFor(() => mmstepDiagnostics(uri).find(x => /did you mean/.test(x.message)), 30000, 'the problem to come back');
    await doc.save();
  });

  test('a launch of a scenario that does not load: Problems view, no modal, a short message', async () => {
    const since = rec.mark();
    let rejection = null;
    const ok = await withTimeout(vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e typo', scenario: file, stopOnEntry: true,
    }).then(v => v, e => { rejection = e; return false; }), 30000, 'startDebugging to settle');
    assert.strictEqual(ok, false, 'the launch of a broken scenario succeeded');
    // In test mode the workbench rejects startDebugging with the text of the dialog it would show.
    assert.strictEqual(rejection, null, `a modal error was raised: ${rejection && rejection.message}`);
    const launch = rec.messages.slice(since).find(m => m.type === 'response' && m.command === 'launch');
    assert.ok(launch && launch.success === false, 'no failed launch response');
    assert.strictEqual(launch.body.error.showUser, false, 'the launch error is still shown by VS Code');
    await waitFor(() => !vscode.debug.activeDebugSession, 15000, 'the failed session to end');
    const d = mmstepDiagnostics(uri).find(x => /current_migrate_to_devv/.test(x.message));
    assert.ok(d, `not in the Problems view: ${JSON.stringify(mmstepDiagnostics(uri).map(x => x.message))}`);
    assert.strictEqual(mmstepDiagnostics(uri).filter(x => /current_migrate_to_devv/.test(x.message)).length, 1, 'the same problem twice');
    const api = await mmstepApi();
    const notice = api.scenarioLanguage.lastLaunchNotice();
    assert.match(notice || '', /typo\.mmstep\.yaml did not load: typo\.mmstep\.yaml:\d+:13: no C function 'current_migrate_to_devv'.*See the Problems view/);
  });

  test('an error in a C source is a problem on the C file; saving the fixed C file clears it', async () => {
    const c = path.join(TMP, 'broken.c');
    fs.writeFileSync(c, 'int entry_fn(int n)\n{\n\tint x = n +;\n\treturn x;\n}\n');
    const s = path.join(TMP, 'c-error.mmstep.yaml');
    fs.writeFileSync(s, ['name: c error', 'sources: [broken.c]', 'entry: { function: entry_fn, args: [1] }', 'memory:', '  processes: [{ pid: 1, vmas: [{ start: 0x10000, end: 0x11000 }] }]', ''].join('\n'));
    const cUri = vscode.Uri.file(c);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(s)));
    const d = await waitFor(() => mmstepDiagnostics(cUri)[0], 30000, 'a problem on broken.c');
    assert.strictEqual(d.range.start.line, 2, `on line 3 of broken.c: ${d.message} at ${d.range.start.line + 1}`);
    const cDoc = await vscode.workspace.openTextDocument(cUri);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(cUri, new vscode.Range(2, 0, 2, cDoc.lineAt(2).text.length), '\tint x = n + 1;');
    await vscode.workspace.applyEdit(edit);
    await cDoc.save();
    await waitFor(() => mmstepDiagnostics(cUri).length === 0, 30000, () => `broken.c's problem to clear: ${JSON.stringify(mmstepDiagnostics(cUri).map(x => x.message))}`);
  });

  test('a launch.json problem (a missing scenario attribute value) keeps VS Code\'s own dialog', async () => {
    let rejection = null;
    const ok = await withTimeout(vscode.debug.startDebugging(workspaceFolder(), {
      type: 'mmstep', request: 'launch', name: 'e2e bad attr', scenario: file, stopOnEntry: 'yes',
    }).then(v => v, e => { rejection = e; return false; }), 30000, 'startDebugging to settle');
    assert.strictEqual(ok, false);
    assert.ok(rejection, 'no dialog for an error that is in the launch configuration');
    await waitFor(() => !vscode.debug.activeDebugSession, 15000, 'the failed session to end');
  });
});
