// Differential run of the preprocessor on a kernel tree's own headers: preprocesses a tree's
// file (default mm/migrate_device.c) with `gcc -E -P` and with preprocess() on the same include
// path, and compares the token sequences. Generated headers a tree only has after a build are
// stubbed in a temporary directory (asm/X → <asm-generic/X> where that exists, else empty),
// next to a small autoconf.h; nothing is written into the tree or this repository. gcc's own
// predefined macros and its answers to the __has_attribute / __has_builtin queries the headers
// make are given to preprocess(), so both see the same configuration. Prints times; a
// difference makes the exit status 1.
//
//   npx tsc -p . && node out/bench/pp/kernel-diff.js /tmp/k612/linux-source-6.12 [mm/file.c]

import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_ATTRIBUTES, DEFAULT_BUILTINS } from '../../src/c/pp/builtins';
import { newCache, preprocess, userPosition } from '../../src/c/pp';
import { lex } from '../../src/c/pp/lexer';

const CONFIG = [
  'X86_64', 'X86', '64BIT', 'MMU', 'SMP', 'MIGRATION', 'ZONE_DEVICE', 'DEVICE_PRIVATE', 'DEVICE_MIGRATION', 'NUMA',
  'SPARSEMEM', 'SPARSEMEM_VMEMMAP', 'TRANSPARENT_HUGEPAGE', 'MMU_NOTIFIER', 'GENERIC_BUG', 'BUG', 'PRINTK', 'SWAP',
  'SHMEM', 'ARCH_USE_BUILTIN_BSWAP', 'PREEMPT_NONE', 'X86_CMPXCHG64', 'PAGE_SIZE_4KB', 'TREE_RCU', 'TREE_SRCU', 'SRCU',
];
const VALUES: Record<string, string> = {
  NR_CPUS: '64', PGTABLE_LEVELS: '4', PAGE_SHIFT: '12', NODES_SHIFT: '6', HZ: '250', LOG_BUF_SHIFT: '17',
  ILLEGAL_POINTER_VALUE: '0xdead000000000000', X86_L1_CACHE_SHIFT: '6', X86_INTERNODE_CACHE_SHIFT: '6',
  PHYSICAL_ALIGN: '0x200000', PHYSICAL_START: '0x1000000', DEFAULT_MMAP_MIN_ADDR: '4096', FRAME_WARN: '2048', BASE_SMALL: '0',
};

const tree = path.resolve(process.argv[2] ?? '');
const file = process.argv[3] ?? 'mm/migrate_device.c';
if (!process.argv[2] || !fs.existsSync(path.join(tree, file))) {
  console.error('usage: kernel-diff.js KERNEL_TREE [FILE]  (the tree needs include/, arch/x86/include/ and the file)');
  process.exit(2);
}
const stubs = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-pp-stubs-'));
fs.mkdirSync(path.join(stubs, 'generated'));
fs.writeFileSync(
  path.join(stubs, 'generated', 'autoconf.h'),
  CONFIG.map((c) => `#define CONFIG_${c} 1\n`).join('') + Object.entries(VALUES).map(([k, v]) => `#define CONFIG_${k} ${v}\n`).join(''),
);
const dirs = [stubs, 'arch/x86/include', 'arch/x86/include/generated', 'include', 'arch/x86/include/uapi', 'arch/x86/include/generated/uapi', 'include/uapi', 'include/generated/uapi'];
const preincludes = ['include/linux/compiler-version.h', 'include/linux/kconfig.h', 'include/linux/compiler_types.h'];
const defines = { __KERNEL__: '1', KBUILD_MODNAME: '"kdiff"', KBUILD_BASENAME: '"kdiff"' };
const gccArgs = ['-std=gnu11', '-E', '-P', '-nostdinc', ...Object.entries(defines).map(([k, v]) => `-D${k}=${v}`), ...dirs.map((d) => `-I${d}`), ...preincludes.flatMap((f) => ['-include', f]), file];

