// Translation units (issue 8 item 3) for every C file, kernel/'s and programs' alike: each .c
// file is preprocessed on its own (its macros are its own, headers are included per unit), its
// static functions and variables are its own (`name@file.c` in the program when two units use
// the name), only external names are shared, and two external definitions are an error naming
// both places.

import * as assert from 'assert';
import { compile } from './run-c';
import { compileExpression } from '../../../src/c/expression';
import { Op } from '../../../src/c/ir';
import { Breakpoints } from '../../../src/sim/breakpoints';

/** Compile the files in the order given and run main to its end; its return value. */
async function exitOf(files: Record<string, string>): Promise<bigint> {
  const c = await compile(files);
  assert.ok(c.machine, c.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
  const m = c.machine;
  const tid = m.spawn('main', 'main', [], 0);
  let o = m.step(tid);
  for (let i = 0; o.kind === 'stmt' && i < 1e6; i++) o = m.step(tid);
  assert.strictEqual(o.kind, 'done', o.kind === 'fault' ? o.fault.message : o.kind);
  return (o as { value: bigint }).value;
}

describe('translation units: every .c file on its own', () => {
  it("a file's macros do not leak into the next file", async () => {
    const c = await compile({ '/a.c': '#define LIMIT 3\nint a(void)\n{\n\treturn LIMIT;\n}\n', '/b.c': 'int b(void)\n{\n\treturn LIMIT;\n}\n' });
    const d = c.diagnostics.find((x) => x.severity === 'error');
    assert.ok(d && !c.machine, 'LIMIT is unknown in /b.c');
    assert.deepStrictEqual([d.file, d.line, d.column], ['/b.c', 3, 9]);
    assert.match(d.message, /LIMIT/);
  });

  it('a header is included by each unit, under that unit\'s macros', async () => {
    const header = '#ifndef SHIFT_H\n#define SHIFT_H\n#ifdef BIG\n#define SHIFT 8\n#else\n#define SHIFT 1\n#endif\n#endif\n';
    const v = await exitOf({
      '/t.c': '#include "shift.h"\nint big(void);\nint main(void)\n{\n\treturn big() + SHIFT;\n}\n',
      '/big.c': '#define BIG\n#include "shift.h"\nint big(void)\n{\n\treturn SHIFT * 10;\n}\n',
      '/shift.h': header,
    });
    assert.strictEqual(v, 81n);
  });

  it('same-name static functions and variables in two units are both their own', async () => {
    const t = 'static int count = 1;\nstatic int helper(void)\n{\n\treturn count;\n}\nint other(void);\nint main(void)\n{\n\tcount += 1;\n\treturn helper() * 100 + other();\n}\n';
    const o = 'static int count = 40;\nstatic int helper(void)\n{\n\treturn count + 2;\n}\nint other(void)\n{\n\treturn helper();\n}\n';
    assert.strictEqual(await exitOf({ '/t.c': t, '/o.c': o }), 242n);
    const c = await compile({ '/t.c': t, '/o.c': o });
    const program = c.machine!.program;
    // Both are shown with their file: a bare `helper` would be one of two.
    const names = program.functions.map((f) => f.name).filter((n) => n.startsWith('helper'));
    assert.deepStrictEqual(names.sort(), ['helper@o.c', 'helper@t.c']);
    assert.deepStrictEqual(program.globals.map((g) => g.name).filter((n) => n.startsWith('count')).sort(), ['count@o.c', 'count@t.c']);
    // A watch of `count` in a frame of o.c reads o.c's count.
    const inO = program.fnIndex['helper@o.c'];
    const w = compileExpression(program, inO, 4, 'count');
    assert.ok(!('error' in w), JSON.stringify(w));
    const region = program.globals[program.globalIndex['count@o.c']].region;
    assert.ok(w.code.some((i) => i.op === Op.GADDR && i.a === region), 'reads count@o.c');
    // A function breakpoint on `helper` stops in both.
    const bps = new Breakpoints(program);
    assert.deepStrictEqual(bps.setFunctions(['helper'], new Set()), [{ name: 'helper', verified: true, message: 'static in several files: helper@o.c, helper@t.c' }]);
    assert.ok(bps.hit(1, { file: '/o.c', line: 3, column: 1, endLine: 3, endColumn: 2 }, 0, 'helper@o.c', true));
    assert.ok(bps.hit(1, { file: '/t.c', line: 3, column: 1, endLine: 3, endColumn: 2 }, 0, 'helper@t.c', true));
  });

  it('a name only one unit uses stays plain', async () => {
    const c = await compile({ '/t.c': 'static int solo = 2;\nstatic int once(void)\n{\n\treturn solo;\n}\nint main(void)\n{\n\treturn once();\n}\n' });
    const program = c.machine!.program;
    assert.ok(program.fnIndex.once !== undefined && program.globalIndex.solo !== undefined);
  });

  it("a call resolves to the unit's own static first, then the external function", async () => {
    const t = 'int pick(void)\n{\n\treturn 7;\n}\nint via_other(void);\nint main(void)\n{\n\treturn pick() * 10 + via_other();\n}\n';
    const o = 'static int pick(void)\n{\n\treturn 3;\n}\nint via_other(void)\n{\n\treturn pick();\n}\n';
    assert.strictEqual(await exitOf({ '/t.c': t, '/o.c': o }), 73n);
    // The static first, the external later: the static moves aside.
    assert.strictEqual(await exitOf({ '/o.c': o.replace('int via_other', 'int main2(void);\nint via_other'), '/t.c': t }), 73n);
  });

  it('an external variable is shared: defined in one unit, declared extern in another', async () => {
    const v = await exitOf({ '/t.c': 'extern int shared;\nvoid bump(void);\nint main(void)\n{\n\tbump();\n\treturn shared;\n}\n', '/s.c': 'int shared = 4;\nvoid bump(void)\n{\n\tshared *= 3;\n}\n' });
    assert.strictEqual(v, 12n);
  });

  it('two external definitions are an error naming both places (file:line:col)', async () => {
    const c = await compile({ '/a.c': 'int dup = 1;\nint f(void)\n{\n\treturn 1;\n}\n', '/b.c': '\nint dup = 2;\n\n  int f(void)\n{\n\treturn 2;\n}\n' });
    assert.ok(!c.machine);
    const fn = c.diagnostics.find((d) => /redefinition of 'f'/.test(d.message));
    assert.ok(fn, JSON.stringify(c.diagnostics));
    assert.deepStrictEqual([fn.file, fn.line, fn.column], ['/b.c', 4, 3]);
    assert.match(fn.message, /first defined at \/a\.c:2:1/);
    assert.deepStrictEqual(fn.related, [{ file: '/a.c', line: 2, column: 1, message: "'f' first defined here" }]);
    const v = c.diagnostics.find((d) => /redefinition of 'dup'/.test(d.message));
    assert.ok(v, JSON.stringify(c.diagnostics));
    assert.deepStrictEqual([v.file, v.line, v.column], ['/b.c', 2, 1]);
    assert.match(v.message, /first defined at \/a\.c:1:1/);
  });

  it('a static function defined twice in one unit is a redefinition, not renamed', async () => {
    const c = await compile({ '/a.c': 'static int g(void)\n{\n\treturn 1;\n}\nstatic int g(void)\n{\n\treturn 2;\n}\n' });
    const d = c.diagnostics.find((x) => /redefinition of 'g'/.test(x.message));
    assert.ok(d, JSON.stringify(c.diagnostics));
    assert.deepStrictEqual([d.line, d.column], [5, 1]);
  });

  it('a function declared but defined nowhere is an error at the call', async () => {
    const c = await compile({ '/a.c': 'int missing(int x);\nint main(void)\n{\n\treturn 1 +\n\t\tmissing(2);\n}\n' }, new Set(['get_page']));
    const d = c.diagnostics.find((x) => /missing/.test(x.message));
    assert.ok(d, JSON.stringify(c.diagnostics));
    assert.deepStrictEqual([d.file, d.line, d.column], ['/a.c', 5, 3]);
    assert.match(d.message, /declared but has no C definition/);
  });

  it("another unit's static function is not visible: an undefined reference at the call", async () => {
    const c = await compile({ '/a.c': 'static int hidden(void)\n{\n\treturn 1;\n}\nint a(void)\n{\n\treturn hidden();\n}\n', '/b.c': 'int hidden(void);\nint main(void)\n{\n\treturn  hidden();\n}\n' });
    assert.ok(!c.machine);
    const d = c.diagnostics.find((x) => /undefined reference to 'hidden'/.test(x.message));
    assert.ok(d, JSON.stringify(c.diagnostics));
    assert.deepStrictEqual([d.file, d.line, d.column], ['/b.c', 4, 10]);
    assert.deepStrictEqual(d.related, [{ file: '/a.c', line: 1, column: 1, message: "static 'hidden' defined here" }]);
  });

  it("a header's static inline function is every including unit's own", async () => {
    const h = '#ifndef TWICE_H\n#define TWICE_H\nstatic inline int twice(int x)\n{\n\treturn 2 * x;\n}\n#endif\n';
    const v = await exitOf({ '/t.c': '#include "twice.h"\nint other(void);\nint main(void)\n{\n\treturn twice(3) + other();\n}\n', '/o.c': '#include "twice.h"\nint other(void)\n{\n\treturn twice(10);\n}\n', '/twice.h': h });
    assert.strictEqual(v, 26n);
  });
});
