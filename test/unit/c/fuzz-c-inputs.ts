// Inputs for fuzzing the C front end and interpreter (fuzz-c.test.ts runs a bounded number in
// the unit suite, fuzz-c-run.ts many more by hand): the project's own C — the differential
// corpus, the hostile programs and the kernel/ tree — mutated token by token (deletions,
// insertions, duplications, swaps), with names replaced by JavaScript built-in property names,
// and programs built to nest, grow or run without bound. And the check every run must pass: it
// ends, and ends with main's exit status, a fault at a line, or diagnostics at a line and column.

import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { execProgram, type ExecResult } from '../../../src/sim/exec';

export const ROOT = path.resolve(__dirname, '../../../..');
const CORPUS = path.join(ROOT, 'test', 'c-corpus');
const KERNEL = path.join(ROOT, 'kernel');
export const KERNEL_INCLUDE = path.join(KERNEL, 'include');

function cFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.c')).sort().map((f) => path.join(dir, f)) : [];
}

/** The seed programs: file name (for messages) and text. */
export function seeds(): { name: string; text: string }[] {
  const files = [...cFiles(CORPUS), ...cFiles(path.join(CORPUS, 'hostile')), ...cFiles(path.join(KERNEL, 'mm')), ...cFiles(path.join(KERNEL, 'drivers'))];
  return files.map((f) => ({ name: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') }));
}

/** Rough C tokens, whitespace and comments included, so that joining them gives the text back. */
export function tokens(text: string): string[] {
  return text.match(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[A-Za-z_]\w*|\d\w*|\s+|->|\+\+|--|<<=?|>>=?|[<>=!&|^+\-*/%]=|&&|\|\||##|\.\.\.|[\s\S]/g) ?? [];
}

export const JS_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', 'prototype', 'length', 'then'];

/** Tokens worth inserting: the structural ones, the ones C gets wrong easily, hostile names. */
const INSERTS = [
  '{', '}', '(', ')', '[', ']', ';', ',', '*', '&', '-', '!', '~', '?', ':', '=', '+=', '->', '.', '...', '#', '##',
  '"', "'", '\\', '/*', '*/', '\n#define X(a) a a\n', '\n#if 1\n', '\n#endif\n', '\n#undef X\n', '\n#include "t.c"\n',
  'for (;;) ', 'while (1) ', '({ ', ' })', '({ for (;;) ; 0; })', 'do ', 'goto L; L: ', 'return ', 'break; ', 'continue; ', 'sizeof', 'typeof', 'struct ', 'union ', 'enum ',
  'static ', 'int ', 'unsigned long ', 'void ', 'char ', 'const ', '0', '-1', '0x7fffffffffffffff', '1 << 63', '18446744073709551616',
  '"%s%n%p"', 'NULL', 'main', 'printf', 'BUG_ON(1)', 'WARN_ON(1)', 'schedule()', ...JS_NAMES,
];

type Edit =
  | { k: 'delete'; at: number; len: number }
  | { k: 'insert'; at: number; tok: string }
  | { k: 'duplicate'; at: number; len: number; times: number }
  | { k: 'swap'; at: number; with: number }
  | { k: 'rename'; which: number; to: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ k: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ k: fc.constant('insert' as const), at: fc.nat(), tok: fc.constantFrom(...INSERTS) }),
  fc.record({ k: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }), times: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ k: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ k: fc.constant('rename' as const), which: fc.nat(), to: fc.constantFrom(...JS_NAMES) }),
);

function applyEdits(text: string, edits: Edit[]): string {
  const t = tokens(text);
  for (const e of edits) {
    if (!t.length) break;
    switch (e.k) {
      case 'delete':
        t.splice(e.at % t.length, e.len);
        break;
      case 'insert':
        t.splice(e.at % (t.length + 1), 0, e.tok);
        break;
      case 'duplicate': {
        const at = e.at % t.length;
        const piece = t.slice(at, at + e.len);
        for (let i = 0; i < e.times; i++) t.splice(at, 0, ...piece);
        break;
      }
      case 'swap': {
        const a = e.at % t.length;
        const b = e.with % t.length;
        [t[a], t[b]] = [t[b], t[a]];
        break;
      }
      case 'rename': {
        // Every use of one identifier becomes a JavaScript property name.
        const ids = [...new Set(t.filter((x) => /^[A-Za-z_]\w*$/.test(x)))];
        if (!ids.length) break;
        const from = ids[e.which % ids.length];
        for (let i = 0; i < t.length; i++) if (t[i] === from) t[i] = e.to;
        break;
      }
    }
  }
  return t.join('');
}

/** A seed program with 1–6 token edits. */
export function mutated(all: { name: string; text: string }[]): fc.Arbitrary<{ origin: string; text: string }> {
  return fc
    .record({ seed: fc.nat({ max: all.length - 1 }), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) })
    .map(({ seed, edits }) => ({ origin: `${all[seed].name} with ${JSON.stringify(edits)}`, text: applyEdits(all[seed].text, edits) }));
}

const wrapInMain = (inner: string): string => `int main(void)\n{\n\tint x = 1;\n\tint *p = &x;\n\n${inner}\n\treturn x & 0x7f;\n}\n`;

