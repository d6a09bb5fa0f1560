// scripts/preflight.js on a simulated bare machine: PATH is a sandbox bin/ (node and sh only), every
// file it checks is looked up under an empty MMSTEP_PREFLIGHT_SYSROOT, code-server under an empty
// MMSTEP_E2E_CACHE, and MMSTEP_PREFLIGHT_AS picks root or a user. It must stop with the exact
// commands (and `npm test` must stop there, before the build and the first test), or, as root with
// apt-get, install through apt-get and test/e2e/setup.sh (fakes here that record their calls).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '../../../..');
const PREFLIGHT = path.join(ROOT, 'scripts/preflight.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const reqs = require(path.join(ROOT, 'scripts/preflight-requirements.js'));

const ALL_PACKAGES = 'chromium fonts-dejavu-core gcc build-essential pkg-config python3 libkrb5-dev libx11-dev ' +
  'libxkbfile-dev libsecret-1-dev ripgrep curl git linux-source-6.1 linux-source-6.12';

interface Sandbox { dir: string; bin: string; sysroot: string; cache: string; log: string; env: NodeJS.ProcessEnv }

function sandbox(): Sandbox {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-preflight-'));
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.symlinkSync(process.execPath, path.join(bin, 'node'));
  fs.symlinkSync('/bin/sh', path.join(bin, 'sh'));
  const sysroot = path.join(dir, 'root');
  const cache = path.join(dir, 'cache');
  fs.mkdirSync(sysroot);
  const log = path.join(dir, 'calls.log');
  // a clean environment: nothing of the outer npm/mocha run leaks in
  const env = { PATH: bin, HOME: dir, MMSTEP_PREFLIGHT_SYSROOT: sysroot, MMSTEP_E2E_CACHE: cache, FAKE_LOG: log };
  return { dir, bin, sysroot, cache, log, env };
}

function touch(p: string, mode = 0o644, text = ''): void {
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text, { mode });
}

/** Where each requirement of the list is found in the sandbox. */
function locations(sb: Sandbox): Array<{ pkg: string; path: string; mode: number }> {
  return reqs.systemRequirements(sb.env).map((r: { kind: string; what: string; pkg: string }) =>
    r.kind === 'command' ? { pkg: r.pkg, path: path.join(sb.bin, r.what), mode: 0o755 }
      : { pkg: r.pkg, path: path.join(sb.sysroot, r.what), mode: 0o644 });
}

const csVersion = (): string => /CS_VERSION="\$\{CS_VERSION:-([0-9.]+)\}"/.exec(fs.readFileSync(path.join(ROOT, 'test/e2e/setup.sh'), 'utf8'))![1];
const codeServerFiles = (sb: Sandbox): Array<[string, string]> => [
  [path.join(sb.cache, 'cs/node_modules/code-server/package.json'), JSON.stringify({ version: csVersion() })],
  [path.join(sb.cache, 'cs/node_modules/.bin/code-server'), ''],
];

function provideAll(sb: Sandbox): void {
  for (const l of locations(sb)) touch(l.path, l.mode);
  for (const [p, text] of codeServerFiles(sb)) touch(p, 0o755, text);
}

/** A fake command in the sandbox's bin/ that logs its arguments and, as `apt-get install` or `bash`, creates what it is told to. */
function fake(sb: Sandbox, name: string, creates: Record<string, Array<[string, number, string]>>): void {
  const script = `#!${process.execPath}
const fs = require('fs'), path = require('path');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_LOG, ${JSON.stringify(name)} + ' ' + args.join(' ') + '\\n');
const creates = ${JSON.stringify(creates)};
for (const key of [args.join(' '), ...args]) for (const [p, mode, text] of creates[key] || []) {
  fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, text, { mode });
}
`;
  touch(path.join(sb.bin, name), 0o755, script);
}

