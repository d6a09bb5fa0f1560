// The GNU C and C-runtime features of issue 8 item 4 where they must refuse: the allocator's
// faults (double free, use after kfree, kfree of memory no allocator returned, an allocation
// used before it has a type) stop at the line with a message naming where the object was
// allocated and freed; bit-field and attribute misuse are diagnostics at file:line:col. What
// works is checked against gcc by the differential corpus (test/c-corpus/gnu-*.c).

import * as assert from 'assert';
import { compile, runC } from './run-c';

const DECLS = [
  'void *kmalloc(size_t size, unsigned int flags);',
  'void *kzalloc(size_t size, unsigned int flags);',
  'void kfree(const void *p);',
  'void *memset(void *s, int c, size_t n);',
  'size_t strlen(const char *s);',
  'long strscpy(char *dst, const char *src, size_t size);',
  '',
].join('\n');

/** Lines DECLS adds before a test's body. */
const OFFSET = DECLS.split('\n').length - 1;

async function fault(body: string): Promise<{ kind: string; line: number; message: string }> {
  const r = await runC(DECLS + body);
  assert.strictEqual(r.outcome.kind, 'fault', `expected a fault, got ${r.outcome.kind}: ${r.stdout}`);
  if (r.outcome.kind !== 'fault') throw new Error();
  return { kind: r.outcome.fault.kind, line: r.outcome.fault.loc.line - OFFSET, message: r.outcome.fault.message };
}

