// C that must not hang, exhaust memory or crash the interpreter: loops with no statement on
// their way round, unbounded recursion, objects larger than the memory budget, output without
// end, functions falling off their end, and source that nests or expands without bound. Each
// ends as a fault at its line, or a diagnostic at its line and column; nothing escapes as a
// JavaScript exception.

import * as assert from 'assert';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { execProgram, type ExecResult } from '../../../src/sim/exec';
import { captureIo, ROOT } from '../cli/helpers';
import { compile } from './run-c';

const hostile = (f: string): string => path.join(ROOT, 'test', 'c-corpus', 'hostile', f);

/** Run `src` as /t.c through the `mmstep exec` path. */
function exec(src: string, opts: Partial<Parameters<typeof execProgram>[1]> = {}): Promise<ExecResult> {
  return execProgram(['/t.c'], {
    read: async (p) => {
      if (p !== '/t.c') throw new Error('ENOENT');
      return src;
    },
    includeDirs: [],
    stepBudget: 20_000,
    ...opts,
  });
}

function faultOf(r: ExecResult): { kind: string; line: number; column: number; message: string } {
  assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.ok(r.fault, `expected a fault, got exit ${r.exitCode}`);
  return r.fault!;
}

describe('hardening: loops always reach a statement boundary', () => {
  const runaways: [string, string, number][] = [
    ['for (;;) { }', 'int main(void)\n{\n\tfor (;;) {\n\t}\n\treturn 0;\n}\n', 3],
    ['for (i = 0;;);', 'int main(void)\n{\n\tint i;\n\n\tfor (i = 0;;)\n\t\t;\n\treturn i;\n}\n', 5],
    ['for (;;) over a skipped #if', 'int main(void)\n{\n\tfor (;;) {\n#if 0\n\t\treturn 1;\n#endif\n\t}\n}\n', 3],
    ['for (;;) { int x; }', 'int main(void)\n{\n\tfor (;;) {\n\t\tint x;\n\t}\n}\n', 3],
  ];
  for (const [name, src, line] of runaways) {
    it(`${name} ends at the step budget, at the loop`, async () => {
      const f = faultOf(await exec(src));
      assert.strictEqual(f.kind, 'step-budget');
      assert.strictEqual(f.line, line);
      assert.ok(f.column >= 1);
    });
  }

  it('every step of for (;;) { } returns to the caller, resting on the loop header', async () => {
    const c = await compile({ '/t.c': 'int main(void)\n{\n\tfor (;;) {\n\t}\n}\n' });
    const m = c.machine!;
    const tid = m.spawn('main', 'main', [], 0);
    for (let i = 0; i < 5; i++) {
      assert.strictEqual(m.step(tid).kind, 'stmt');
      assert.strictEqual(m.currentLoc(m.thread(tid)).line, 3);
    }
  });

  it('loops that already have a boundary do not get another one', async () => {
    const c = await compile({ '/t.c': 'int main(void)\n{\n\tint n = 0;\n\n\tfor (;;) {\n\t\tif (++n == 3)\n\t\t\tbreak;\n\t}\n\treturn n;\n}\n' });
    const m = c.machine!;
    const tid = m.spawn('main', 'main', [], 0);
    const lines: number[] = [];
    while (m.step(tid).kind === 'stmt') lines.push(m.currentLoc(m.thread(tid)).line);
    assert.ok(!lines.includes(5), `the for (;;) line is not a step: ${lines.join(',')}`);
  });
});

