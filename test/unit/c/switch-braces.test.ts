// Switch bodies without braces (C11 6.8.4.2: any statement): the pass that braces them in
// existing blanks keeps every position, the statements inside stop at their own lines and
// columns, and a body with no room for a brace is the parser's diagnostic at its position.
// The gcc comparison is test/c-corpus/gnu-switch-no-braces.c.

import * as assert from 'assert';
import { braceSwitchBodies } from '../../../src/c/switch-braces';
import { compile, runC } from './run-c';

describe('switch bodies without braces', () => {
  it('braces go into blanks: the text keeps its length, lines and every other character', () => {
    const src = 'int f(int k)\n{\n\tswitch (k)\n\t\tcase 1: return 10;\n\treturn 20;\n}\n';
    const out = braceSwitchBodies(src)!;
    assert.ok(out, 'rewritten');
    assert.strictEqual(out.length, src.length);
    assert.deepStrictEqual(out.split('\n').length, src.split('\n').length);
    const changed = [...src].map((c, i) => (c === out[i] ? '' : `${i}:${JSON.stringify(c)}>${out[i]}`)).filter(Boolean);
    assert.strictEqual(changed.length, 2, changed.join(' '));
    assert.match(out, /switch \(k\)\n\t\{case 1: return 10;\n\}return 20;/);
  });

  it('a body that is braced, a string holding "switch", or no switch at all: nothing changes', () => {
    assert.strictEqual(braceSwitchBodies('int f(int k) { switch (k) { case 1: return 1; } return 0; }'), undefined);
    assert.strictEqual(braceSwitchBodies('const char *s = "switch (x) case";'), undefined);
    assert.strictEqual(braceSwitchBodies('int x;'), undefined);
  });

  it('if/else, loops, do/while and case ranges as the body end where C says', () => {
    const src = [
      'int f(int k, int v)\n{',
      '\tswitch (k)',
      '\t\tcase 1 ... 3: if (v) return 1; else if (v < 0) return 2; else return 3;',
      '\tswitch (k)',
      '\t\tdefault: do { v++; } while (v < 9);',
      '\tswitch (k)',
      '\t\tcase 4: for (;;) if (v) break;',
      '\treturn v;\n}\n',
    ].join('\n');
    const out = braceSwitchBodies(src)!;
    assert.match(out, /\{case 1 \.\.\. 3: if \(v\) return 1; else if \(v < 0\) return 2; else return 3;\n\}switch/);
    assert.match(out, /\{default: do \{ v\+\+; \} while \(v < 9\);\n\}switch/);
    assert.match(out, /\{case 4: for \(;;\) if \(v\) break;\n\}return v;/);
  });

  it('runs as gcc does, and each statement of the body is a stop at its own line', async () => {
    const src = 'int main(void)\n{\n\tint k = 2, n = 0;\n\n\tswitch (k)\n\t\tcase 2:\n\t\t\tn = 7;\n\treturn n;\n}\n';
    const r = await runC(src);
    assert.strictEqual(r.outcome.kind, 'done');
    assert.strictEqual((r.outcome as { value?: unknown }).value, 7n);
    assert.ok(r.lines.includes(7), `stops at line 7 (n = 7): ${r.lines.join(',')}`);
    assert.ok(r.lines.includes(8), `then line 8: ${r.lines.join(',')}`);
  });

  it('a nested brace-less switch with no blank left for its brace is a syntax error at its position', async () => {
    const src = 'int f(int a, int b)\n{\n\tswitch (a)\n\t\tcase 1: switch (b)\n\t\t\tcase 2: return 12;\n\treturn 0;\n}\n';
    const c = await compile({ '/t.c': src });
    assert.ok(!c.machine);
    const d = c.diagnostics.find((x) => x.severity === 'error')!;
    assert.deepStrictEqual([d.file, d.line, d.column], ['/t.c', 4, 11], JSON.stringify(c.diagnostics));
    assert.match(d.message, /switch \(b\)/);
  });
});
