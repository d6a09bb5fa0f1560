// Preprocessor benchmark: cold and warm time of preprocess() on the project's own kernel C
// (kernel/mm/*.c with kernel/include), the differential corpus, and — when a kernel tree is
// named — the tree's mm/migrate_device.c against empty headers, against mmstep's headers, and
// (with a directory of generated-header stubs) against the tree's own headers. Prints numbers
// next to the 50 ms warm target; never fails on timing.
//
//   npx tsc -p . && node out/bench/pp/run.js [KERNEL_TREE [STUBS_DIR]]

import * as fs from 'fs';
import * as path from 'path';
import { newCache, preprocess, type PreprocessOptions, type PreprocessResult } from '../../src/c/pp';

const TARGET_MS = 50;
const root = path.resolve(__dirname, '..', '..', '..');

function reader(): PreprocessOptions['readFile'] {
  const cache = new Map<string, string | null>();
  return (p) => {
    if (!cache.has(p)) {
      let t: string | null = null;
      try {
        t = fs.readFileSync(p, 'utf8');
      } catch {
        t = null;
      }
      cache.set(p, t);
    }
    return cache.get(p);
  };
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Cold = first run; warm = median of later runs; cached = median of runs sharing a PPCache. */
function time(label: string, file: string, opts: PreprocessOptions, runs = 20, target = true): void {
  let r: PreprocessResult | undefined;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    r = preprocess(file, undefined, opts);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const cache = newCache();
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    preprocess(file, undefined, { ...opts, cache });
    cached.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const warm = median(times.slice(1));
  const warmCached = median(cached.slice(1));
  const lines = r!.included.reduce((n, f) => n + ((opts.readFile(f) ?? '').split('\n').length - 1), 0);
  const verdict = target ? (warm <= TARGET_MS ? `within ${TARGET_MS} ms` : `OVER ${TARGET_MS} ms`) : 'no target';
  console.log(
    `${label.padEnd(46)} ${String(r!.included.length).padStart(4)} files ${String(lines).padStart(7)} lines ${String(r!.map.count).padStart(7)} tokens  cold ${times[0].toFixed(1).padStart(7)} ms  warm ${warm.toFixed(1).padStart(7)} ms  warm+cache ${warmCached.toFixed(1).padStart(7)} ms  ${verdict}  (${r!.diagnostics.length} diagnostics)`,
  );
}

const kernelInclude = path.join(root, 'kernel', 'include');
const mmFiles = fs.readdirSync(path.join(root, 'kernel', 'mm')).filter((f) => f.endsWith('.c')).sort();
for (const f of mmFiles) {
  time(`kernel/mm/${f}`, path.join(root, 'kernel', 'mm', f), { readFile: reader(), includeDirs: [kernelInclude] });
}
const corpus = path.join(root, 'test', 'pp-corpus');
for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith('.c')).sort()) {
  time(`test/pp-corpus/${f}`, path.join(corpus, f), { readFile: reader(), includeDirs: [path.join(corpus, 'include')] });
}

const tree = process.argv[2];
if (tree) {
  const file = path.join(tree, 'mm', 'migrate_device.c');
  const read = reader();
  time('tree migrate_device.c, empty headers', file, { readFile: (p) => (p === file ? read(p) : ''), resolve: (name) => '/empty/' + name });
  // mmstep's headers where they exist, the corpus idioms header for the rest of the kernel API
  const idioms = path.join(corpus, 'include', 'idioms.h');
  time('tree migrate_device.c, mmstep headers', file, {
    readFile: read,
    resolve: (name, angle, from) => {
      const own = path.join(kernelInclude, name);
      if (fs.existsSync(own)) return own;
      return angle || from === file ? idioms : null;
    },
  });
  const stubs = process.argv[3];
  if (stubs) {
    const dirs = [stubs, 'arch/x86/include', 'arch/x86/include/generated', 'include', 'arch/x86/include/uapi', 'arch/x86/include/generated/uapi', 'include/uapi', 'include/generated/uapi'];
    const prelude = ['include/linux/compiler-version.h', 'include/linux/kconfig.h', 'include/linux/compiler_types.h'].map((f) => `#include "${path.join(tree, f)}"`).join('\n');
    time('tree migrate_device.c, the tree\'s own headers', file, {
      readFile: read,
      includeDirs: dirs.map((d) => path.resolve(tree, d)),
      prelude,
      predefines: { __KERNEL__: 1, __GNUC__: 12, __GNUC_MINOR__: 2, __GNUC_PATCHLEVEL__: 0, __x86_64__: 1, __CHAR_BIT__: 8, __SIZEOF_LONG__: 8, __SIZEOF_POINTER__: 8, __SIZEOF_INT__: 4, __SIZEOF_LONG_LONG__: 8 },
    }, 5, false);
  }
}
