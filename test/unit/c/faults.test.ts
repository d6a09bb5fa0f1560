// Run-time faults stop at the faulting line with a precise message, and load errors name the
// file, line and column of what could not be understood.

import * as assert from 'assert';
import { compile, runC } from './run-c';

async function fault(src: string): Promise<{ kind: string; line: number; message: string }> {
  const r = await runC(src);
  assert.strictEqual(r.outcome.kind, 'fault', `expected a fault, got ${JSON.stringify(r.outcome, (_k, x) => (typeof x === "bigint" ? String(x) : x))}`);
  if (r.outcome.kind !== 'fault') throw new Error();
  return { kind: r.outcome.fault.kind, line: r.outcome.fault.loc.line, message: r.outcome.fault.message };
}

describe('interpreter: faults', () => {
  it('NULL dereference through ->', async () => {
    const f = await fault('struct s { int a; };\nint main(void)\n{\n\tstruct s *p = NULL;\n\treturn p->a;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['null-deref', 5]);
    assert.match(f.message, /NULL pointer dereference/);
  });
  it('array index out of bounds', async () => {
    const f = await fault('int main(void)\n{\n\tunsigned long pfns[4];\n\tint i;\n\tfor (i = 0; i <= 4; i++)\n\t\tpfns[i] = 0;\n\treturn 0;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['out-of-bounds', 6]);
    assert.match(f.message, /pfns/);
  });
  it('uninitialized read', async () => {
    const f = await fault('int main(void)\n{\n\tint x;\n\treturn x + 1;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['uninitialized', 4]);
    assert.match(f.message, /'x'/);
  });
  it('division by zero', async () => {
    const f = await fault('int main(void)\n{\n\tint z = 0;\n\treturn 5 / z;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['div-zero', 4]);
  });
  it('BUG_ON stops, WARN_ON reports and continues', async () => {
    const r = await runC('int main(void)\n{\n\tint x = 1;\n\tWARN_ON(x == 1);\n\tBUG_ON(x > 0);\n\treturn 0;\n}\n');
    assert.strictEqual(r.outcome.kind, 'fault');
    if (r.outcome.kind === 'fault') {
      assert.strictEqual(r.outcome.fault.kind, 'bug-on');
      assert.strictEqual(r.outcome.fault.loc.line, 5);
      assert.match(r.outcome.fault.message, /BUG_ON\(x > 0\)/);
    }
    assert.match(r.stdout, /WARNING: WARN_ON\(x == 1\)/);
  });
  it('use of a local after its frame returned', async () => {
    const f = await fault('static int *leak(void)\n{\n\tint x = 3;\n\treturn &x;\n}\nint main(void)\n{\n\tint *p = leak();\n\treturn *p;\n}\n');
    assert.deepStrictEqual([f.kind, f.line], ['use-after-free', 9]);
  });
});

describe('interpreter: load diagnostics', () => {
  it('a syntax error names file, line and column', async () => {
    const c = await compile({ '/k.c': 'int f(void)\n{\n\tint x = ;\n\treturn 0;\n}\n' });
    assert.ok(!c.machine);
    const d = c.diagnostics[0];
    assert.strictEqual(d.file, '/k.c');
    assert.strictEqual(d.line, 3);
    assert.match(d.message, /syntax error/);
  });
  it('an unsupported construct is reported where it is, with what was not understood', async () => {
    const c = await compile({ '/k.c': 'int f(void)\n{\n\tdouble d = 1.5;\n\treturn 0;\n}\n' });
    const d = c.diagnostics.find((x) => /floating point/.test(x.message));
    assert.ok(d, JSON.stringify(c.diagnostics));
    assert.deepStrictEqual([d!.file, d!.line, d!.column], ['/k.c', 3, 2]);
  });
  it('a call to a function that is neither defined nor modelled', async () => {
    const c = await compile({ '/k.c': 'void frob(int x);\nint f(void)\n{\n\tfrob(1);\n\treturn 0;\n}\n' }, new Set(['get_page']));
    const d = c.diagnostics.find((x) => /frob/.test(x.message));
    assert.ok(d);
    assert.deepStrictEqual([d!.line, d!.column], [4, 2]);
  });
  it('a missing include file', async () => {
    const c = await compile({ '/k.c': '#include <linux/nothere.h>\nint f(void) { return 0; }\n' });
    const d = c.diagnostics.find((x) => /nothere/.test(x.message));
    assert.ok(d);
    // At the header's name, as gcc reports it.
    assert.deepStrictEqual([d!.line, d!.column], [1, 10]);
  });
  it('reports every bad function, not just the first', async () => {
    const c = await compile({ '/k.c': 'int f(void)\n{\n\treturn y;\n}\nint g(void)\n{\n\treturn z;\n}\n' });
    assert.deepStrictEqual(c.diagnostics.map((d) => d.line), [3, 7]);
  });
});

describe('interpreter: stepping', () => {
  it('a step is a statement; loop headers are steps; calls are stepped into', async () => {
    const r = await runC('static int sq(int x)\n{\n\treturn x * x;\n}\nint main(void)\n{\n\tint i, s = 0;\n\tfor (i = 0; i < 2; i++)\n\t\ts += sq(i);\n\treturn s;\n}\n');
    // After `return`, execution resumes in the caller mid-statement, then the for-update.
    assert.deepStrictEqual(r.lines, [7, 8, 8, 9, 3, 8, 8, 9, 3, 8, 8, 10]);
  });
  it('runs the same program twice with identical traces', async () => {
    const src = 'int main(void)\n{\n\tunsigned long a[3] = { 3, 1, 2 };\n\tint i, j;\n\tfor (i = 0; i < 3; i++)\n\t\tfor (j = 0; j + 1 < 3 - i; j++)\n\t\t\tif (a[j] > a[j + 1]) { unsigned long t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }\n\tprintf("%lu%lu%lu\\n", a[0], a[1], a[2]);\n\treturn 0;\n}\n';
    const a = await runC(src);
    const b = await runC(src);
    assert.deepStrictEqual(a.lines, b.lines);
    assert.strictEqual(a.stdout, '123\n');
  });
});
