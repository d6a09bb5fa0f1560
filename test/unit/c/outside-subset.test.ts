// Constructs outside the kernel-C subset (the grammar cannot read them before preprocessing)
// are refused with a clear message at their line and column — never misread. See
// test/c-corpus/README.md for the subset's limits.

import * as assert from 'assert';
import { compile } from './run-c';

async function firstError(src: string): Promise<{ line: number; column: number; message: string }> {
  const c = await compile({ '/k.c': src });
  assert.ok(!c.machine, 'the program must not load');
  const d = c.diagnostics.find((x) => x.severity === 'error');
  assert.ok(d, 'an error is reported');
  return { line: d!.line, column: d!.column, message: d!.message };
}

describe('interpreter: constructs outside the subset are reported, not misread', () => {
  it('a macro call used as a declarator name (`int CAT(my, var) = 11;`)', async () => {
    const d = await firstError('#define CAT(a, b) a##b\nint main(void)\n{\n\tint CAT(my, var) = 11;\n\treturn 0;\n}\n');
    assert.strictEqual(d.line, 4);
    assert.match(d.message, /unknown type 'my'|syntax error/);
  });

  it('a macro call used as a member name (`s.FIELD(isolated)`)', async () => {
    const d = await firstError('#define FIELD(n) stat_##n\nstruct stats { int stat_isolated; };\nint main(void)\n{\n\tstruct stats s = { 5 };\n\treturn s.FIELD(isolated);\n}\n');
    assert.deepStrictEqual([d.line, d.column], [6, 11]); // at the member name
    assert.match(d.message, /struct stats has no member 'FIELD'/);
  });

  it('a statement-leading macro whose argument is a multi-word type', async () => {
    const d = await firstError('#define DECLARE(type, name, init) type name = (init)\nint main(void)\n{\n\tDECLARE(unsigned char, small, 255);\n\treturn small;\n}\n');
    assert.strictEqual(d.line, 4);
    assert.match(d.message, /syntax error/);
  });

  it('floating point', async () => {
    const d = await firstError('int main(void)\n{\n\tdouble x = 0.5;\n\treturn 0;\n}\n');
    assert.deepStrictEqual([d.line, d.column], [3, 2]);
    assert.match(d.message, /floating point/);
  });
});