async function diagnostics(src: string): Promise<string[]> {
  const c = await compile({ '/t.c': src });
  return c.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`);
}

describe('GNU C: allocator faults', () => {
  it('a double kfree names where the object was allocated and first freed', async () => {
    const f = await fault('int main(void)\n{\n\tint *p = kmalloc(8, 0);\n\tkfree(p);\n\tkfree(p);\n\treturn 0;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['use-after-free', 5]);
    assert.match(f.message, /double free: kfree of 'kmalloc\(8\) at t\.c:9', already freed at t\.c:10/);
  });
  it('a read after kfree faults at the read', async () => {
    const f = await fault('struct s { int a; };\nint main(void)\n{\n\tstruct s *p = kzalloc(sizeof(*p), 0);\n\tkfree(p);\n\treturn p->a;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['use-after-free', 6]);
    assert.match(f.message, /read of ->a of 'kzalloc\(4\) at t\.c:10' after it was freed at t\.c:11/);
  });
  it('a string function on freed memory faults too', async () => {
    const f = await fault('int main(void)\n{\n\tchar *s = kzalloc(4, 0);\n\tkfree(s);\n\treturn (int)strlen(s);\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['use-after-free', 5]);
    assert.match(f.message, /strlen: 'kzalloc\(4\) at t\.c:9' was freed at t\.c:10/);
  });
  it('kfree of a local or of a pointer into the middle of an allocation', async () => {
    let f = await fault('int main(void)\n{\n\tint x = 1;\n\tkfree(&x);\n\treturn 0;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['undefined-behaviour', 4]);
    assert.match(f.message, /kfree of a pointer that no allocator returned \('x'\)/);
    f = await fault('int main(void)\n{\n\tint *p = kmalloc(16, 0);\n\tkfree(p + 1);\n\treturn 0;\n}\n');
    assert.match(f.message, /kfree of a pointer into the middle of 'kmalloc\(16\)/);
  });
  it('kfree(NULL) is fine; reading kmalloc memory before writing it is an uninitialized read', async () => {
    const f = await fault('int main(void)\n{\n\tint *p = kmalloc(16, 0);\n\tkfree((void *)0);\n\treturn p[2];\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['uninitialized', 5]);
  });
  it('an allocation used before any typed pointer names it says so', async () => {
    const f = await fault('int main(void)\n{\n\tvoid *p = kmalloc(16, 0);\n\tmemset(p, 1, 16);\n\treturn 0;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['unsupported', 4]);
    assert.match(f.message, /before it has a type/);
  });
  it('a write past a flexible array allocation is out of bounds', async () => {
    const f = await fault('struct b { int n; int a[]; };\nint main(void)\n{\n\tstruct b *p = kmalloc(sizeof(*p) + 2 * sizeof(int), 0);\n\tp->a[2] = 1;\n\treturn 0;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['out-of-bounds', 5]);
  });
  it('strscpy returns -E2BIG on truncation', async () => {
    const r = await runC(DECLS + 'int main(void)\n{\n\tchar b[4];\n\treturn (int)-strscpy(b, "long", sizeof(b));\n}\n');
    assert.deepStrictEqual(r.outcome, { kind: 'done', value: 7n });
  });
});

describe('GNU C: diagnostics', () => {
  it('the address of a bit-field', async () => {
    const d = await diagnostics('struct s { unsigned a : 3; };\nint main(void)\n{\n\tstruct s v = { 1 };\n\tunsigned *p = &v.a;\n\treturn 0;\n}\n');
    assert.ok(d.some((x) => /^5:\d+: cannot take the address of bit-field 'a'/.test(x)), d.join('\n'));
  });
  it('a bit-field wider than its type, and a bit-field of pointer type', async () => {
    let d = await diagnostics('struct s { unsigned char a : 9; };\nint main(void) { return sizeof(struct s); }\n');
    assert.ok(d.some((x) => /^1:\d+: width of bit-field 'a' \(9\) exceeds its type \(8 bits\)/.test(x)), d.join('\n'));
    d = await diagnostics('struct s { int *p : 3; };\nint main(void) { return sizeof(struct s); }\n');
    assert.ok(d.some((x) => /^1:\d+: bit-field 'p' has non-integer type/.test(x)), d.join('\n'));
  });
  it('an alignment that is not a power of two', async () => {
    const d = await diagnostics('struct s { int a; } __attribute__((aligned(12)));\nint main(void) { return sizeof(struct s); }\n');
    assert.ok(d.some((x) => /^1:\d+: requested alignment 12 is not a power of two/.test(x)), d.join('\n'));
  });
  it('an empty or overlapping case range', async () => {
    let d = await diagnostics('int main(void)\n{\n\tint x = 3;\n\tswitch (x) {\n\tcase 5 ... 1:\n\t\treturn 1;\n\t}\n\treturn 0;\n}\n');
    assert.ok(d.some((x) => /^5:7: empty case range 5 \.\.\. 1/.test(x)), d.join('\n'));
    d = await diagnostics('int main(void)\n{\n\tint x = 3;\n\tswitch (x) {\n\tcase 1 ... 5:\n\tcase 4:\n\t\treturn 1;\n\t}\n\treturn 0;\n}\n');
    assert.ok(d.some((x) => /^6:7: duplicate case value 4/.test(x)), d.join('\n'));
  });
  it('a case range bound that is not a constant is reported at its case label', async () => {
    const d = await diagnostics('int main(void)\n{\n\tint x = 3, n = 4;\n\tswitch (x) {\n\tcase 1 ... n:\n\t\treturn 1;\n\t}\n\treturn 0;\n}\n');
    assert.ok(d.some((x) => /^5:7: case range upper bound: 'n' is not a constant/.test(x)), d.join('\n'));
  });
  it('offsetof into an incomplete struct, and typeof of something that is neither type nor expression', async () => {
    const d = await diagnostics('struct nosuch;\nint main(void)\n{\n\tunsigned long o = __builtin_offsetof(struct nosuch, x);\n\ttypeof(@@) q = 1;\n\treturn 0;\n}\n');
    assert.ok(d.some((x) => /^4:\d+: offsetof: struct nosuch is incomplete/.test(x)), d.join('\n'));
    assert.ok(d.some((x) => /^5:2: cannot read typeof\(@@\)/.test(x)), d.join('\n'));
  });
  it('an array designator out of range', async () => {
    const d = await diagnostics('int a[4] = { [2 ... 4] = 1 };\nint main(void) { return a[0]; }\n');
    assert.ok(d.some((x) => /^1:\d+: array index 2 \.\.\. 4 out of range for 4 elements/.test(x)), d.join('\n'));
  });
});
