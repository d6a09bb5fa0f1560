// Runs the mocha suite in test/e2e/suite inside code-server's (Node) extension host, with mmstep
// loaded from the repo as the development extension. The exit code is the suite's result.
//
//   node test/e2e/run-integration.js --url http://127.0.0.1:PORT [--folder examples] [--tests test/e2e/suite]
//        [--ext .] [--timeout 240]          (relative paths are relative to the repo)
//
// Mechanism: the payload URL (see lib.js workbenchUrl). When run() settles the workbench calls
// window.codeAutomationExit(code); we expose that through playwright and exit with it.
// Exit codes: 0 passed, 1 tests failed, 2 timeout, 3 harness error.
// VS Code runs extensionTestsPath only in a development host (it needs an extensionDevelopmentPath):
// to test an installed mmstep, --ext names another (empty) extension, as run-all.sh's installed phase does.
// The web payload ignores `extensionEnvironment`: env vars for the tests (MMSTEP_E2E_RESULT, ...)
// must be set on the code-server process, whose extension host inherits them.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const { launchBrowser, workbenchUrl, REPO, SHOTS } = require('./lib');

const argv = process.argv.slice(2);
const arg = (n, d) => { const i = argv.indexOf('--' + n); return i >= 0 ? argv[i + 1] : d; };
const url = arg('url');
const folder = path.resolve(REPO, arg('folder', 'examples'));
const tests = path.resolve(REPO, arg('tests', 'test/e2e/suite'));
const ext = path.resolve(REPO, arg('ext', '.'));   // the development extension: mmstep itself
const timeoutS = Number(arg('timeout', '240'));

// Workbench start-up chatter and the extension gallery lookup that fails offline.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin|\[Service Worker\]|ChatSessionStore|getaddrinfo ENOTFOUND|Ignoring the error while validating workspace folder)/;

// Strip the %c console styling VS Code adds when it forwards extension-host output.
function clean(text) {
  return text.replace(/%c/g, '').replace(/\s*color: [^;\s]+;?/g, '').replace(/\s*font-weight: [^;\s]+;?/g, '').trimEnd();
}

(async () => {
  if (!url) throw new Error('usage: run-integration.js --url http://127.0.0.1:PORT [--folder DIR] [--tests DIR]');
  const t0 = Date.now();
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await launchBrowser();
  let code;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let finish;
    const done = new Promise(r => (finish = r));
    // The workbench forwards its log and the extension host's console (mocha's reporter) here.
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = util.format(...args);
      if (process.env.MMSTEP_E2E_VERBOSE || !NOISE.test(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', c => finish(c));
    page.on('console', m => {
      const t = m.text();
      if (t.includes('[Extension Host]')) console.log(clean(t.replace(/^.*?\[Extension Host\]\s*/, '  ')));
    });
    page.on('pageerror', e => console.log('[pageerror]', e.message));
    await page.goto(workbenchUrl({ url, folder, tests, extensionDevelopmentPath: ext }));
    let timer;
    const timeout = new Promise(r => { timer = setTimeout(() => r('timeout'), timeoutS * 1000); });
    code = await Promise.race([done, timeout]);
    clearTimeout(timer);
    await page.screenshot({ path: path.join(SHOTS, 'integration-final.png') }).catch(() => {});
  } finally {
    await browser.close().catch(() => {});
  }
  if (code === 'timeout') { console.error(`integration: TIMEOUT after ${timeoutS}s`); process.exit(2); }
  console.log(`integration: extension tests exited with code ${code} after ${Date.now() - t0} ms`);
  process.exit(code === 0 ? 0 : 1);
})().catch(e => { console.error('integration: harness error:', e && e.stack || e); process.exit(3); });
