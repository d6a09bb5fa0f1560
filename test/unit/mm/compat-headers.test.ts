// kernel/compat: the compatibility headers a kernel tree's unmodified mm/migrate_device.c is
// compiled against (issue 8 item 5). Checks, for Linux 6.1 and 6.12:
// - gcc -fsyntax-only (the best oracle there is) accepts the tree's file against the version's
//   headers with implicit declarations, int conversions and incompatible pointers as errors,
//   and rejects it against the other version's (the headers carry version-specific signatures);
// - mmstep's own preprocessor runs the file through the same headers, with the version's
//   kconfig table and the include rule of kernel/compat/README.md, without a diagnostic and
//   without reading a single header of the tree; its output (for a host compiler) passes gcc;
// - every body-less prototype in kernel/compat is something the simulator can call: a native
//   of the model, mmstep's C in kernel/, a printf-family native of the interpreter, or listed
//   below as still missing, with the reason.
// The trees come from scripts/kernel-trees.sh (npm test's preflight runs it); without them the
// tree tests fail and say so.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { preprocess } from '../../../src/c/pp/index';
import { PRELUDE_DECLS } from '../../../src/c/prelude';
import { RUNTIME_NATIVE_NAMES } from '../../../src/c/runtime-natives';
import { createModel, createNatives } from '../../../src/mm/index';
import { kernelTreeCacheDir } from '../../../src/sim/kernel-tree';
import { definitions, files, stripComments } from './c-scan';
import { privateRange } from './helpers';

const ROOT = path.join(__dirname, '../../../..');
const KERNEL = path.join(ROOT, 'kernel');
const COMPAT = path.join(KERNEL, 'compat');
const VERSIONS = ['6.1', '6.12'] as const;

/** Prototypes the simulator cannot call yet, and why. The test fails when one becomes available. */
const MISSING: Record<string, string> = {
  is_huge_zero_page: 'declared only with CONFIG_TRANSPARENT_HUGEPAGE=y (the kconfig tables leave it off): no huge zero page in the model',
  split_huge_page: 'declared only with CONFIG_TRANSPARENT_HUGEPAGE=y: no compound pages in the model',
  is_huge_zero_folio: 'declared only with CONFIG_TRANSPARENT_HUGEPAGE=y: no huge zero folio in the model',
  split_folio_to_list: 'declared only with CONFIG_TRANSPARENT_HUGEPAGE=y: no large folios in the model',
};

/** String functions: natives of the interpreter's C runtime (issue 8 item 4), not of the model. */
const C_RUNTIME: Record<string, string> = {
  memset: 'migrate_vma_setup clears the src/dst arrays',
  memcpy: 'string.h companion',
  memcmp: 'string.h companion',
  strlen: 'string.h companion',
};

/** The functions the tree's file defines itself and internal.h declares. */
const TREE_DEFINED = new Set(['migrate_device_coherent_page', 'migrate_device_coherent_folio']);

/** The text the interpreter reads: groups under `#ifndef __mmstep__` (host compilers only) dropped. */
function mmstepView(text: string): string {
  const out: string[] = [];
  const stack: boolean[] = [];
  for (const line of text.split('\n')) {
    const d = /^\s*#\s*(ifndef|ifdef|if|else|elif|endif)\b\s*(\w*)/.exec(line);
    if (d) {
      if (d[1] === 'ifndef') stack.push(d[2] === '__mmstep__');
      else if (d[1] === 'ifdef' || d[1] === 'if') stack.push(false);
      else if (d[1] === 'else' && stack.length && stack[stack.length - 1]) stack[stack.length - 1] = false;
      else if (d[1] === 'endif') stack.pop();
      out.push('');
      continue;
    }
    out.push(stack.includes(true) ? '' : line);
  }
  return out.join('\n');
}

/** Names of functions declared without a body at file scope of a header. */
function prototypes(text: string): string[] {
  let s = stripComments(mmstepView(text));
  s = s.replace(/^\s*#.*(?:\\\n.*)*$/gm, ' ');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\{[^{}]*\}/g, ';');
  }
  const names: string[] = [];
  for (const stmt of s.split(';')) {
    const t = stmt.trim().replace(/\s+/g, ' ');
    if (!t || t.startsWith('typedef') || /^(static|enum|struct \w+$|union)/.test(t)) continue;
    const m = /\b(\w+)\s*\([^()]*\)$/.exec(t);
    if (m) names.push(m[1]);
  }
  return names;
}

