// kernel/compat/6.18: the compatibility headers for mainline's mm/migrate_device.c (issue 8 item
// 5, "mainline as far as it can be followed from its documentation"). No mainline tree is in CI
// and none may be copied into the repository (GPL), so what is committed checks the headers
// with a C file of our own, test/fixtures/compat/mainline-calls.c, that calls every kernel
// function and macro the mainline file calls, with the version's signature:
// - gcc -fsyntax-only -Wall -Werror accepts it against 6.18's headers and rejects it against
//   6.12's and 6.1's (const page_pgmap, pte_mkwrite's vma, folio_get_nontail_page's folio, …);
// - 6.18's headers no longer declare pmd_devmap (gone with the devmap pte bit in 6.17), 6.12's do,
//   and the Debian 6.12 tree's file therefore fails against 6.18's headers at that call;
// - mmstep's preprocessor reads the file through 6.18's include rule without a diagnostic and
//   without a header outside kernel/; the interpreter compiles and runs a fake 6.18 tree's file
//   that includes the same headers, with no "nearest lower version" warning;
// - compatVersionFor picks 6.18 for 6.18, falls back to it (with the warning) for a newer tree
//   and keeps 6.12 for 6.13–6.17.
// The by-hand comparison on a real mainline file is test/unit/sim/kernel-tree-mainline.test.ts
// (opt-in: MMSTEP_MAINLINE_TREE).

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { preprocess } from '../../../src/c/pp/index';
import { loadScenario } from '../../../src/sim/load';
import { Simulation } from '../../../src/sim/simulation';
import type { KernelTree } from '../../../src/sim/kernel-tree';
import { COMPAT_VERSIONS, compatVersionFor } from '../../../src/sim/tree-units';
import { treeFile } from '../sim/kernel-tree-env';

const ROOT = path.join(__dirname, '../../../..');
const KERNEL = path.join(ROOT, 'kernel');
const COMPAT = path.join(KERNEL, 'compat');
const CALLS = path.join(ROOT, 'test/fixtures/compat/mainline-calls.c');
const dirs: string[] = [];

function tmpDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}

