// Kernel-tree detection: the nearest ancestor whose top Makefile assigns VERSION/PATCHLEVEL, the
// Makefile forms make accepts, and (when scripts/kernel-trees.sh has filled the cache) Debian's
// real 6.1 and 6.12 trees.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import {
  findKernelTree,
  formatKernelVersion,
  kernelAtLeast,
  kernelTreeCacheDir,
  linuxVersionCode,
  parseKernelMakefile,
  type KernelTreeProblem,
} from '../../../src/sim/kernel-tree';

const files = new NodeFileAccess();

function write(root: string, rel: string, text: string): string {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}

const TOP = '# top Makefile of a fake tree, written for this test\nVERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 117\nEXTRAVERSION =\nNAME = Test\n';

describe('kernel tree: Makefile parsing', () => {
  it('reads the four version variables of a top Makefile', () => {
    assert.deepStrictEqual(parseKernelMakefile(TOP), { kind: 'version', version: { major: 6, minor: 12, sublevel: 117, extra: '' } });
  });

  it('accepts the spellings make accepts: spacing, comments, :=, ?=, override, CRLF, continuations', () => {
    const text = [
      '  # leading comment',
      'VERSION:=6   # trailing comment',
      'override PATCHLEVEL  =  1',
      'SUBLEVEL ?= 3',
      'SUBLEVEL ?= 99',
      'EXTRAVERSION = \\',
      '    -rc3',
      '',
    ].join('\r\n');
    assert.deepStrictEqual(parseKernelMakefile(text), { kind: 'version', version: { major: 6, minor: 1, sublevel: 3, extra: '-rc3' } });
  });

  it('ignores recipe lines, conditional branches and look-alike names', () => {
    const text = 'VERSION = 5\nPATCHLEVEL = 4\nifeq ($(X),y)\nPATCHLEVEL = 9\nendif\nall:\n\tVERSION = 7\nKERNELVERSION = 1\nSUBVERSION = 8\n';
    assert.deepStrictEqual(parseKernelMakefile(text), { kind: 'version', version: { major: 5, minor: 4, sublevel: 0, extra: '' } });
  });

  it('needs both VERSION and PATCHLEVEL', () => {
    assert.deepStrictEqual(parseKernelMakefile('VERSION = 1.2\nobj-y += a.o\n'), { kind: 'not-kernel' });
    assert.deepStrictEqual(parseKernelMakefile('obj-$(CONFIG_MIGRATION) += migrate.o\n'), { kind: 'not-kernel' });
    assert.deepStrictEqual(parseKernelMakefile(''), { kind: 'not-kernel' });
  });

  it('reports a non-numeric version with its line and column', () => {
    assert.deepStrictEqual(parseKernelMakefile('VERSION = 6\n  PATCHLEVEL = twelve\n'), {
      kind: 'problem',
      line: 2,
      column: 3,
      message: "PATCHLEVEL is 'twelve', expected a decimal number",
    });
    const r = parseKernelMakefile('VERSION != echo 6\nPATCHLEVEL = 1\n');
    assert.strictEqual(r.kind, 'problem');
  });

  it('formats the version like make kernelversion and computes LINUX_VERSION_CODE', () => {
    const v = { major: 6, minor: 12, sublevel: 300, extra: '-rc1' };
    assert.strictEqual(formatKernelVersion(v), '6.12.300-rc1');
    assert.strictEqual(linuxVersionCode(v), (6 << 16) + (12 << 8) + 255);
    assert.ok(kernelAtLeast(v, 6, 6));
    assert.ok(kernelAtLeast(v, 5, 19));
    assert.ok(!kernelAtLeast({ major: 6, minor: 1, sublevel: 0, extra: '' }, 6, 5));
  });
});