function preflight(sb: Sandbox, as: 'root' | 'user', args: string[] = []) {
  const r = spawnSync(process.execPath, [PREFLIGHT, ...args], { cwd: ROOT, env: { ...sb.env, MMSTEP_PREFLIGHT_AS: as }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout + r.stderr, calls: fs.existsSync(sb.log) ? fs.readFileSync(sb.log, 'utf8').trim().split('\n') : [] };
}

/** The lines after "Run, then `npm test` again:" up to the first note. */
function commandLines(out: string): string[] {
  const lines = out.split('\n');
  const at = lines.findIndex(l => l.startsWith('Run, then `npm test` again:'));
  assert.ok(at >= 0, `no command list in:\n${out}`);
  const rest = lines.slice(at + 1);
  return rest.slice(0, rest.findIndex(l => !l.startsWith('  ')) < 0 ? rest.length : rest.findIndex(l => !l.startsWith('  '))).map(l => l.trim());
}

describe('scripts/preflight.js: what npm test needs, before the first test', function () {
  this.timeout(120_000);
  const made: string[] = [];
  const box = (): Sandbox => { const sb = sandbox(); made.push(sb.dir); return sb; };
  after(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });

  it('passes on a machine that has everything', () => {
    const sb = box();
    provideAll(sb);
    const r = preflight(sb, 'user');
    assert.strictEqual(r.code, 0, r.out);
    assert.match(r.out, /preflight: everything npm test needs is here/);
  });

  it('on a bare machine, not root: names every missing thing and stops with the exact commands', () => {
    const sb = box();
    const r = preflight(sb, 'user');
    assert.strictEqual(r.code, 1, r.out);
    for (const what of ['/usr/bin/chromium', 'gcc (Debian package gcc)', '/usr/src/linux-source-6.1.tar.xz',
      '/usr/src/linux-source-6.12.tar.xz', `code-server ${csVersion()} in ${path.join(sb.cache, 'cs')}`]) {
      assert.ok(r.out.includes(what), `${what} not reported:\n${r.out}`);
    }
    assert.deepStrictEqual(commandLines(r.out), [
      `sudo apt-get update && sudo apt-get install -y ${ALL_PACKAGES}`,
      'bash test/e2e/setup.sh',
    ]);
    assert.deepStrictEqual(r.calls, [], 'a user preflight must not run anything');
  });

  it('asks for exactly what is missing: chromium alone, the kernel trees alone, code-server alone', () => {
    const cases: Array<[string[], string[]]> = [
      [['/usr/bin/chromium'], ['sudo apt-get update && sudo apt-get install -y chromium']],
      [['/usr/src/linux-source-6.1.tar.xz', '/usr/src/linux-source-6.12.tar.xz'],
        ['sudo apt-get update && sudo apt-get install -y linux-source-6.1 linux-source-6.12']],
      [['gcc'], ['sudo apt-get update && sudo apt-get install -y gcc']],
      [['code-server'], ['bash test/e2e/setup.sh']],
    ];
    for (const [hide, want] of cases) {
      const sb = box();
      provideAll(sb);
      for (const h of hide) {
        if (h === 'code-server') fs.rmSync(path.join(sb.cache, 'cs'), { recursive: true });
        else fs.rmSync(h.startsWith('/') ? path.join(sb.sysroot, h) : path.join(sb.bin, h));
      }
      const r = preflight(sb, 'user');
      assert.strictEqual(r.code, 1, `hiding ${hide}: ${r.out}`);
      assert.deepStrictEqual(commandLines(r.out), want, `hiding ${hide}`);
    }
  });

  it('a code-server of another version counts as missing', () => {
    const sb = box();
    provideAll(sb);
    touch(codeServerFiles(sb)[0][0], 0o644, JSON.stringify({ version: '4.99.4' }));
    const r = preflight(sb, 'user');
    assert.deepStrictEqual(commandLines(r.out), ['bash test/e2e/setup.sh']);
  });

  it('as root on Debian: apt-get update once, one apt-get install, then test/e2e/setup.sh, then passes', () => {
    const sb = box();
    const byPkg: Record<string, Array<[string, number, string]>> = {};
    for (const l of locations(sb)) (byPkg[l.pkg] ||= []).push([l.path, l.mode, '']);
    fake(sb, 'apt-get', byPkg);
    fake(sb, 'bash', { 'test/e2e/setup.sh': codeServerFiles(sb).map(([p, t]) => [p, 0o755, t]) });
    const r = preflight(sb, 'root');
    assert.deepStrictEqual(r.calls, ['apt-get update -qq', `apt-get install -y -qq ${ALL_PACKAGES}`, 'bash test/e2e/setup.sh'], r.out);
    assert.strictEqual(r.code, 0, r.out);
    assert.match(r.out, /preflight: installed; everything npm test needs is here/);
  });

  it('as root, when apt-get installs nothing, stops with what is still missing and does not run setup.sh', () => {
    const sb = box();
    fake(sb, 'apt-get', {});
    fake(sb, 'bash', {});
    const r = preflight(sb, 'root');
    assert.strictEqual(r.code, 1, r.out);
    assert.deepStrictEqual(r.calls, ['apt-get update -qq', `apt-get install -y -qq ${ALL_PACKAGES}`]);
    assert.match(r.out, /after installing, 17 things npm test needs are missing/);
    assert.deepStrictEqual(commandLines(r.out), [`apt-get update && apt-get install -y ${ALL_PACKAGES}`, 'bash test/e2e/setup.sh']);
  });

  it('--check never installs, even as root; --system leaves code-server out', () => {
    const sb = box();
    fake(sb, 'apt-get', {});
    const check = preflight(sb, 'root', ['--check']);
    assert.strictEqual(check.code, 1);
    assert.deepStrictEqual(check.calls, []);
    const sys = preflight(sb, 'user', ['--system']);
    assert.strictEqual(sys.code, 1);
    assert.deepStrictEqual(commandLines(sys.out), [`sudo apt-get update && sudo apt-get install -y ${ALL_PACKAGES}`]);
  });

  it('npm test on the bare machine stops in the preflight, before the build and the first test', () => {
    const sb = box();
    const npm = reqs.onPath('npm', process.env);
    assert.ok(npm, 'npm not on PATH');
    const npmCli = path.join(path.dirname(fs.realpathSync(npm)), 'npm-cli.js');
    assert.ok(fs.existsSync(npmCli), `no npm-cli.js next to ${fs.realpathSync(npm)}`);
    const r = spawnSync(process.execPath, [npmCli, 'test'], {
      cwd: ROOT, env: { ...sb.env, MMSTEP_PREFLIGHT_AS: 'user', npm_config_update_notifier: 'false' }, encoding: 'utf8', timeout: 60_000,
    });
    const out = r.stdout + r.stderr;
    assert.notStrictEqual(r.status, 0, out);
    assert.match(out, /preflight: stopped before the tests/);
    assert.ok(out.includes(`sudo apt-get update && sudo apt-get install -y ${ALL_PACKAGES}`), out);
    for (const later of ['build: done', 'passing', 'failing', '== e2e']) {
      assert.ok(!out.includes(later), `npm test went on past the preflight ("${later}"):\n${out}`);
    }
  });

  it('.ci/run installs every Debian package the preflight checks, and setup.sh and npm test run the preflight', () => {
    const ci = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8').replace(/\\\n/g, ' ');
    const line = ci.split('\n').find(l => /apt-get install/.test(l));
    assert.ok(line, '.ci/run has no apt-get install line');
    const words = line!.split(/\s+/);
    for (const pkg of reqs.debianPackages({})) assert.ok(words.includes(pkg), `.ci/run does not install ${pkg}`);
    assert.match(fs.readFileSync(path.join(ROOT, 'test/e2e/setup.sh'), 'utf8'), /scripts\/preflight\.js" --system/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.match(pkg.scripts.test, /^node scripts\/preflight\.js && /);
  });
});