function gcc(v: string, file: string): { status: number | null; out: string } {
  const inc = ['-I', path.join(COMPAT, v, 'mm'), '-I', path.join(COMPAT, v, 'include'), '-I', path.join(COMPAT, 'common', 'include')];
  const r = spawnSync('gcc', ['-fsyntax-only', '-std=gnu11', '-nostdinc', '-Wall', '-Werror', ...inc, file], { encoding: 'utf8' });
  if (r.error) assert.fail(`gcc could not be run (${r.error.message}); npm run preflight installs it`);
  return { status: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

function kconfig(v: string): Record<string, string> {
  const t: Record<string, string> = {};
  for (const line of fs.readFileSync(path.join(COMPAT, v, 'kconfig'), 'utf8').split('\n')) {
    const m = /^(CONFIG_\w+)=(.*)$/.exec(line.trim());
    if (m) t[m[1]] = m[2];
  }
  return t;
}

function tree(major: number, minor: number): KernelTree {
  return { root: `/trees/linux-${major}.${minor}`, makefile: `/trees/linux-${major}.${minor}/Makefile`, relative: '', version: { major, minor, sublevel: 0, extra: '' } };
}

describe('kernel/compat/6.18 (mainline)', () => {
  after(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('is a compat version, after 6.12', () => {
    assert.deepStrictEqual(COMPAT_VERSIONS[COMPAT_VERSIONS.length - 1], [6, 18]);
    assert.ok(fs.existsSync(path.join(COMPAT, '6.18', 'kconfig')));
  });

  it('the kconfig table is 6.12\'s without ARCH_HAS_PTE_DEVMAP (removed in 6.17), THP still off', () => {
    const a = kconfig('6.12');
    const b = kconfig('6.18');
    delete a.CONFIG_ARCH_HAS_PTE_DEVMAP;
    assert.deepStrictEqual(b, a);
    assert.ok(!('CONFIG_TRANSPARENT_HUGEPAGE' in b));
  });

  it('gcc accepts every mainline call, with its signature, against 6.18\'s headers (-Wall -Werror)', function () {
    this.timeout(30000);
    const r = gcc('6.18', CALLS);
    assert.strictEqual(r.status, 0, r.out);
    assert.strictEqual(r.out.trim(), '');
  });

  it('and rejects them against 6.12\'s and 6.1\'s, naming the signatures that changed', function () {
    this.timeout(30000);
    const b = gcc('6.12', CALLS);
    assert.notStrictEqual(b.status, 0);
    assert.match(b.out, /page_pgmap.*discards .const. qualifier/);
    const a = gcc('6.1', CALLS);
    assert.notStrictEqual(a.status, 0);
    for (const n of ['folio_get_nontail_page', 'pte_mkwrite', 'pmd_folio']) assert.match(a.out, new RegExp(`'${n}'|‘${n}’`), a.out);
  });

  it('pmd_devmap is declared for 6.12 and gone for 6.18', function () {
    this.timeout(30000);
    const file = path.join(tmpDir('mmstep-devmap-'), 'devmap.c');
    fs.writeFileSync(file, '#include <linux/mm.h>\nint uses_devmap(pmd_t *pmdp) { return pmd_devmap(*pmdp); }\n');
    assert.strictEqual(gcc('6.12', file).status, 0);
    const r = gcc('6.18', file);
    assert.notStrictEqual(r.status, 0);
    assert.match(r.out, /implicit declaration of function .pmd_devmap./);
  });

  it('the Debian 6.12 tree\'s file does not compile against 6.18\'s headers (it still tests pmd_devmap)', function () {
    this.timeout(30000);
    // gcc would read the tree's own mm/internal.h beside it: give it the file through a symlink.
    const dir = tmpDir('mmstep-612-on-618-');
    fs.mkdirSync(path.join(dir, 'mm'));
    const link = path.join(dir, 'mm', 'migrate_device.c');
    fs.symlinkSync(treeFile('6.12'), link);
    const r = gcc('6.18', link);
    assert.notStrictEqual(r.status, 0);
    const errors = r.out.split('\n').filter((l) => / error: /.test(l));
    assert.ok(errors.length > 0 && errors.every((l) => /pmd_devmap/.test(l)), r.out);
  });

  it('mmstep\'s preprocessor reads the calls through 6.18\'s include rule, reporting nothing', () => {
    const resolve = (name: string, angle: boolean, includer: string): string | null => {
      const ours = includer !== CALLS && includer.startsWith(KERNEL + path.sep);
      const cand: string[] = [];
      if (!angle) cand.push(ours ? path.dirname(includer) : path.join(COMPAT, '6.18', 'mm'));
      cand.push(path.join(COMPAT, '6.18', 'include'), path.join(COMPAT, 'common', 'include'));
      for (const d of cand) {
        const p = path.normalize(path.join(d, name));
        if (fs.existsSync(p)) return p;
      }
      return null;
    };
    const r = preprocess(CALLS, undefined, {
      readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null),
      resolve,
      kconfig: kconfig('6.18'),
      predefines: { __mmstep__: '1' },
    });
    assert.deepStrictEqual(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`), []);
    assert.deepStrictEqual(r.included.filter((f) => f !== CALLS && !f.startsWith(KERNEL + path.sep)), []);
    for (const h of ['mm/internal.h', 'include/linux/mm.h', 'include/linux/memremap.h', 'include/linux/mm_types.h']) {
      assert.ok(r.included.includes(path.join(COMPAT, '6.18', h)), `6.18's ${h} is read`);
    }
    // The version's forms: page_pgmap with a const page, pmd_devmap renamed away.
    assert.match(r.text, /struct dev_pagemap \*page_pgmap\(const struct page \*page\)/);
    assert.doesNotMatch(r.text, /\bpmd_devmap\s*\(/);
  });

  it('a 6.18 tree\'s file compiles and runs on the interpreter against 6.18\'s headers, with no fallback warning', async () => {
    const root = tmpDir('mmstep-tree-618-');
    fs.writeFileSync(path.join(root, 'Makefile'), '# top Makefile of a fake tree, written for this test\nVERSION = 6\nPATCHLEVEL = 18\nSUBLEVEL = 0\nEXTRAVERSION =\nNAME = Fake\n');
    fs.mkdirSync(path.join(root, 'mm'));
    const includes = fs.readFileSync(CALLS, 'utf8').split('\n').filter((l) => l.startsWith('#include'));
    fs.writeFileSync(
      path.join(root, 'mm/fake.c'),
      [
        ...includes,
        '',
        'int fake_entry(int n)',
        '{',
        '\tconst struct page *page = NULL;',
        '',
        '\treturn n + (int)sizeof(page) + split_folio((struct folio *)NULL) + is_huge_zero_folio(NULL);',
        '}',
        '',
      ].join('\n'),
    );
    const scn = path.join(root, 'fake.mmstep.yaml');
    fs.writeFileSync(
      scn,
      ['name: fake 6.18 tree', 'kernel_tree: .', 'sources:', '  - tree:mm/fake.c', 'entry:', '  function: fake_entry', '  args: [5]', 'memory:', '  processes:', '    - pid: 1', '      vmas: [{start: 0x7f0000000000, end: 0x7f0000001000}]', ''].join('\n'),
    );
    const l = await loadScenario(scn, new NodeFileAccess(undefined, [root]));
    assert.deepStrictEqual(l.warnings.filter((w) => /compatibility headers/.test(w.message)), []);
    const sim = await Simulation.load(scn, new NodeFileAccess(undefined, [root]));
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'completed');
    assert.strictEqual(r.returned, '13');
  });

  describe('compatVersionFor', () => {
    it('6.18 uses 6.18; a newer tree falls back to it with a warning', () => {
      assert.deepStrictEqual(compatVersionFor(tree(6, 18)), { dir: '6.18' });
      const newer = compatVersionFor(tree(6, 19));
      assert.strictEqual(newer.dir, '6.18');
      assert.match(newer.warning ?? '', /no compatibility headers for 6\.19, using those of 6\.18 \(the nearest lower of 6\.1, 6\.12, 6\.18\)/);
      assert.strictEqual(compatVersionFor(tree(7, 0)).dir, '6.18');
    });

    it('6.13–6.17 keep 6.12 (with the warning), 6.12 and 6.1 their own, older is an error', () => {
      for (const minor of [13, 15, 17]) {
        const r = compatVersionFor(tree(6, minor));
        assert.strictEqual(r.dir, '6.12');
        assert.match(r.warning ?? '', new RegExp(`6\\.${minor}.*using those of 6\\.12`));
      }
      assert.deepStrictEqual(compatVersionFor(tree(6, 12)), { dir: '6.12' });
      assert.deepStrictEqual(compatVersionFor(tree(6, 1)), { dir: '6.1' });
      assert.match(compatVersionFor(tree(5, 15)).error ?? '', /only for 6\.1, 6\.12, 6\.18/);
    });
  });
});
