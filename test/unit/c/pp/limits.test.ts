// Hostile and broken input: macro bombs stop at a limit with a diagnostic, malformed
// definitions are diagnosed, and random token soup (a fixed number of generated inputs from a
// seeded generator) never throws — every run ends with a result.

import * as assert from 'assert';
import { preprocess } from '../../../../src/c/pp';
import { pp } from './helpers';

describe('pp limits and robustness', () => {
  it('stops an exponential object-like bomb with a diagnostic', () => {
    const defs: string[] = [];
    for (let i = 0; i < 40; i++) defs.push(`#define m${i} m${i + 1} m${i + 1}`);
    const r = pp(defs.join('\n') + '\nm0\n', {}, { limits: { maxOutputTokens: 100_000 } });
    assert.strictEqual(r.aborted, true);
    assert.strictEqual(r.errors.length, 1);
    assert.match(r.errors[0], /^main\.c:41:1: preprocessed output too large/);
    assert.ok(r.map.count <= 100_000);
  });

  it('stops a bomb that grows inside arguments before any output', () => {
    const defs = '#define d(x) x x x x x x x x\n';
    const r = pp(defs + 'd(d(d(d(d(d(d(d(d(d(1))))))))))\n', {}, { limits: { maxWork: 1_000_000 } });
    assert.strictEqual(r.aborted, true);
    assert.match(r.errors[0], /^main\.c:2:\d+: macro expansion too large/);
  });

  it('stops runaway expansion counts and deep argument nesting', () => {
    const r = pp('#define f(x) x\n' + 'f('.repeat(600) + '1' + ')'.repeat(600) + '\n');
    assert.strictEqual(r.aborted, true);
    assert.match(r.errors[0], /nested too deeply/);
    const defs: string[] = [];
    for (let i = 0; i < 30; i++) defs.push(`#define n${i} n${i + 1} n${i + 1}`);
    const r2 = pp(defs.join('\n') + '\nn0\n', {}, { limits: { maxExpansions: 5000 } });
    assert.strictEqual(r2.aborted, true);
    assert.match(r2.errors[0], /too many macro expansions/);
    assert.match(r2.diagnostics[0].related?.[0].message ?? '', /^macro 'n\d+' defined here$/);
  });

  it('diagnoses malformed #define lines at the offending token', () => {
    const r = pp('#define\n#define 1x\n#define f(a, a) a\n#define g(a b) a\n#define h(a\n#define defined 1\n#define v(__VA_ARGS__) 1\n#define w(...) __VA_OPT__(\n#undef\nok\n');
    assert.deepStrictEqual(r.errors, [
      'main.c:1:2: macro names must be identifiers',
      'main.c:2:9: macro names must be identifiers',
      'main.c:3:14: duplicate macro parameter "a"',
      'main.c:4:13: expected \',\' or \')\', found "b"',
      "main.c:5:11: missing ')' in macro parameter list",
      'main.c:6:9: "defined" cannot be used as a macro name',
      'main.c:7:11: __VA_ARGS__ can not be used as a parameter name',
      'main.c:8:16: unterminated __VA_OPT__',
      'main.c:9:2: no macro name given in #undef directive',
    ]);
    assert.strictEqual(r.toks, 'ok');
  });

  it('reports a reader that throws as a missing file, never crashes', () => {
    const r = preprocess('m.c', '#include "x.h"\nok\n', { readFile: () => { throw new Error('EIO'); } });
    assert.strictEqual(r.diagnostics[0].message, '"x.h": file not found');
    assert.strictEqual(r.text.trim(), 'ok');
    const r2 = preprocess('gone.c', undefined, { readFile: () => null });
    assert.strictEqual(r2.diagnostics[0].message, 'cannot read gone.c');
  });

  it('survives random token soup (2000 seeded inputs)', () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['#define ', '#undef ', '#if ', '#ifdef ', '#elif ', '#else', '#endif', '#include ', '#line ', '\n', ' ', 'A', 'B', 'f', 'g', '(', ')', ',', '...', '__VA_ARGS__', '__VA_OPT__', '#', '##', '"s"', "'c'", "'", '"', '1', '0x', '/*', '*/', '//', '\\\n', 'defined', '__LINE__', '__COUNTER__', '_Pragma', '<', '>', '+', '-', '?', ':', '__has_include', 'IS_ENABLED', '__proto__'];
    let ran = 0;
    for (let n = 0; n < 2000; n++) {
      const parts: string[] = ['#define f(x, ...) x ## __VA_ARGS__ # x\n#define g(a) f(a, a) g\n'];
      const len = 5 + rnd(60);
      for (let i = 0; i < len; i++) parts.push(pieces[rnd(pieces.length)]);
      const text = parts.join('');
      const r = preprocess('fuzz.c', text, { readFile: (p) => (p === 'fuzz.c' ? text : null), limits: { maxOutputTokens: 20_000, maxWork: 200_000 } });
      assert.ok(!r.diagnostics.some((d) => d.message.startsWith('internal')), `internal error on ${JSON.stringify(text)}: ${JSON.stringify(r.diagnostics)}`);
      assert.strictEqual(typeof r.text, 'string');
      for (let i = 0; i < r.map.count; i++) assert.ok(r.map.outOffset[i] + r.map.outLen[i] <= r.text.length);
      ran++;
    }
    assert.strictEqual(ran, 2000);
  });
});