/** Programs that nest, grow, loop or recurse without bound, at sizes around every limit. */
export const extreme: fc.Arbitrary<{ origin: string; text: string }> = fc
  .record({
    kind: fc.constantFrom('parens', 'braces', 'ifs', 'plus', 'unary', 'casts', 'calls', 'deref', 'macro', 'string', 'number', 'loop', 'recursion', 'array', 'unclosed', 'elses', 'init'),
    n: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 380, max: 420 }), fc.integer({ min: 1000, max: 6000 })),
    name: fc.constantFrom('x', ...JS_NAMES),
  })
  .map(({ kind, n, name }) => {
    const text = (() => {
      switch (kind) {
        case 'parens': return wrapInMain(`\tx = ${'('.repeat(n)}x${')'.repeat(n)};`);
        case 'braces': return wrapInMain(`${'{'.repeat(n)}x++;${'}'.repeat(n)}`);
        case 'ifs': return wrapInMain(`${'\tif (x)\n'.repeat(n)}\t\tx = 2;`);
        case 'plus': return wrapInMain(`\tx = ${Array(n).fill('1').join(' + ')};`);
        case 'unary': return wrapInMain(`\tx = ${'-~!'.repeat(Math.ceil(n / 3)).slice(0, n)}x;`);
        case 'casts': return wrapInMain(`\tx = ${'(int)'.repeat(n)}x;`);
        case 'calls': return `static int ${name}(int a)\n{\n\treturn a;\n}\n` + wrapInMain(`\tx = ${`${name}(`.repeat(n)}1${')'.repeat(n)};`);
        case 'deref': return wrapInMain(`\tx = ${'*'.repeat(n)}p;`);
        case 'macro': return `#define ${name}(a) ((a) + 1)\n` + wrapInMain(`\tx = ${`${name}(`.repeat(n)}1${')'.repeat(n)};`);
        case 'string': return wrapInMain(`\tx = "${'ab\\x41\\101'.repeat(n * 20)}"[3];`);
        case 'number': return wrapInMain(`\tx = ${'9'.repeat(n)};`);
        case 'loop': return wrapInMain(n % 3 === 0 ? '\tx = ({ for (;;) ; 0; });' : `\tfor (${name === 'x' ? '' : 'x = 0'};;)\n${n % 2 ? '\t\t;' : '\t{ }'}`);
        case 'recursion': return `static int ${name}(int n)\n{\n\tint pad[${n % 64}];\n\n\treturn ${name}(n + 1) + 1;\n}\n` + wrapInMain(`\tx = ${name}(0);`);
        case 'array': return wrapInMain(`\tchar big[${n}][${n}][${n}];\n\n\tbig[1][1][1] = 1;`);
        case 'unclosed': return wrapInMain(`\tx = ${'('.repeat(n)}1;`);
        case 'elses': return wrapInMain(Array(n).fill('\tif (x == 3) x = 2;').join(' else '));
        case 'init': return wrapInMain(`\tint a[1] = ${'{'.repeat(n)}1${'}'.repeat(n)};`);
      }
    })();
    return { origin: `${kind} n=${n} name=${name}`, text };
  });

/** What the fuzzed runs are bounded by: small, so that a runaway ends quickly. */
export const BOUNDS = { stepBudget: 3000, limits: { maxCallDepth: 400, maxMemoryBytes: 16 << 20 }, outputBudget: 100_000 };

/** Run one input through the `mmstep exec` path, as /t.c next to the kernel headers. */
export function runInput(text: string): Promise<ExecResult> {
  return execProgram(['/t.c'], {
    read: async (p) => {
      if (p === '/t.c') return text;
      // Includes resolve against kernel/include only, read from disk; nothing else exists.
      if (p.startsWith(KERNEL_INCLUDE + '/') && !p.includes('..')) return fs.promises.readFile(p, 'utf8');
      throw new Error('ENOENT');
    },
    includeDirs: [KERNEL_INCLUDE],
    ...BOUNDS,
  });
}

const INTERNAL = /internal|Cannot read|is not a function(?! or)|is not iterable|Maximum call stack|undefined \(reading|Invalid array length|RangeError|TypeError/;

/** The outcome every input must have: one of exit, fault at a line, positioned diagnostics. */
export function checkOutcome(r: ExecResult, origin: string): void {
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  for (const d of r.diagnostics) {
    assert.ok(typeof d.file === 'string' && d.file.length > 0, `${origin}: diagnostic without a file: ${d.message}`);
    assert.ok(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1, `${origin}: diagnostic at ${d.line}:${d.column}: ${d.message}`);
    assert.doesNotMatch(d.message, INTERNAL, `${origin}: ${d.message}`);
  }
  if (errors.length) return;
  if (r.fault) {
    assert.ok(r.fault.file && r.fault.file !== '<unknown>', `${origin}: fault without a file: ${r.fault.message}`);
    assert.ok(r.fault.line >= 1 && r.fault.column >= 1, `${origin}: fault at ${r.fault.line}:${r.fault.column}: ${r.fault.message}`);
    assert.doesNotMatch(r.fault.message, INTERNAL, `${origin}: ${r.fault.message}`);
    return;
  }
  assert.ok(r.exitCode !== undefined, `${origin}: neither an exit status, a fault nor a diagnostic`);
}
