// Constructs outside the kernel-C subset (the grammar cannot read them before preprocessing)
// are refused with a clear message at their line and column — never misread. See
// test/c-corpus/README.md for the subset's limits.

import * as assert from 'assert';
import { compile, runC } from './run-c';

async function firstError(src: string): Promise<{ line: number; column: number; message: string }> {
  const c = await compile({ '/k.c': src });
  assert.ok(!c.machine, 'the program must not load');
  const d = c.diagnostics.find((x) => x.severity === 'error');
  assert.ok(d, 'an error is reported');
  return { line: d!.line, column: d!.column, message: d!.message };
}

describe('interpreter: constructs outside the subset are reported, not misread', () => {
  it('floating point', async () => {
    const d = await firstError('int main(void)\n{\n\tdouble x = 0.5;\n\treturn 0;\n}\n');
    assert.deepStrictEqual([d.line, d.column], [3, 2]);
    assert.match(d.message, /floating point/);
  });
});

// The real preprocessor (src/c/pp) expands macros before the grammar reads the text: what the
// old per-node macro expansion refused now runs as gcc runs it.
describe('interpreter: macros the grammar could not read before preprocessing now run', () => {
  const exitOf = async (src: string): Promise<bigint> => {
    const r = await runC(src);
    assert.strictEqual(r.outcome.kind, 'done', r.outcome.kind);
    return (r.outcome as { value: bigint }).value;
  };
  it('a macro call used as a declarator name (`int CAT(my, var) = 11;`)', async () => {
    assert.strictEqual(await exitOf('#define CAT(a, b) a##b\nint main(void)\n{\n\tint CAT(my, var) = 11;\n\treturn myvar;\n}\n'), 11n);
  });
  it('a macro call used as a member name (`s.FIELD(isolated)`)', async () => {
    assert.strictEqual(await exitOf('#define FIELD(n) stat_##n\nstruct stats { int stat_isolated; };\nint main(void)\n{\n\tstruct stats s = { 5 };\n\treturn s.FIELD(isolated);\n}\n'), 5n);
  });
  it('a statement-leading macro whose argument is a multi-word type', async () => {
    assert.strictEqual(await exitOf('#define DECLARE(type, name, init) type name = (init)\nint main(void)\n{\n\tDECLARE(unsigned char, small, 255);\n\treturn small;\n}\n'), 255n);
  });
});