function kconfigTable(v: string): Record<string, string> {
  const file = path.join(COMPAT, v, 'kconfig');
  const table: Record<string, string> = {};
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#')) return;
    const m = /^(CONFIG_[A-Z0-9_]+)=(y|m|n|-?\d+|0x[0-9a-fA-F]+|"[^"]*")$/.exec(t);
    assert.ok(m, `${file}:${i + 1}: expected CONFIG_X=value, got '${t}'`);
    table[m[1]] = m[2];
  });
  return table;
}

const CACHE = kernelTreeCacheDir(process.env, os.homedir())!;
const tmpDirs: string[] = [];

function tmpDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tmpDirs.push(dir);
  return dir;
}

function treeFile(v: string): string {
  const file = path.join(CACHE, `linux-${v}`, 'mm/migrate_device.c');
  if (!fs.existsSync(file)) {
    assert.fail(`${file} is missing: extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\` (npm test's preflight does)`);
  }
  return file;
}

/**
 * gcc looks up `#include "internal.h"` in the includer's directory before any -I, which would
 * find the tree's own mm/internal.h. The rule is that the compat mm/ comes first, so gcc gets the
 * file through a symlink in a directory of its own (nothing is copied).
 */
function linkedTreeFile(v: string): string {
  const dir = tmpDir(`mmstep-compat-${v}-`);
  fs.mkdirSync(path.join(dir, 'mm'));
  const link = path.join(dir, 'mm', 'migrate_device.c');
  fs.symlinkSync(treeFile(v), link);
  return link;
}

const GCC_ERRORS = ['-Werror=implicit-function-declaration', '-Werror=int-conversion', '-Werror=incompatible-pointer-types'];

function gccIncludes(v: string): string[] {
  return ['-I', path.join(COMPAT, v, 'mm'), '-I', path.join(COMPAT, v, 'include'), '-I', path.join(COMPAT, 'common', 'include')];
}