describe('hardening: recursion and memory', () => {
  it('runaway recursion is a fault at the calling line, at the call depth limit', async () => {
    const f = faultOf(await exec('static int f(int n)\n{\n\treturn f(n + 1) + 1;\n}\nint main(void)\n{\n\treturn f(0);\n}\n', { stepBudget: 1e6 }));
    assert.strictEqual(f.kind, 'call-depth');
    assert.strictEqual(f.line, 3);
    assert.strictEqual(f.column, 9);
    assert.match(f.message, /call depth limit of 10000 frames exceeded \(runaway recursion\?\)/);
  });

  it('the call depth limit can be set; depth within it works', async () => {
    const src = 'static int f(int n)\n{\n\tif (n == 0)\n\t\treturn 0;\n\treturn f(n - 1) + 1;\n}\nint main(void)\n{\n\treturn f(120);\n}\n';
    assert.strictEqual((await exec(src, { limits: { maxCallDepth: 200 } })).exitCode, 120);
    const f = faultOf(await exec(src, { limits: { maxCallDepth: 100 } }));
    assert.strictEqual(f.kind, 'call-depth');
    assert.match(f.message, /limit of 100 frames/);
  });

  it('a local larger than the memory budget is a fault at its declaration, before it is allocated', async () => {
    const f = faultOf(await exec('int main(void)\n{\n\tchar buf[1 << 24][64];\n\n\tbuf[1][2] = 3;\n\treturn buf[1][2];\n}\n'));
    assert.strictEqual(f.kind, 'memory-budget');
    assert.strictEqual(f.line, 3);
    assert.match(f.message, /memory budget of 256 MiB for C objects exceeded: 'buf'/);
  });

  it('recursion that holds arrays is stopped by the memory budget when that comes first', async () => {
    const src = 'static int f(int n)\n{\n\tint a[1000];\n\n\ta[0] = n;\n\treturn f(n + 1) + a[0];\n}\nint main(void)\n{\n\treturn f(0);\n}\n';
    const f = faultOf(await exec(src, { limits: { maxMemoryBytes: 1 << 20 }, stepBudget: 1e6 }));
    assert.strictEqual(f.kind, 'memory-budget');
    assert.strictEqual(f.line, 3);
  });

  it('the memory of returned frames is given back: a loop of calls never reaches the budget', async () => {
    const src =
      'static int f(int n)\n{\n\tint a[1000];\n\n\ta[n % 1000] = n;\n\treturn a[n % 1000];\n}\n' +
      'int main(void)\n{\n\tint i, s = 0;\n\n\tfor (i = 0; i < 300; i++)\n\t\ts += f(i) & 1;\n\treturn s;\n}\n';
    const r = await exec(src, { limits: { maxMemoryBytes: 64 * 1024 }, stepBudget: 1e6 });
    assert.strictEqual(r.fault, undefined);
    assert.strictEqual(r.exitCode, 150);
  });

  it('a file-scope object too big for the interpreter is a diagnostic at its declarator', async () => {
    const r = await exec('char table[1 << 24][1 << 24];\nint main(void)\n{\n\treturn 0;\n}\n');
    const d = r.diagnostics.find((x) => x.severity === 'error');
    assert.ok(d);
    assert.deepStrictEqual([d.line, d.column], [1, 6]);
    assert.match(d.message, /'table' is too big for the interpreter/);
  });

  it('a printf field width too wide to pad is a fault; a negative * width left-justifies as in C', async () => {
    const f = faultOf(await exec('#include <stdio.h>\nint main(void)\n{\n\tprintf("%*d", 1 << 30, 1);\n\treturn 0;\n}\n'));
    assert.strictEqual(f.kind, 'unsupported');
    assert.strictEqual(f.line, 4);
    const r = await exec('#include <stdio.h>\nint main(void)\n{\n\tprintf("[%*d][%.*d]", -5, 42, -1, 7);\n\treturn 0;\n}\n');
    assert.strictEqual(r.stdout, '[42   ][7]');
  });

  it('output without end stops at the output budget, at the printf', async () => {
    const src = '#include <stdio.h>\nint main(void)\n{\n\tfor (;;)\n\t\tprintf("0123456789");\n}\n';
    const f = faultOf(await exec(src, { outputBudget: 1000, stepBudget: 1e6 }));
    assert.strictEqual(f.kind, 'memory-budget');
    assert.strictEqual(f.line, 5);
  });
});

describe('hardening: falling off the end of a non-void function', () => {
  const pick = 'static int pick(int n)\n{\n\tif (n > 0)\n\t\treturn n;\n}\n';

  it('is a fault at the closing brace when the caller uses the value', async () => {
    for (const use of ['return pick(0);', 'int x = pick(0);\n\treturn x;', 'if (pick(0))\n\t\treturn 1;\n\treturn 0;', 'return pick(0) + 1;']) {
      const f = faultOf(await exec(`${pick}int main(void)\n{\n\t${use}\n}\n`));
      assert.strictEqual(f.kind, 'undefined-behaviour', use);
      assert.deepStrictEqual([f.line, f.column], [5, 1], use);
      assert.match(f.message, /control reached the end of non-void function 'pick' without a return, and its value is used/);
    }
  });

  it('is fine when the value is not used, and main falling off its end returns 0', async () => {
    const r = await exec(`${pick}int main(void)\n{\n\tint c = 0;\n\n\tpick(0);\n\t(void)pick(0);\n\tc ? pick(0) : pick(0);\n\tpick(0), pick(1);\n}\n`);
    assert.strictEqual(r.fault, undefined);
    assert.strictEqual(r.exitCode, 0);
  });

  it('an uninitialized value used as a condition is a fault, not an internal error', async () => {
    const f = faultOf(await exec('struct s { int a; };\nint main(void)\n{\n\tint x;\n\tint *p = &x;\n\n\tif (*p)\n\t\treturn 1;\n\treturn 0;\n}\n'));
    assert.strictEqual(f.kind, 'uninitialized');
    assert.strictEqual(f.line, 7);
  });
});