describe('kernel tree: finding the enclosing tree', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-ktree-'));
    write(tmp, 'linux/Makefile', TOP);
    write(tmp, 'linux/mm/Makefile', 'obj-y += migrate_device.o\n');
    write(tmp, 'linux/mm/migrate_device.c', '/* not kernel code */\n');
    write(tmp, 'linux/tools/Makefile', 'VERSION = 3\n');
    write(tmp, 'linux/tools/x/y.c', '\n');
    write(tmp, 'linux/nested/Makefile', 'VERSION = 6\nPATCHLEVEL = 1\nSUBLEVEL = 192\n');
    write(tmp, 'linux/nested/mm/hmm.c', '\n');
    write(tmp, 'broken/Makefile', 'VERSION = 6\nPATCHLEVEL = x\n');
    write(tmp, 'broken/mm/a.c', '\n');
    write(tmp, 'plain/src/a.c', '\n');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('finds the tree of a file, skipping Makefiles without a version', async () => {
    const t = await findKernelTree(path.join(tmp, 'linux/mm/migrate_device.c'), files);
    assert.ok(t);
    assert.strictEqual(t.root, path.join(tmp, 'linux'));
    assert.strictEqual(t.makefile, path.join(tmp, 'linux/Makefile'));
    assert.strictEqual(t.relative, 'mm/migrate_device.c');
    assert.deepStrictEqual(t.version, { major: 6, minor: 12, sublevel: 117, extra: '' });
    const deep = await findKernelTree(path.join(tmp, 'linux/tools/x/y.c'), files);
    assert.strictEqual(deep?.relative, 'tools/x/y.c');
  });

  it('finds the tree of a directory, of the root itself, and of a path with .. segments', async () => {
    assert.strictEqual((await findKernelTree(path.join(tmp, 'linux/mm'), files))?.relative, 'mm');
    assert.strictEqual((await findKernelTree(path.join(tmp, 'linux'), files))?.relative, '');
    const t = await findKernelTree(`${tmp}/plain/../linux/mm/./migrate_device.c`, files);
    assert.strictEqual(t?.root, path.join(tmp, 'linux'));
    assert.strictEqual(t?.relative, 'mm/migrate_device.c');
  });

  it('the nearest tree wins', async () => {
    const t = await findKernelTree(path.join(tmp, 'linux/nested/mm/hmm.c'), files);
    assert.strictEqual(t?.root, path.join(tmp, 'linux/nested'));
    assert.strictEqual(formatKernelVersion(t!.version), '6.1.192');
  });

  it('a path outside any tree, or one that does not exist, is not in a tree', async () => {
    // The temp dir's ancestors have no kernel Makefile (os.tmpdir() is not inside a tree).
    assert.strictEqual(await findKernelTree(path.join(tmp, 'plain/src/a.c'), files), undefined);
    assert.strictEqual(await findKernelTree(path.join(tmp, 'nope/missing.c'), files), undefined);
  });

  it('reports a malformed top Makefile with file, line and column and keeps looking', async () => {
    const problems: KernelTreeProblem[] = [];
    const t = await findKernelTree(path.join(tmp, 'broken/mm/a.c'), files, (p) => problems.push(p));
    assert.strictEqual(t, undefined);
    assert.deepStrictEqual(problems, [
      { file: path.join(tmp, 'broken/Makefile'), line: 2, column: 1, message: "not read as a kernel tree: PATCHLEVEL is 'x', expected a decimal number" },
    ]);
  });

  it('works on any reader, with URI and Windows spellings', async () => {
    const seen: string[] = [];
    const reader = (tree: Record<string, string>) => ({
      readText: async (p: string) => {
        seen.push(p);
        if (p in tree) return tree[p];
        throw new Error(`cannot read ${p}: no such file`);
      },
    });
    const uri = await findKernelTree('vscode-remote://ssh-remote+box/home/u/linux/mm/hmm.c', reader({ 'vscode-remote://ssh-remote+box/home/u/linux/Makefile': TOP }));
    assert.strictEqual(uri?.root, 'vscode-remote://ssh-remote+box/home/u/linux');
    assert.strictEqual(uri?.relative, 'mm/hmm.c');
    const win = await findKernelTree('C:\\src\\linux\\mm\\hmm.c', reader({ 'C:\\src\\linux\\Makefile': TOP }));
    assert.strictEqual(win?.root, 'C:\\src\\linux');
    assert.strictEqual(win?.relative, 'mm/hmm.c');
    seen.length = 0;
    // With inspect, a Makefile that is a FIFO or is huge is never opened.
    const opened: string[] = [];
    const inspecting = {
      inspect: async (p: string) => {
        if (p === '/t/sub/Makefile') return { kind: 'fifo', size: 0 };
        if (p === '/t/big/Makefile') return { kind: 'file', size: 64 << 20 };
        if (p === '/t/Makefile') return { kind: 'file', size: TOP.length };
        throw new Error(`cannot inspect ${p}: no such file`);
      },
      readText: async (p: string) => {
        opened.push(p);
        if (p === '/t/Makefile') return TOP;
        throw new Error(`cannot read ${p}`);
      },
    };
    assert.strictEqual((await findKernelTree('/t/sub/a.c', inspecting))?.root, '/t');
    assert.strictEqual((await findKernelTree('/t/big/a.c', inspecting))?.root, '/t');
    assert.deepStrictEqual(opened, ['/t/Makefile', '/t/Makefile']);
    assert.strictEqual(await findKernelTree('/a/b.c', reader({})), undefined);
    assert.deepStrictEqual(seen, ['/a/b.c/Makefile', '/a/Makefile', '/Makefile']);
  });
});

