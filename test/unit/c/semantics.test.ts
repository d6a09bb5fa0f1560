// C semantics of the interpreter: integer widths and conversions, pointers, aggregates,
// control flow and macros, checked against the values gcc gives for the same programs.

import * as assert from 'assert';
import { runC } from './run-c';

async function out(body: string, pre = ''): Promise<string> {
  const r = await runC(`${pre}\nint main(void)\n{\n${body}\n\treturn 0;\n}\n`);
  assert.strictEqual(r.outcome.kind, 'done', JSON.stringify(r.outcome, (_k, x) => (typeof x === "bigint" ? String(x) : x)));
  return r.stdout;
}

describe('interpreter: integer semantics', () => {
  it('wraps unsigned long at 64 bits and int at 32', async () => {
    assert.strictEqual(await out('unsigned long x = ~0UL; x += 2; unsigned int u = 0xffffffff; u++; printf("%lu %u\\n", x, u);'), '1 0\n');
  });
  it('applies the usual arithmetic conversions (signed/unsigned compare)', async () => {
    assert.strictEqual(await out('int a = -1; unsigned int b = 1; printf("%d %d\\n", a < b, (long)a < (long)b);'), '0 1\n');
  });
  it('truncates division toward zero and keeps the sign of %', async () => {
    assert.strictEqual(await out('printf("%d %d %d %d\\n", -7 / 2, -7 % 2, 7 / -2, 7 % -2);'), '-3 -1 -3 1\n');
  });
  it('shifts by up to 63 on 64-bit values and converts through casts', async () => {
    assert.strictEqual(await out('unsigned long x = 1UL << 63; printf("%lx %d %u\\n", x, (int)(char)300, (unsigned char)-1);'), '8000000000000000 44 255\n');
  });
  it('types literals by the C rules (0xffffffff is unsigned int, 4294967296 is long)', async () => {
    assert.strictEqual(await out('printf("%d %d\\n", 0xffffffff > 0, -1 < 0xffffffff);'), '1 0\n');
    assert.strictEqual(await out('printf("%ld\\n", 4294967296 - 1);'), '4294967295\n');
  });
  it('reports signed overflow as undefined behaviour at the line', async () => {
    const r = await runC('int main(void)\n{\n\tint x = 2147483647;\n\tx = x + 1;\n\treturn x;\n}\n');
    assert.strictEqual(r.outcome.kind, 'fault');
    if (r.outcome.kind === 'fault') {
      assert.strictEqual(r.outcome.fault.kind, 'undefined-behaviour');
      assert.strictEqual(r.outcome.fault.loc.line, 4);
    }
  });
  it('reports a shift past the width', async () => {
    const r = await runC('int main(void)\n{\n\tunsigned long s = 64;\n\treturn (int)(1UL << s);\n}\n');
    assert.strictEqual(r.outcome.kind === 'fault' && r.outcome.fault.kind, 'undefined-behaviour');
  });
});

describe('interpreter: pointers and aggregates', () => {
  it('does pointer arithmetic, comparison and difference over an array', async () => {
    assert.strictEqual(
      await out('unsigned long a[4] = { 1, 2, 3, 4 }; unsigned long *p = a, *e = a + 4; unsigned long s = 0; for (; p < e; p++) s += *p; printf("%lu %ld %lu\\n", s, e - a, *(e - 1));'),
      '10 4 4\n',
    );
  });
  it('takes addresses of locals and struct fields', async () => {
    const pre = 'struct pair { int a; unsigned long b; };\nstatic void set(int *p, unsigned long *q) { *p = 5; *q = 7; }';
    assert.strictEqual(await out('struct pair s = { 0 }; int x = 1; set(&s.a, &s.b); set(&x, &s.b); printf("%d %lu %d\\n", s.a, s.b, x);', pre), '5 7 5\n');
  });
  it('copies structs by value and lays them out for sizeof', async () => {
    const pre = 'struct s { char c; long l; int i; };';
    assert.strictEqual(await out('struct s a = { .l = 3 }, b; b = a; b.l++; printf("%ld %ld %lu\\n", a.l, b.l, sizeof(struct s));', pre), '3 4 24\n');
  });
  it('calls through function pointers in an ops struct with a designated initializer', async () => {
    const pre = 'struct ops { int (*alloc)(int); void (*fini)(int *); };\nstatic int twice(int x) { return 2 * x; }\nstatic void fini(int *p) { *p = -1; }\nstatic const struct ops my_ops = { .fini = fini, .alloc = twice };';
    assert.strictEqual(await out('const struct ops *ops = &my_ops; int v = ops->alloc(21); ops->fini(&v); printf("%d\\n", v);', pre), '-1\n');
  });
});

describe('interpreter: control flow and macros', () => {
  it('runs goto-heavy code, switch with fallthrough, do/while and continue', async () => {
    const body = `int i = 0, n = 0;
again:
	i++;
	if (i < 3)
		goto again;
	switch (i) {
	case 3:
		n += 10;
	case 4:
		n += 1;
		break;
	default:
		n = -1;
	}
	do { n++; } while (n < 15);
	for (i = 0; i < 10; i++) { if (i & 1) continue; n += i; }
	printf("%d\\n", n);`;
    assert.strictEqual(await out(body), '35\n');
  });
  it('expands object-like and function-like macros and do { } while (0) bodies', async () => {
    const pre = '#define NPAGES 4\n#define SQ(x) ((x) * (x))\n#define SWAP(a, b) do { int t = (a); (a) = (b); (b) = t; } while (0)';
    assert.strictEqual(await out('int a = 1, b = 2; SWAP(a, b); printf("%d %d %d %lu %lu\\n", a, b, SQ(NPAGES + 1), PAGE_SIZE, BIT(3));', pre), '2 1 25 4096 8\n');
  });
  it('has the kernel helpers min/max/ALIGN/IS_ALIGNED/ARRAY_SIZE', async () => {
    assert.strictEqual(
      await out('unsigned long a[7]; printf("%lu %d %lu %d\\n", ARRAY_SIZE(a), max(3, 9), ALIGN(4097UL, PAGE_SIZE), IS_ALIGNED(8192UL, PAGE_SIZE));'),
      '7 9 8192 1\n',
    );
  });
  it('honours #ifdef/#ifndef/#else', async () => {
    assert.strictEqual(await out('printf("%d\\n", X);', '#define A\n#ifdef A\n#define X 1\n#else\n#define X 2\n#endif'), '1\n');
  });
});