let gccOut = '';
for (let round = 0; round < 200; round++) {
  const g = spawnSync('gcc', gccArgs, { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 30 });
  const missing = /fatal error: ([^:]+): No such file/.exec(g.stderr ?? '');
  if (!missing) {
    if (g.status !== 0) {
      console.error(g.stderr);
      process.exit(2);
    }
    gccOut = g.stdout;
    break;
  }
  const name = missing[1];
  const base = name.replace(/^asm\//, '');
  const generic = name.startsWith('asm/') && (fs.existsSync(path.join(tree, 'include/asm-generic', base)) || fs.existsSync(path.join(tree, 'include/uapi/asm-generic', base)));
  fs.mkdirSync(path.dirname(path.join(stubs, name)), { recursive: true });
  fs.writeFileSync(path.join(stubs, name), generic ? `#include <asm-generic/${base}>\n` : '');
}

const predefines: Record<string, string> = { ...defines };
for (const l of execFileSync('gcc', ['-std=gnu11', '-dM', '-E', '-x', 'c', '/dev/null'], { encoding: 'utf8' }).split('\n')) {
  const m = /^#define (\S+)(?: (.*))?$/.exec(l);
  if (m) predefines[m[1]] = m[2] ?? '';
}
const gccSays = (test: string): boolean => execFileSync('gcc', ['-E', '-P', '-x', 'c', '-'], { input: `#if ${test}\nyes\n#endif\n`, encoding: 'utf8' }).includes('yes');
const sources = execFileSync('grep', ['-rhoE', '__has_(attribute|builtin)\\([A-Za-z_0-9]+\\)', 'include', 'arch/x86/include'], { cwd: tree, encoding: 'utf8' });
const attrQueries = new Set<string>(), builtinQueries = new Set<string>();
for (const m of sources.matchAll(/__has_(attribute|builtin)\(([A-Za-z_0-9]+)\)/g)) (m[1] === 'attribute' ? attrQueries : builtinQueries).add(m[2].replace(/^__(.+)__$/, '$1'));
const attributes = [...DEFAULT_ATTRIBUTES.filter((a) => !attrQueries.has(a)), ...[...attrQueries].filter((a) => gccSays(`__has_attribute(${a})`))];
const builtins = [...DEFAULT_BUILTINS.filter((b) => !builtinQueries.has(b)), ...[...builtinQueries].filter((b) => gccSays(`__has_builtin(${b})`))];

const texts = new Map<string, string | null>();
const readFile = (p: string): string | null => {
  if (!texts.has(p)) {
    let t: string | null = null;
    try {
      t = fs.readFileSync(path.resolve(tree, p), 'utf8');
    } catch {
      t = null;
    }
    texts.set(p, t);
  }
  return texts.get(p)!;
};
const opts = { readFile, includeDirs: dirs, predefines, attributes, builtins, prelude: preincludes.map((f) => `#include "${f}"`).join('\n') + '\n' };
const times: number[] = [];
let r = preprocess(file, undefined, opts);
for (let i = 0; i < 4; i++) {
  const t0 = process.hrtime.bigint();
  r = preprocess(file, undefined, opts);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const cache = newCache();
preprocess(file, undefined, { ...opts, cache });
const t1 = process.hrtime.bigint();
preprocess(file, undefined, { ...opts, cache });
const cached = Number(process.hrtime.bigint() - t1) / 1e6;

// gcc prints _Pragma operators as #pragma lines; preprocess() drops pragmas
const a = lex(gccOut.replace(/^#pragma .*$/gm, ''), 0).tokens.map((t) => t.text);
const b = lex(r.text, 0).tokens.map((t) => t.text);
let i = 0;
while (i < a.length && i < b.length && a[i] === b[i]) i++;
console.log(`${file} in ${tree}: ${r.included.length} files read, ${r.map.count} tokens, ${r.stats.expansions} expansions; warm ${Math.min(...times).toFixed(0)} ms, with cache ${cached.toFixed(0)} ms; ${r.diagnostics.length} diagnostics`);
for (const d of r.diagnostics.slice(0, 10)) console.log(`  ${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`);
const same = i === a.length && i === b.length;
console.log(same ? `tokens: SAME as gcc (${a.length})` : `tokens: DIFFER at ${i} of ${a.length}\n  gcc : ${a.slice(Math.max(0, i - 12), i + 12).join(' ')}\n  ours: ${b.slice(Math.max(0, i - 12), i + 12).join(' ')}`);
const first = r.map.count > 0 ? userPosition(r.map, r.map.count - 1) : null;
if (first) console.log(`last token maps to ${first.file}:${first.line}:${first.col}`);
fs.rmSync(stubs, { recursive: true, force: true });
process.exit(same ? 0 : 1);
