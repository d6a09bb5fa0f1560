// C names that are also properties of every JavaScript object (`toString`, `constructor`,
// `__proto__`, `hasOwnProperty`, `valueOf` ...) in every role a C name can have: function,
// variable, local, parameter, struct tag and member, typedef, enum constant, label, macro,
// and in the debugger's expressions. Each must behave as any other name — declared ones work,
// undeclared ones are diagnostics at their position, `#ifdef` of one that is not a macro is
// false — and none may crash the compiler or the interpreter.

import * as assert from 'assert';
import { loadProgram } from '../../../src/c';
import { compileExpression } from '../../../src/c/expression';
import type { Program } from '../../../src/c/ir';
import { compile, runC } from './run-c';

const NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];

async function exitOf(src: string): Promise<bigint> {
  const r = await runC(src);
  assert.strictEqual(r.outcome.kind, 'done', JSON.stringify(r.outcome, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
  if (r.outcome.kind !== 'done') throw new Error();
  return r.outcome.value as bigint;
}

async function programOf(src: string): Promise<Program> {
  const r = await loadProgram(['/t.c'], { reader: { read: async () => src }, includeDirs: [] });
  assert.ok(r.program, r.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n'));
  return r.program;
}

describe('C names that are JavaScript built-in properties', () => {
  for (const n of NAMES) {
    describe(n, () => {
      it('as a function, a global, a parameter and a local', async () => {
        const src = `static int ${n}(int ${n})\n{\n\treturn ${n} + 1;\n}\nint g_${n} = 4;\nint main(void)\n{\n\tint x = ${n}(g_${n});\n\treturn x;\n}\n`;
        assert.strictEqual(await exitOf(src), 5n);
        assert.strictEqual(await exitOf(`int ${n} = 6;\nint main(void)\n{\n\treturn ${n};\n}\n`), 6n);
      });

      it('as a struct tag, a member, a typedef and an enum constant', async () => {
        const src =
          `struct ${n} { int ${n}; };\ntypedef struct ${n} ${n}_t;\ntypedef int ${n};\nenum { E_${n} = 3 };\n` +
          `int main(void)\n{\n\t${n}_t s;\n\t${n} v = 2;\n\n\ts.${n} = E_${n};\n\treturn s.${n} + v;\n}\n`;
        assert.strictEqual(await exitOf(src), 5n);
        assert.strictEqual(await exitOf(`enum { ${n} = 7 };\nint main(void)\n{\n\treturn ${n};\n}\n`), 7n);
      });

      it('as a label and as macros, object-like and function-like', async () => {
        assert.strictEqual(await exitOf(`int main(void)\n{\n\tgoto ${n};\n\treturn 1;\n${n}:\n\treturn 2;\n}\n`), 2n);
        assert.strictEqual(await exitOf(`#define ${n} 9\nint main(void)\n{\n\treturn ${n};\n}\n`), 9n);
        assert.strictEqual(await exitOf(`#define ${n}(x) ((x) * 2)\nint main(void)\n{\n\treturn ${n}(4);\n}\n`), 8n);
      });

      it('#ifdef, #ifndef and defined() see only real macros', async () => {
        const src = `int main(void)\n{\n\tint r = 0;\n#ifdef ${n}\n\tr |= 1;\n#endif\n#ifndef ${n}\n\tr |= 2;\n#endif\n#if defined(${n}) || ${n}\n\tr |= 4;\n#endif\n\treturn r;\n}\n`;
        assert.strictEqual(await exitOf(src), 2n);
        assert.strictEqual(await exitOf(`#define ${n} 1\n` + src), 5n);
      });

      it('undeclared, it is a diagnostic at its position', async () => {
        for (const [src, line, column] of [
          [`int main(void)\n{\n\treturn ${n};\n}\n`, 3, 9],
          [`int main(void)\n{\n\treturn ${n}(1);\n}\n`, 3, 9],
          [`int main(void)\n{\n\t${n} x = 1;\n\treturn x;\n}\n`, 3, 2],
          [`int main(void)\n{\n\tgoto ${n};\n}\n`, 3, 2],
          [`int main(void)\n{\n\tstruct ${n} *p = 0;\n\treturn p->${n};\n}\n`, 4, 9],
          [`int a[${n}];\nint main(void)\n{\n\treturn 0;\n}\n`, 1, 7],
        ] as [string, number, number][]) {
          const c = await compile({ '/t.c': src });
          assert.ok(!c.machine, src);
          const d = c.diagnostics.find((x) => x.severity === 'error')!;
          assert.deepStrictEqual([d.file, d.line, d.column], ['/t.c', line, column], `${src}\n${d.message}`);
          assert.doesNotMatch(d.message, /Cannot read|undefined|internal/, src);
        }
      });

      it('declared without a body, it is not mistaken for a built-in native', async () => {
        const r = await runC(`int ${n}(int);\nint main(void)\n{\n\treturn ${n}(1);\n}\n`);
        assert.strictEqual(r.outcome.kind, 'fault');
        if (r.outcome.kind === 'fault') {
          assert.strictEqual(r.outcome.fault.kind, 'bad-call');
          assert.strictEqual(r.outcome.fault.loc.line, 4);
        }
      });

      it("in the debugger's expressions: found when declared, an error message when not", async () => {
        const p = await programOf(`int ${n} = 3;\nstruct s { int ${n}; };\nint main(void)\n{\n\tstruct s v = { 1 };\n\n\treturn v.${n} + ${n};\n}\n`);
        const main = p.fnIndex.main;
        const ok = compileExpression(p, main, 7, `${n} + v.${n}`);
        assert.ok('code' in ok, JSON.stringify(ok));
        for (const bad of [`${n}_x`, `x.${n}`, `v.${n}_y`, `sizeof(${n}_t)`, `${n}(1)`]) {
          const r = compileExpression(p, main, 7, bad);
          assert.ok('error' in r, bad);
          assert.doesNotMatch(r.error, /Cannot read|internal/, bad);
        }
        const q = await programOf('int main(void)\n{\n\treturn 0;\n}\n');
        const r = compileExpression(q, q.fnIndex.main, 3, n);
        assert.ok('error' in r);
        assert.match(r.error, new RegExp(`unknown identifier '${n}'`));
      });
    });
  }

  it("'&' of a local the program never addresses is an error message naming it, not an internal error", async () => {
    const p = await programOf('int main(void)\n{\n\tint constructor = 2;\n\n\treturn constructor;\n}\n');
    const r = compileExpression(p, p.fnIndex.main, 5, '&constructor');
    assert.ok('error' in r, JSON.stringify(r));
    assert.match(r.error, /cannot take the address of 'constructor'/);
    assert.doesNotMatch(r.error, /internal/);
  });

  it('the program tables inherit nothing, so lookups of such names find nothing', async () => {
    const p = await programOf('int main(void)\n{\n\treturn 0;\n}\n');
    for (const table of [p.fnIndex, p.globalIndex, p.natives, p.structs, p.symbols.typedefs, p.symbols.macros, p.symbols.enumConsts, p.symbols.fnTypes]) {
      for (const n of NAMES) assert.strictEqual((table as Record<string, unknown>)[n], undefined, n);
    }
  });
});
