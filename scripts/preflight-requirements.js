// What the whole `npm test` needs beyond `npm install`, each with the check that finds it and the
// Debian package (or command) that provides it. Kept apart from preflight.js (what to do about a
// missing one) so .ci/run, test/e2e/setup.sh and the preflight's tests read one list.
//
// Checks look at files and at PATH only, so a test can hide everything: MMSTEP_PREFLIGHT_SYSROOT
// prefixes every absolute file checked (/usr/bin/chromium → $SYSROOT/usr/bin/chromium), PATH decides
// the commands, MMSTEP_E2E_CACHE / CS_PREFIX where code-server is looked for (as test/e2e/env.sh).
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

/** A file on the (possibly re-rooted) system. */
function sysPath(p, env) {
  const root = env.MMSTEP_PREFLIGHT_SYSROOT;
  return root ? path.join(root, p) : p;
}

/** The command's path on env.PATH, or null. */
function onPath(cmd, env) {
  for (const dir of (env.PATH || '').split(path.delimiter).filter(Boolean)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch { /* not here */ }
  }
  return null;
}

const file = (p, pkg, why) => ({ kind: 'file', what: p, pkg, why, present: env => fs.existsSync(sysPath(p, env)) });
const command = (cmd, pkg, why) => ({ kind: 'command', what: cmd, pkg, why, present: env => onPath(cmd, env) !== null });

const BUILD = 'to build code-server\'s native modules (test/e2e/setup.sh)';

/** The Debian packages, in the order .ci/run installs them. */
function systemRequirements(env) {
  // The unit tests use $MMSTEP_CHROMIUM, the e2e drivers $CHROMIUM; both default to Debian's.
  const browsers = [...new Set([env.MMSTEP_CHROMIUM || '/usr/bin/chromium', env.CHROMIUM || '/usr/bin/chromium'])];
  return [
    ...browsers.map(b => file(b, 'chromium', 'the state webview\'s unit tests and the end-to-end tests drive it headless')),
    file('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'fonts-dejavu-core', 'text in the headless browser'),
    command('gcc', 'gcc', 'the interpreter\'s differential tests compile test/c-corpus with it'),
    command('make', 'build-essential', BUILD),
    command('g++', 'build-essential', BUILD),
    command('pkg-config', 'pkg-config', BUILD),
    command('python3', 'python3', BUILD + ' (node-gyp)'),
    file('/usr/include/gssapi/gssapi.h', 'libkrb5-dev', BUILD + ' (kerberos)'),
    file('/usr/include/X11/Xlib.h', 'libx11-dev', BUILD + ' (native-keymap)'),
    file('/usr/include/X11/extensions/XKBfile.h', 'libxkbfile-dev', BUILD + ' (native-keymap)'),
    file('/usr/include/libsecret-1/libsecret/secret.h', 'libsecret-1-dev', BUILD + ' (keytar)'),
    command('rg', 'ripgrep', 'code-server\'s search; setup.sh seeds @vscode/ripgrep with it'),
    command('curl', 'curl', 'start-code-server.sh waits on /healthz with it'),
    command('git', 'git', 'the patch-review tests build a series with git format-patch'),
    file('/usr/src/linux-source-6.1.tar.xz', 'linux-source-6.1', 'tests read Debian\'s 6.1 kernel tree'),
    file('/usr/src/linux-source-6.12.tar.xz', 'linux-source-6.12', 'tests read Debian\'s 6.12 kernel tree'),
  ];
}

/** Every Debian package the suite needs, each once. */
function debianPackages(env = process.env) {
  return [...new Set(systemRequirements(env).map(r => r.pkg))];
}

/** The code-server version test/e2e/setup.sh pins (its CS_VERSION default), unless CS_VERSION is set. */
function codeServerVersion(env) {
  if (env.CS_VERSION) return env.CS_VERSION;
  const m = /CS_VERSION="\$\{CS_VERSION:-([0-9][0-9.]*)\}"/.exec(fs.readFileSync(path.join(ROOT, 'test/e2e/setup.sh'), 'utf8'));
  if (!m) throw new Error('test/e2e/setup.sh has no CS_VERSION="${CS_VERSION:-x.y.z}" line');
  return m[1];
}

/** code-server in the e2e cache, where test/e2e/env.sh looks for it. */
function codeServerRequirement(env) {
  const cache = env.MMSTEP_E2E_CACHE || path.join(env.HOME || '/tmp', '.cache', 'mmstep-e2e');
  const prefix = env.CS_PREFIX || path.join(cache, 'cs');
  const version = codeServerVersion(env);
  const pkgJson = path.join(prefix, 'node_modules', 'code-server', 'package.json');
  return {
    kind: 'code-server', what: `code-server ${version} in ${prefix}`, fix: 'bash test/e2e/setup.sh',
    why: 'the end-to-end tests run in its VS Code',
    present: () => {
      try {
        return JSON.parse(fs.readFileSync(pkgJson, 'utf8')).version === version &&
          fs.existsSync(path.join(prefix, 'node_modules', '.bin', 'code-server'));
      } catch { return false; }
    },
  };
}

/** Node itself and the project's devDependencies (`npm install`). */
function npmRequirements() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const node = {
    kind: 'node', what: `Node.js >= 20 (this is ${process.version})`, fix: 'install Node.js 20 or newer',
    why: 'mmstep and its tools target Node 20', present: () => Number(process.versions.node.split('.')[0]) >= 20,
  };
  const missing = () => Object.keys(pkg.devDependencies || {})
    .filter(d => !fs.existsSync(path.join(ROOT, 'node_modules', d, 'package.json')));
  const deps = {
    kind: 'npm', what: 'the devDependencies of package.json', fix: 'npm install', why: 'build, tests and packaging',
    present: () => missing().length === 0, detail: () => missing().join(', '),
  };
  return [node, deps];
}

module.exports = { systemRequirements, debianPackages, codeServerRequirement, npmRequirements, onPath, ROOT };
