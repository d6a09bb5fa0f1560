// The extension loads from the repo as a development extension, activates, exports the state-panel
// test API and contributes its commands and the `mmstep` debugger.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { EXT_ID, mmstepApi } = require('./helpers');

suite('mmstep extension in a real VS Code', () => {
  test('runs in a Node extension host', () => {
    assert.strictEqual(typeof process.versions.node, 'string');
    console.log(`host: node ${process.version}, vscode ${vscode.version}, app ${vscode.env.appName}, ` +
      `ui ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}`);
  });

  test('activates and exports the state panel API', async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `${EXT_ID} not found among ${vscode.extensions.all.length} extensions`);
    const api = await mmstepApi();
    assert.ok(ext.isActive, 'extension did not become active');
    assert.ok(api && api.statePanel, 'activate() returned no statePanel');
    for (const fn of ['isOpen', 'lastState', 'lastRendered']) {
      assert.strictEqual(typeof api.statePanel[fn], 'function', `statePanel.${fn} is not a function`);
    }
  });

  test('contributes the mmstep debugger and commands', async () => {
    const pkg = vscode.extensions.getExtension(EXT_ID).packageJSON;
    const dbg = (pkg.contributes.debuggers || []).find(d => d.type === 'mmstep');
    assert.ok(dbg, 'no debugger of type mmstep in package.json');
    const cmds = await vscode.commands.getCommands(true);
    for (const c of ['mmstep.showState', 'mmstep.debugScenario', 'mmstep.runScenario']) {
      assert.ok(cmds.includes(c), `command ${c} is not registered`);
    }
  });
});