describe('hardening: source that nests or expands without bound', () => {
  const body = (inner: string): string => `int main(void)\n{\n\tint x = 1;\n\n${inner}\n\treturn x & 0x7f;\n}\n`;
  const cases: [string, string][] = [
    ['a 2000-term expression', body(`\tx = ${Array(2000).fill('1').join(' + ')};`)],
    ['5000 nested braces', body(`${'{'.repeat(5000)}${'}'.repeat(5000)}`)],
    ['5000 nested parentheses', body(`\tx = ${'('.repeat(5000)}1${')'.repeat(5000)};`)],
    ['2000 nested ifs', body(`${'\tif (x) {\n'.repeat(2000)}x = 2;${'}'.repeat(2000)}`)],
    ['5000 unary operators', body(`\tx = ${'!'.repeat(5000)}x;`)],
    ['5000 unclosed parentheses', body(`\tx = ${'('.repeat(5000)}1;`)],
    ['5000 nested casts', body(`\tx = ${'(int)'.repeat(5000)}x;`)],
    ['3000 pointer declarators', body(`\tint ${'*'.repeat(3000)}p = 0;`)],
    ['a macro nesting 5000 parentheses', `#define DEEP ${'('.repeat(5000)}1${')'.repeat(5000)}\n` + body('\tx = DEEP;')],
  ];
  for (const [name, src] of cases) {
    it(`${name}: a positioned diagnostic, never a crash`, async () => {
      const r = await exec(src);
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      assert.ok(errors.length >= 1, 'rejected');
      for (const d of errors) {
        assert.strictEqual(d.file, '/t.c');
        assert.ok(d.line >= 1 && d.column >= 1, `${d.line}:${d.column}`);
        assert.doesNotMatch(d.message, /internal|Maximum call stack/);
      }
    });
  }

  it('nesting within the limit still compiles and runs', async () => {
    const r = await exec(body(`\tx = ${'('.repeat(150)}x + 1${')'.repeat(150)};\n${'\tif (x) {\n'.repeat(60)}x = 9;${'}'.repeat(60)}`));
    assert.strictEqual(r.exitCode, 9);
  });

  it('a 1 MB string literal works', async () => {
    const r = await exec(`int main(void)\n{\n\tconst char *s = "${'a'.repeat(1 << 20)}";\n\n\treturn s[12345] == 'a' ? 3 : 4;\n}\n`, { stepBudget: 1e6 });
    assert.strictEqual(r.exitCode, 3);
  });

  it('a macro defined as itself is not expanded again (array size, #if, expression)', async () => {
    const r = await exec('#define N N\n#define F(x) F(x)\nint a[N];\nint b[F(1)];\nint main(void)\n{\n\treturn N;\n}\n');
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    assert.ok(errors.length >= 3);
    assert.deepStrictEqual(errors.slice(0, 2).map((d) => d.line), [3, 4]);
    for (const d of errors) assert.ok(d.line >= 3 && d.column >= 1);
  });

  it('macros that double at each level are stopped with a diagnostic at the use', async () => {
    const defs = Array.from({ length: 28 }, (_, i) => `#define M${i} (M${i + 1} + M${i + 1})\n`).join('') + '#define M28 1\n';
    const r = await exec(`${defs}int main(void)\n{\n\treturn M0 & 1;\n}\n`);
    const d = r.diagnostics.find((x) => x.severity === 'error');
    assert.ok(d);
    assert.deepStrictEqual([d.line, d.column], [32, 9]);
    assert.match(d.message, /(macro expansion|preprocessed output) too large/);
  });

  it('a constant shift past the width is a diagnostic, not a huge number (found by fuzzing)', async () => {
    const r = await exec('#if 1 << 99999999\n#endif\nint a[1 << 2424];\nint main(void)\n{\n\treturn 0;\n}\n');
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    // #if arithmetic is the preprocessor's, as gcc's: a count past the width gives 0, no error.
    assert.deepStrictEqual(errors.map((d) => [d.line, d.column]), [[3, 7]]);
    for (const d of errors) assert.match(d.message, /shift count \d+ out of range/);
  });

  it('escapes that gcc refuses do not crash the literal decoder', async () => {
    // tree-sitter accepts these inside a macro body; the body is decoded when used.
    const r = await exec('#define S "\\x"\nint main(void)\n{\n\tconst char *s = S;\n\n\treturn s[0];\n}\n');
    assert.ok(r.exitCode !== undefined || r.diagnostics.length > 0);
  });
});

describe('hardening: mmstep exec reports the limits as faults (exit 70)', () => {
  const cases: [string, RegExp][] = [
    ['runaway-recursion.c', /runaway-recursion\.c:7:9: fault: call-depth: call depth limit of 10000 frames exceeded/],
    ['huge-local.c', /huge-local\.c:4:7: fault: memory-budget: memory budget of 256 MiB for C objects exceeded/],
    ['falls-off.c', /falls-off\.c:6:1: fault: undefined-behaviour: control reached the end of non-void function 'pick'/],
  ];
  for (const [file, want] of cases) {
    it(file, async () => {
      const io = captureIo();
      assert.strictEqual(await runCli(['exec', hostile(file)], io), 70);
      assert.match(io.stderr, want);
    });
  }
});
