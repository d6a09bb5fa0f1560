// extensionTestsPath entry point: VS Code (code-server's Node extension host, or desktop VS Code via
// @vscode/test-electron) requires this file and awaits run(). Runs every *.test.js here with mocha
// (TDD ui) and, if MMSTEP_E2E_RESULT names a file, writes {passed, failed, tests} there so
// run-all.sh can total the results.
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000 });
  const grep = process.env.MMSTEP_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  const tests = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const out = process.env.MMSTEP_E2E_RESULT;
      const passed = tests.filter(t => t.ok).length;
      if (out) {
        fs.writeFileSync(out, JSON.stringify({ passed, failed: tests.length - passed, tests }, null, 1));
      }
      failures > 0 ? reject(new Error(`${failures} of ${tests.length} tests failed`)) : resolve();
    });
    runner.on('pass', t => tests.push({ title: t.fullTitle(), ok: true }));
    runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), ok: false, error: String(err && err.message) }));
  });
};
