// Conditional inclusion: the #if family, #if arithmetic in intmax_t / uintmax_t, and the
// diagnostics of malformed conditionals and expressions.

import * as assert from 'assert';
import { pp } from './helpers';

const yes = (expr: string, defs = ''): boolean => {
  const r = pp(`${defs}#if ${expr}\nyes\n#else\nno\n#endif\n`);
  assert.deepStrictEqual(r.errors, [], `${expr}: ${r.errors.join('; ')}`);
  return r.toks === 'yes';
};

describe('pp conditionals', () => {
  it('selects groups with #ifdef, #ifndef, #elif, #elifdef, #elifndef and #else', () => {
    const r = pp('#define A\n#ifdef B\n1\n#elifdef A\n2\n#else\n3\n#endif\n#ifndef A\n4\n#elifndef B\n5\n#endif\n#if 0\n#elif 0\n#else\n6\n#endif\n');
    assert.strictEqual(r.toks, '2 5 6');
  });

  it('ignores everything but conditionals in skipped groups, nesting included', () => {
    const r = pp("#if 0\n#error no\n#bogus\ndon't\n#if 1\nx\n#else\ny\n#endif\n#elif 1\nz\n#endif\n");
    assert.strictEqual(r.toks, 'z');
    assert.deepStrictEqual(r.diagnostics, []);
  });

  it('does not evaluate #elif after a taken group', () => {
    const r = pp('#if 1\na\n#elif 1/0\nb\n#endif\n');
    assert.strictEqual(r.toks, 'a');
    assert.deepStrictEqual(r.errors, []);
  });

  it('evaluates defined in both forms, also when a macro produces it', () => {
    assert.ok(yes('defined A && defined(A) && !defined B', '#define A\n'));
    assert.ok(yes('D && !U(B)', '#define A\n#define D defined(A)\n#define U(x) defined(x)\n'));
  });

  it('computes in 64-bit with unsigned promotion', () => {
    assert.ok(yes('-1 > 0u'));
    assert.ok(yes('0xffffffffffffffff == -1'));
    assert.ok(yes('0x7fffffffffffffff + 1 < 0'));
    assert.ok(yes('18446744073709551615u / 3 == 6148914691236517205'));
    assert.ok(yes('-9 / 2 == -4 && -9 % 2 == -1'));
    assert.ok(yes('(1 ? -1 : 0u) > 0'));
    assert.ok(yes('(1 << 63) < 0 && (1u << 63 >> 63) == 1 && (-1 >> 63) == -1'));
    assert.ok(yes('~0u == 18446744073709551615 && -(-1) == 1'));
    assert.ok(!yes('(0 ? 1u : -1) < 0'));
  });

  it('short-circuits &&, || and ?: (no division by zero in dead operands)', () => {
    assert.ok(yes('0 && 1 / 0 || 1'));
    assert.ok(yes('1 || 1 % 0'));
    assert.ok(yes('1 ? 2 : 1 / 0'));
  });

  it('reads char constants (plain char signed), number forms and the comma operator', () => {
    assert.ok(yes("'a' == 97 && '\\n' == 10 && '\\x41' == 65 && '\\101' == 65 && '\\0' == 0"));
    assert.ok(yes("'\\xff' == -1 && L'\\xff' == 255 && 'ab' == 24930"));
    assert.ok(yes('0x10 == 16 && 010 == 8 && 0b11 == 3 && 7UL == 7 && 5ll == 5'));
    assert.ok(yes('(1, 0) == 0'));
  });

  it('counts identifiers left after expansion as 0', () => {
    assert.ok(yes('UNDEFINED == 0 && !UNDEFINED'));
    assert.ok(yes('true == 0'));
  });

  it('reports bad expressions at the token, and treats them as false', () => {
    const cases: [string, string][] = [
      ['1 +', '#if with no expression'],
      ['1 / 0', 'division by zero in #if'],
      ['(1', "expected ')' at end of #if expression"],
      ['1 2', 'missing binary operator before token "2"'],
      ['1.5', 'floating constant in preprocessor expression'],
      ['"s"', 'token ""s"" is not valid in preprocessor expressions'],
      ['x = 1', 'token "=" is not valid in preprocessor expressions'],
      ['F(1)', 'function-like macro "F" is not defined'],
      ['09', 'invalid digit "9" in octal constant'],
      ['1zz', 'invalid suffix "zz" on integer constant'],
      ['defined', 'operator "defined" requires an identifier'],
    ];
    for (const [expr, msg] of cases) {
      const r = pp(`#if ${expr}\nyes\n#endif\n`);
      assert.strictEqual(r.toks, '', expr);
      assert.strictEqual(r.errors.length, 1, `${expr}: ${r.errors.join('; ')}`);
      assert.ok(r.errors[0].startsWith('main.c:1:') && r.errors[0].endsWith(msg), `${expr}: ${r.errors[0]}`);
    }
  });

  it('reports malformed conditional structure with positions', () => {
    assert.deepStrictEqual(pp('#if 1\na\n').errors, ['main.c:1:1: unterminated #if']);
    assert.deepStrictEqual(pp('#ifdef X\n#else\n#else\n#endif\n').errors, ['main.c:3:2: #else after #else']);
    assert.deepStrictEqual(pp('#if 0\n#else\n#elif 1\n#endif\n').errors, ['main.c:3:2: #elif after #else']);
    assert.deepStrictEqual(pp('x\n#elif 1\n').errors, ['main.c:2:2: #elif without #if']);
    assert.deepStrictEqual(pp('x\n #endif\n').errors, ['main.c:2:3: #endif without #if']);
    assert.deepStrictEqual(pp('#else\n').errors, ['main.c:1:2: #else without #if']);
    assert.deepStrictEqual(pp('#ifdef\n#endif\n').errors, ['main.c:1:2: no macro name given in #ifdef directive']);
  });

  it('handles #error, #warning, #line, null and unknown directives', () => {
    const r = pp('#\n#warning careful  here\n#error stop "now"\n#frobnicate\n#line 50 "other.c"\n__LINE__ __FILE__\n');
    assert.deepStrictEqual(r.warnings, ['main.c:2:2: #warning careful here']);
    assert.deepStrictEqual(r.errors, ['main.c:3:2: #error stop "now"', 'main.c:4:2: invalid preprocessing directive #frobnicate']);
    assert.strictEqual(r.toks, '50 "other.c"');
  });

  it('answers __has_attribute and __has_builtin from the option lists', () => {
    const r = pp('#if __has_attribute(__packed__) && __has_attribute(unused) && !__has_attribute(nope)\na\n#endif\n#if __has_builtin(__builtin_expect) && !__has_builtin(__builtin_nope)\nb\n#endif\n__has_attribute(cold)\n', {}, { attributes: ['packed', 'unused', 'cold'] });
    assert.strictEqual(r.toks, 'a b 1');
  });
});
