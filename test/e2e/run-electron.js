// `npm run test:electron`: the integration suite (test/e2e/suite) in desktop VS Code through
// @vscode/test-electron, where one is available: given by path (VSCODE_EXECUTABLE_PATH) or
// downloadable (VSCODE_VERSION, default 1.100.3, cached under $MMSTEP_E2E_CACHE/vscode-test).
// Where neither works (our machines reach only npm and Debian), it says so and runs the same suite
// in code-server instead; the exit code is the suite's either way.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests, downloadAndUnzipVSCode } = require('@vscode/test-electron');

const REPO = path.resolve(__dirname, '..', '..');
const CACHE = process.env.MMSTEP_E2E_CACHE || path.join(os.homedir(), '.cache', 'mmstep-e2e');
const VERSION = process.env.VSCODE_VERSION || '1.100.3';

function fallbackToCodeServer(reason) {
  console.log(`test:electron: no desktop VS Code: ${reason}`);
  console.log('test:electron: running the same integration suite in code-server instead');
  const r = spawnSync('bash', [path.join(__dirname, 'run-all.sh'), '--only', 'integration'], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

async function desktopVsCode() {
  if (process.env.VSCODE_EXECUTABLE_PATH) {
    const p = process.env.VSCODE_EXECUTABLE_PATH;
    if (!fs.existsSync(p)) throw new Error(`VSCODE_EXECUTABLE_PATH=${p} does not exist`);
    return p;
  }
  return downloadAndUnzipVSCode({ version: VERSION, cachePath: path.join(CACHE, 'vscode-test'), timeout: 15000 });
}

(async () => {
  const dist = path.join(REPO, 'dist', 'extension.js');
  if (!fs.existsSync(dist)) {
    const b = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'inherit' });
    if (b.status !== 0) { console.error('test:electron: build failed'); process.exit(1); }
  }
  let exe;
  try {
    exe = await desktopVsCode();
  } catch (e) {
    if (process.env.VSCODE_EXECUTABLE_PATH) throw e;
    fallbackToCodeServer(String(e && e.message || e).split('\n')[0]);
    return;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('test:electron: warning: no DISPLAY; desktop VS Code needs a display (e.g. run under xvfb-run)');
  }
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-electron-'));
  const result = path.join(state, 'result.json');
  console.log(`test:electron: running the suite in ${exe}`);
  let code;
  try {
    code = await runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, 'suite'),
      extensionTestsEnv: { MMSTEP_E2E_RESULT: result },
      launchArgs: [path.join(REPO, 'examples'), '--disable-extensions', '--disable-workspace-trust',
        '--skip-welcome', '--skip-release-notes', '--user-data-dir', path.join(state, 'user'),
        '--extensions-dir', path.join(state, 'ext')],
    });
  } catch (e) {
    // runTests rejects when VS Code exits non-zero (a failing test) or cannot start
    console.error('test:electron:', e && e.message || e);
    code = 1;
  }
  if (fs.existsSync(result)) {
    const r = JSON.parse(fs.readFileSync(result, 'utf8'));
    console.log(`electron: ${r.passed} passed, ${r.failed} failed`);
  }
  fs.rmSync(state, { recursive: true, force: true });
  process.exit(code);
})().catch(e => { console.error('test:electron: harness error:', e && e.stack || e); process.exit(3); });
