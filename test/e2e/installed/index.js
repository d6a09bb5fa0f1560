// extensionTestsPath entry point of the packaged-extension phase (run-all.sh "installed"): the
// extension host has NO development extension, only what `code-server --install-extension
// mmstep-*.vsix` put into the server's --extensions-dir. Runs every *.test.js here with mocha (TDD)
// and writes {passed, failed, tests} to $MMSTEP_E2E_RESULT for run-all.sh's tally.
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000 });
  if (process.env.MMSTEP_E2E_GREP) mocha.grep(process.env.MMSTEP_E2E_GREP);
  for (const f of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  const tests = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const passed = tests.filter(t => t.ok).length;
      if (process.env.MMSTEP_E2E_RESULT) {
        fs.writeFileSync(process.env.MMSTEP_E2E_RESULT, JSON.stringify({ passed, failed: tests.length - passed, tests }, null, 1));
      }
      failures > 0 ? reject(new Error(`${failures} of ${tests.length} tests failed`)) : resolve();
    });
    runner.on('pass', t => tests.push({ title: t.fullTitle(), ok: true }));
    runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), ok: false, error: String(err && err.message) }));
  });
};
