#!/usr/bin/env node
// The first step of `npm test`: make sure everything the whole suite needs is on this machine
// before any test runs, so a fresh machine fails here with the command to run, not half-way
// through the unit tests ("/usr/bin/chromium not found"). The list is preflight-requirements.js.
//
// As root on Debian it installs what is missing itself: `apt-get update` once, one
// `apt-get install`, then test/e2e/setup.sh for code-server; then it checks again. Otherwise (not
// root, no apt-get, --check, or a missing `npm install`) it prints what is missing and the exact
// commands, and exits 1.
//
//   node scripts/preflight.js [--system] [--check] [--packages]
//     --system    only the Debian packages (test/e2e/setup.sh runs this before installing code-server)
//     --check     report only, never install
//     --packages  print the Debian packages the suite needs, on one line, and exit
//   MMSTEP_PREFLIGHT_AS=user (or root) acts as that user; with MMSTEP_PREFLIGHT_SYSROOT (see
//   preflight-requirements.js) and PATH, the preflight's tests simulate a bare machine with it.
'use strict';
const { spawnSync } = require('child_process');
const { systemRequirements, debianPackages, codeServerRequirement, npmRequirements, onPath, ROOT } =
  require('./preflight-requirements');

const env = process.env;
const args = process.argv.slice(2);
for (const a of args) {
  if (!['--system', '--check', '--packages'].includes(a)) {
    console.error(`preflight: unknown argument '${a}' (usage: preflight.js [--system] [--check] [--packages])`);
    process.exit(64);
  }
}
const systemOnly = args.includes('--system');
const checkOnly = args.includes('--check');
// MMSTEP_PREFLIGHT_AS=user|root overrides who we are (the preflight's own tests)
const isRoot = env.MMSTEP_PREFLIGHT_AS ? env.MMSTEP_PREFLIGHT_AS === 'root'
  : typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = onPath('apt-get', env) !== null;

/** What is missing now: { npm, system, codeServer } lists of requirements. */
function survey() {
  return {
    npm: systemOnly ? [] : npmRequirements().filter(r => !r.present(env)),
    system: systemRequirements(env).filter(r => !r.present(env)),
    codeServer: systemOnly ? [] : [codeServerRequirement(env)].filter(r => !r.present(env)),
  };
}
const all = m => [...m.npm, ...m.system, ...m.codeServer];
const packagesOf = reqs => [...new Set(reqs.map(r => r.pkg))];

/** Run a command with the output shown; true iff it exited 0. */
function run(cmd, cmdArgs, extraEnv = {}) {
  console.log(`preflight: $ ${[cmd, ...cmdArgs].join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.error) console.error(`preflight: cannot run ${cmd}: ${r.error.message}`);
  return r.status === 0;
}

/** The exact commands that install what is missing, in the order they must run. */
function commands(m) {
  const out = [];
  for (const r of m.npm) if (!out.includes(r.fix)) out.push(r.fix);
  const pkgs = packagesOf(m.system);
  if (pkgs.length) {
    const sudo = isRoot ? '' : 'sudo ';
    out.push(`${sudo}apt-get update && ${sudo}apt-get install -y ${pkgs.join(' ')}`);
  }
  for (const r of m.codeServer) out.push(r.fix);
  return out;
}

function report(m, heading) {
  const lines = [`preflight: ${heading}`];
  for (const r of all(m)) {
    const from = r.pkg ? ` (Debian package ${r.pkg})` : '';
    const detail = r.detail ? `: ${r.detail()}` : '';
    lines.push(`  - ${r.what}${from}${detail} — ${r.why}`);
  }
  lines.push('Run, then `npm test` again:');
  for (const c of commands(m)) lines.push(`  ${c}`);
  if (m.system.length && !isRoot) lines.push('(in a root shell, the apt-get line without sudo)');
  if (m.system.length && !hasApt) lines.push('(no apt-get on this machine: these are Debian\'s package names; install the equivalents)');
  if (m.codeServer.length && m.system.length) lines.push('(test/e2e/setup.sh needs the packages first: it builds code-server\'s native modules)');
  console.error(lines.join('\n'));
}

function main() {
  if (args.includes('--packages')) { console.log(debianPackages(env).join(' ')); return 0; }
  let m = survey();
  const who = systemOnly ? 'the test suite' : 'npm test';
  const missing = n => `${n} ${n === 1 ? 'thing' : 'things'} ${who} needs ${n === 1 ? 'is' : 'are'} missing`;
  if (all(m).length === 0) { console.log(`preflight: everything ${who} needs is here`); return 0; }
  if (checkOnly || !isRoot || !hasApt) {
    report(m, `stopped before the tests: ${missing(all(m).length)}`);
    return 1;
  }
  // Root on Debian: install, then look again.
  const pkgs = packagesOf(m.system);
  if (pkgs.length) {
    console.log(`preflight: installing Debian packages: ${pkgs.join(' ')}`);
    const apt = { DEBIAN_FRONTEND: 'noninteractive' };
    if (!run('apt-get', ['update', '-qq'], apt) || !run('apt-get', ['install', '-y', '-qq', ...pkgs], apt)) {
      report(survey(), 'apt-get failed; stopped before the tests');
      return 1;
    }
  }
  if (m.codeServer.length && survey().system.length === 0) {
    console.log('preflight: installing code-server for the end-to-end tests');
    run('bash', ['test/e2e/setup.sh']);
  }
  m = survey();
  if (all(m).length === 0) { console.log(`preflight: installed; everything ${who} needs is here`); return 0; }
  report(m, `stopped before the tests: after installing, ${missing(all(m).length)}`);
  return 1;
}

process.exit(main());
