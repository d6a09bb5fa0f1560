// scripts/kernel-trees.sh on fake Debian tarballs (small .tar.xz files with the members the script
// lists, under the linux-source-6.x/ prefix the real packages use): it extracts exactly those
// files into the cache outside the repository, laid out like a tree that src/sim/kernel-tree.ts
// recognises; a second run does nothing; a changed tarball is extracted again; a missing tarball
// stops with the apt command; a cache inside the repository is refused.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { findKernelTree } from '../../../src/sim/kernel-tree';

const ROOT = path.resolve(__dirname, '../../../..');
const SCRIPT = path.join(ROOT, 'scripts/kernel-trees.sh');

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync('bash', [SCRIPT, ...args], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: env.HOME ?? os.tmpdir(), ...env }, encoding: 'utf8', timeout: 120000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The members the script extracts for `v`, from its own --list. */
function members(v: string): string[] {
  const r = run(['--list', v], {});
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout.trim().split('\n').map((l) => l.slice(v.length + 1));
}

/** A fake /usr/src/linux-source-<v>.tar.xz: every listed member (plus one more) under the prefix. */
function fakeTarball(srcDir: string, v: string, sublevel: number): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-fake-src-'));
  const top = path.join(work, `linux-source-${v}`);
  const [major, minor] = v.split('.');
  for (const m of [...members(v), 'drivers/not-needed.c']) {
    const p = path.join(top, m);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, m === 'Makefile' ? `VERSION = ${major}\nPATCHLEVEL = ${minor}\nSUBLEVEL = ${sublevel}\nEXTRAVERSION =\n` : `/* fake ${m} */\n`);
  }
  const r = spawnSync('tar', ['-cJf', path.join(srcDir, `linux-source-${v}.tar.xz`), '-C', work, `linux-source-${v}`]);
  assert.strictEqual(r.status, 0, String(r.stderr));
  fs.rmSync(work, { recursive: true, force: true });
}

describe('scripts/kernel-trees.sh', function () {
  this.timeout(120000);
  let tmp: string;
  let src: string;
  let cache: string;
  before(function () {
    if (spawnSync('xz', ['--version']).status !== 0) this.skip();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-ktrees-'));
    src = path.join(tmp, 'usr-src');
    cache = path.join(tmp, 'cache');
    fs.mkdirSync(src);
    fakeTarball(src, '6.1', 7);
    fakeTarball(src, '6.12', 9);
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('extracts only the listed files, prints where the trees are, and the trees are recognised', async () => {
    const r = run([], { MMSTEP_KERNEL_SRC_DIR: src, MMSTEP_KERNEL_CACHE: cache });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(r.stdout.trim().split('\n'), [`linux-6.1 ${cache}/linux-6.1`, `linux-6.12 ${cache}/linux-6.12`]);
    assert.match(r.stderr, /linux-6\.1: extracted \d+ files in \d+s/);
    for (const [v, sub] of [['6.1', 7], ['6.12', 9]] as const) {
      const tree = path.join(cache, `linux-${v}`);
      for (const m of members(v)) assert.ok(fs.existsSync(path.join(tree, m)), `${v}: ${m}`);
      assert.ok(!fs.existsSync(path.join(tree, 'drivers/not-needed.c')), 'an unlisted member was extracted');
      const t = await findKernelTree(path.join(tree, 'mm/migrate_device.c'), new NodeFileAccess());
      assert.strictEqual(t?.root, tree);
      assert.strictEqual(t?.version.sublevel, sub);
    }
    assert.ok(members('6.1').includes('tools/testing/selftests/vm/hmm-tests.c'));
    assert.ok(members('6.12').includes('tools/testing/selftests/mm/hmm-tests.c'));
    assert.deepStrictEqual(fs.readdirSync(cache).sort(), ['linux-6.1', 'linux-6.12'], 'no temporary directory is left behind');
  });

  it('is idempotent, and extracts again when the tarball changes', () => {
    const again = run([], { MMSTEP_KERNEL_SRC_DIR: src, MMSTEP_KERNEL_CACHE: cache });
    assert.strictEqual(again.status, 0, again.stderr);
    assert.match(again.stderr, /linux-6\.1: up to date/);
    assert.match(again.stderr, /linux-6\.12: up to date/);
    fakeTarball(src, '6.12', 10);
    const t = path.join(src, 'linux-source-6.12.tar.xz');
    fs.utimesSync(t, new Date(), new Date(Date.now() + 5000));
    const changed = run(['6.12'], { MMSTEP_KERNEL_SRC_DIR: src, MMSTEP_KERNEL_CACHE: cache });
    assert.strictEqual(changed.status, 0, changed.stderr);
    assert.match(changed.stderr, /linux-6\.12: extracted/);
    assert.match(fs.readFileSync(path.join(cache, 'linux-6.12/Makefile'), 'utf8'), /SUBLEVEL = 10/);
  });

  it('stops with the exact apt command when a tarball is missing', () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty, { recursive: true });
    const r = run([], { MMSTEP_KERNEL_SRC_DIR: empty, MMSTEP_KERNEL_CACHE: path.join(tmp, 'c2') });
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /apt-get install -y linux-source-6\.1 linux-source-6\.12/);
    assert.ok(!fs.existsSync(path.join(tmp, 'c2')), 'nothing is created before the check');
  });

  it('refuses a cache inside the repository and unknown arguments', () => {
    const inRepo = run([], { MMSTEP_KERNEL_SRC_DIR: src, MMSTEP_KERNEL_CACHE: path.join(ROOT, 'kernel-trees-here') });
    assert.strictEqual(inRepo.status, 2);
    assert.match(inRepo.stderr, /inside the repository/);
    assert.ok(!fs.existsSync(path.join(ROOT, 'kernel-trees-here')));
    const bad = run(['5.10'], { MMSTEP_KERNEL_SRC_DIR: src, MMSTEP_KERNEL_CACHE: cache });
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /unknown argument '5\.10'/);
  });
});