function gcc(args: string[]): { status: number | null; out: string } {
  const r = spawnSync('gcc', ['-fsyntax-only', '-std=gnu11', '-nostdinc', '-Wall', ...GCC_ERRORS, ...args], { encoding: 'utf8' });
  if (r.error) assert.fail(`gcc could not be run (${r.error.message}); npm run preflight installs it`);
  return { status: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

/** The include rule of kernel/compat/README.md, as a resolver for mmstep's preprocessor. */
function compatResolver(v: string, mainFile: string) {
  return (name: string, angle: boolean, includer: string): string | null => {
    const ours = includer !== mainFile && includer.startsWith(KERNEL + path.sep);
    const dirs: string[] = [];
    if (!angle) dirs.push(ours ? path.dirname(includer) : path.join(COMPAT, v, 'mm'));
    dirs.push(path.join(COMPAT, v, 'include'), path.join(COMPAT, 'common', 'include'));
    for (const d of dirs) {
      const p = path.normalize(path.join(d, name));
      if (fs.existsSync(p)) return p;
    }
    return null;
  };
}

function runPP(v: string, forMmstep: boolean) {
  const file = treeFile(v);
  return preprocess(file, undefined, {
    readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null),
    resolve: compatResolver(v, file),
    kconfig: kconfigTable(v),
    predefines: forMmstep ? { __mmstep__: '1' } : {},
  });
}

describe('kernel/compat headers', () => {
  after(() => {
    for (const d of tmpDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  for (const v of VERSIONS) {
    describe(`Linux ${v}`, () => {
      it('the kconfig table follows a TEST_HMM build without THP', () => {
        const k = kconfigTable(v);
        for (const opt of ['CONFIG_DEVICE_PRIVATE', 'CONFIG_ZONE_DEVICE', 'CONFIG_MIGRATION', 'CONFIG_DEVICE_MIGRATION', 'CONFIG_MMU_NOTIFIER']) {
          assert.strictEqual(k[opt], 'y', `${opt} should be y`);
        }
        assert.ok(!('CONFIG_TRANSPARENT_HUGEPAGE' in k) || k.CONFIG_TRANSPARENT_HUGEPAGE === 'n', 'THP must stay off: the model has no huge pages');
        assert.ok(!('CONFIG_DEBUG_VM' in k));
      });

      it(`gcc -fsyntax-only accepts the tree's mm/migrate_device.c`, function () {
        this.timeout(60000);
        const r = gcc([...gccIncludes(v), linkedTreeFile(v)]);
        assert.strictEqual(r.status, 0, r.out);
        assert.ok(!/error/.test(r.out), r.out);
        const warnings = r.out.split('\n').filter((l) => / warning: /.test(l));
        assert.deepStrictEqual(warnings, [], 'no warnings expected, even with -Wall');
      });

      it('mmstep\'s preprocessor reads only compat headers and reports nothing', function () {
        this.timeout(60000);
        const r = runPP(v, true);
        assert.deepStrictEqual(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`), []);
        assert.ok(!r.aborted);
        const foreign = r.included.filter((f) => f !== treeFile(v) && !f.startsWith(KERNEL + path.sep));
        assert.deepStrictEqual(foreign, [], 'a header of the tree was read');
        assert.ok(r.included.some((f) => f === path.join(COMPAT, v, 'mm', 'internal.h')), 'the file\'s "internal.h" must be the compat one');
        // The interpreter's own names reach it unexpanded; the version's adapters are there.
        assert.match(r.text, /\bWARN_ON_ONCE\s*\(/);
        assert.match(r.text, /\bVM_BUG_ON\s*\(/);
        assert.doesNotMatch(r.text, /\btypedef\s+_Bool\s+bool\b/);
        assert.doesNotMatch(r.text, /\bIS_ENABLED\b/);
      });

      it('the preprocessor\'s output for a host compiler passes gcc -fsyntax-only too', function () {
        this.timeout(60000);
        const r = runPP(v, false);
        assert.deepStrictEqual(r.diagnostics, []);
        const dir = tmpDir(`mmstep-compat-pp-${v}-`);
        const out = path.join(dir, 'migrate_device.i');
        fs.writeFileSync(out, r.text);
        const g = gcc(['-x', 'c', out]);
        assert.strictEqual(g.status, 0, g.out);
      });
    });
  }

  it('the headers are version-specific: each tree\'s file fails against the other version\'s', function () {
    this.timeout(60000);
    const a = gcc([...gccIncludes('6.12'), linkedTreeFile('6.1')]);
    assert.notStrictEqual(a.status, 0);
    assert.match(a.out, /mmu_notifier_range_init_owner|pte_mkwrite|page_remove_rmap|MIGRATE_SYNC_NO_COPY/);
    const b = gcc([...gccIncludes('6.1'), linkedTreeFile('6.12')]);
    assert.notStrictEqual(b.status, 0);
    assert.match(b.out, /mmu_notifier_range_init_owner|pte_mkwrite|folio_get_nontail_page|RMAP_EXCLUSIVE|PGWALK_RDLOCK/);
  });

  describe('prototypes', () => {
    const headers = files(COMPAT, '.h');
    const declared = new Map<string, string>();
    for (const f of headers) for (const n of prototypes(fs.readFileSync(f, 'utf8'))) if (!declared.has(n)) declared.set(n, path.relative(ROOT, f));
    const natives = new Set(Object.keys(createNatives(createModel(privateRange(1)))));
    const kernelC = new Set(files(KERNEL, '.c').flatMap((f) => definitions(fs.readFileSync(f, 'utf8'))));
    const interp = new Set([...PRELUDE_DECLS.matchAll(/\b(\w+)\s*\(/g)].map((m) => m[1]));

    it('finds the prototypes it is meant to check, and none of the host-only ones', () => {
      for (const n of ['pte_mkwrite', 'remove_migration_ptes', 'mmu_notifier_invalidate_range_start', 'folio_get_nontail_page', 'is_huge_zero_page', 'memset', 'pr_warn']) {
        assert.ok(declared.has(n), `${n} not found`);
      }
      for (const n of ['__mmstep_bug', 'page_remove_rmap', 'migrate_pfn_to_page', 'migrate_folio']) assert.ok(!declared.has(n), `${n} is not a prototype`);
    });

    it('every body-less prototype is a native, mmstep C, an interpreter native or listed as missing', () => {
      const unknown = [...declared].filter(([n]) => !natives.has(n) && !kernelC.has(n) && !interp.has(n) && !(n in MISSING) && !(n in C_RUNTIME) && !RUNTIME_NATIVE_NAMES.has(n) && !TREE_DEFINED.has(n));
      assert.deepStrictEqual(unknown.map(([n, f]) => `${f}: ${n}`), []);
    });

    it('the missing table lists only what is declared and really missing', () => {
      for (const n of [...Object.keys(MISSING), ...Object.keys(C_RUNTIME)]) {
        assert.ok(declared.has(n), `${n} is listed but not declared in kernel/compat`);
        assert.ok(!natives.has(n) && !kernelC.has(n), `${n} is available now: remove it from the table`);
      }
    });
  });
});
