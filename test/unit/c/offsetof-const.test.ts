// offsetof in integer constant expressions (BUILD_BUG_ON, array sizes, enum values, case labels,
// _Static_assert) where gcc refuses: a failing assertion, a bit-field member, a member that
// does not exist, a non-constant index — each a diagnostic at file:line:col. What works is
// checked against gcc by test/c-corpus/gnu-offsetof-const.c.

import * as assert from 'assert';
import { compile, runC } from './run-c';

const S = 'struct s {\n\tchar a;\n\tlong b;\n\tunsigned int f : 3;\n\tint v[4];\n};\n';

async function diagnostics(body: string): Promise<string[]> {
  const c = await compile({ '/t.c': S + body });
  // Lines counted from the body's first line.
  const base = S.split('\n').length - 1;
  return c.diagnostics.map((d) => `${d.line - base}:${d.column}: ${d.message}`);
}

describe('offsetof in constant expressions', () => {
  it('enum values, array sizes, case labels and _Static_assert see the offset', async () => {
    const r = await runC(
      S +
        'enum { OB = offsetof(struct s, b), OV2 = __builtin_offsetof(struct s, v[2]) };\n' +
        '_Static_assert(offsetof(struct s, v) == 20, "v after the bit-field unit");\n' +
        'static char pad[offsetof(struct s, v[1]) - sizeof(long)];\n' +
        'int main(void)\n{\n\tunsigned long o = OV2;\n\t_Static_assert(__alignof__(struct s) == offsetof(struct s, b), "");\n' +
        '\tswitch (o) {\n\tcase offsetof(struct s, v[2]):\n\t\treturn OB + sizeof(pad);\n\tdefault:\n\t\treturn 1;\n\t}\n}\n',
    );
    assert.deepStrictEqual(r.outcome, { kind: 'done', value: 8n + 16n });
  });

  it('a false _Static_assert is an error with its message, at the assertion', async () => {
    const d = await diagnostics('_Static_assert(offsetof(struct s, b) == 4, "b at 4");\nint main(void)\n{\n\tstatic_assert(sizeof(struct s) == 8, "small");\n\treturn 0;\n}\n');
    assert.deepStrictEqual(d, ['1:1: static assertion failed: "b at 4"', '4:2: static assertion failed: "small"']);
  });

  it('a bit-field, a missing member and an index that is not constant are refused, as gcc does', async () => {
    const d = await diagnostics(
      'enum { OF = offsetof(struct s, f) };\nenum { OX = offsetof(struct s, nosuch) };\nint n = 1;\nstatic char buf[offsetof(struct s, v[n])];\n',
    );
    assert.strictEqual(d.length, 3, d.join('\n'));
    assert.match(d[0], /^1:\d+: offsetof of bit-field 'f'/);
    assert.match(d[1], /^2:\d+: offsetof: struct s has no member 'nosuch'/);
    assert.match(d[2], /^4:17: offsetof: the index 'n' is not a constant: 'n' is not a constant/);
  });
});