// The trees scripts/kernel-trees.sh extracts from Debian's linux-source packages.
const CACHE = kernelTreeCacheDir(process.env, os.homedir())!;

describe('kernel tree: Debian linux-source trees (scripts/kernel-trees.sh)', () => {
  it('looks for them where the script puts them', () => {
    assert.strictEqual(kernelTreeCacheDir({ MMSTEP_KERNEL_CACHE: '/c', XDG_CACHE_HOME: '/x' }, '/h'), '/c');
    assert.strictEqual(kernelTreeCacheDir({ XDG_CACHE_HOME: '/x' }, '/h'), '/x/mmstep/kernel-trees');
    assert.strictEqual(kernelTreeCacheDir({ XDG_CACHE_HOME: '' }, '/h'), '/h/.cache/mmstep/kernel-trees');
    assert.strictEqual(kernelTreeCacheDir({ HOME: '/home/u' }), '/home/u/.cache/mmstep/kernel-trees');
    assert.strictEqual(kernelTreeCacheDir({}), undefined);
  });

  for (const [dir, minor, selftest] of [
    ['linux-6.1', 1, 'tools/testing/selftests/vm/hmm-tests.c'],
    ['linux-6.12', 12, 'tools/testing/selftests/mm/hmm-tests.c'],
  ] as const) {
    const root = path.join(CACHE, dir);
    const present = fs.existsSync(path.join(root, 'Makefile'));
    (present ? it : it.skip)(`${dir}: mm/migrate_device.c and the selftest are in a 6.${minor}.x tree`, async function () {
      const t = await findKernelTree(path.join(root, 'mm/migrate_device.c'), files);
      assert.ok(t, `no kernel tree found above ${root}/mm/migrate_device.c`);
      assert.strictEqual(t.root, root);
      assert.strictEqual(t.relative, 'mm/migrate_device.c');
      assert.strictEqual(t.version.major, 6);
      assert.strictEqual(t.version.minor, minor);
      assert.ok(t.version.sublevel > 0, 'Debian ships a stable release, not .0');
      console.log(`      ${dir}: Linux ${formatKernelVersion(t.version)}`);
      const s = await findKernelTree(path.join(root, selftest), files);
      assert.strictEqual(s?.relative, selftest);
    });
  }
});
