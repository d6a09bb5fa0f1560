// Macro expansion: object- and function-like macros, rescanning with hide sets, function-like
// names without arguments, argument pre-expansion, argument collection across lines.

import * as assert from 'assert';
import { pp } from './helpers';

describe('pp expansion', () => {
  it('expands object-like and function-like macros', () => {
    const r = pp('#define N 4\n#define SQ(x) ((x) * (x))\nint a = SQ(N + 1);\n');
    assert.strictEqual(r.toks, 'int a = ( ( 4 + 1 ) * ( 4 + 1 ) ) ;');
    assert.deepStrictEqual(r.diagnostics, []);
  });

  it('expands a self-referential macro once', () => {
    assert.strictEqual(pp('#define foo foo + 1\nfoo\n').toks, 'foo + 1');
    assert.strictEqual(pp('#define f(x) f(x + 1)\nf(f(0))\n').toks, 'f ( f ( 0 + 1 ) + 1 )');
  });

  it('stops indirect recursion', () => {
    assert.strictEqual(pp('#define AA BB\n#define BB AA\nAA BB\n').toks, 'AA BB');
    assert.strictEqual(pp('#define f(a) a*g\n#define g(a) f(a)\nf(2)(9)\n').toks, '2 * 9 * g');
  });

  it('leaves a function-like name without arguments alone, even across an empty macro', () => {
    assert.strictEqual(pp('#define f(x) <x>\n#define E\nf; f E (1); f\n(2)\n').toks, 'f ; f ( 1 ) ; < 2 >');
  });

  it('expands an object-like macro naming a function-like one when ( follows', () => {
    const r = pp('#define pr_warn(fmt, ...) printk(fmt, ##__VA_ARGS__)\n#define pr_warn_once pr_warn\npr_warn_once("a %d", 1); pr_warn_once("b");\n');
    assert.strictEqual(r.toks, 'printk ( "a %d" , 1 ) ; printk ( "b" ) ;');
  });

  it('fully expands arguments before substitution, not next to # or ##', () => {
    const r = pp('#define ONE 1\n#define str(x) #x\n#define xstr(x) str(x)\n#define cat(a,b) a##b\nstr(ONE) xstr(ONE) cat(ONE,2)\n');
    assert.strictEqual(r.toks, '"ONE" "1" ONE2');
  });

  it('handles nested parentheses, empty arguments and invocations spanning lines', () => {
    const r = pp('#define f(a, b) [a|b]\nf((1, 2), ) f(, ) f(g(x, y)\n  ,\n  z)\n');
    assert.strictEqual(r.toks, '[ ( 1 , 2 ) | ] [ | ] [ g ( x , y ) | z ]');
  });

  it('paints a macro name that comes back in its own expansion for good', () => {
    assert.strictEqual(pp('#define p(x) x p\np(p)(1)\n').toks, 'p p ( 1 )');
    assert.strictEqual(pp('#define id(x) x\n#define q id(q)\nq id(q)\n').toks, 'q q');
  });

  it('uses the hide set of the closing parenthesis (Prosser)', () => {
    const r = pp('#define f(x) g(x\n#define g(x) x)\nf(1))\n');
    assert.strictEqual(r.toks, '1 )');
  });

  it('treats C names like toString and __proto__ as ordinary macro names', () => {
    const r = pp('#define toString 1\n#define __proto__ 2\n#define constructor(x) x\ntoString __proto__ constructor(3) hasOwnProperty\n');
    assert.strictEqual(r.toks, '1 2 3 hasOwnProperty');
  });

  it('#undef removes a definition; a redefinition that differs is a warning', () => {
    const r = pp('#define A 1\n#define A 1\nA\n#undef A\nA\n#define A 2\n#define A 3\nA\n');
    assert.strictEqual(r.toks, '1 A 3');
    assert.deepStrictEqual(r.warnings, ["main.c:7:9: 'A' redefined"]);
    assert.strictEqual(r.diagnostics[0].related?.[0].line, 6);
  });

  it('predefines object-like and function-like macros from options', () => {
    const r = pp('MAX(A, 2) __STDC__\n', {}, { predefines: { A: 5, 'MAX(a,b)': '((a) > (b) ? (a) : (b))', __STDC__: '1' } });
    assert.strictEqual(r.toks, '( ( 5 ) > ( 2 ) ? ( 5 ) : ( 2 ) ) 1');
  });

  it('removes _Pragma operators', () => {
    assert.strictEqual(pp('#define DIAG _Pragma("GCC diagnostic push") x\na DIAG _Pragma("once") b\n').toks, 'a x b');
    const r = pp('#define str(x) #x\n#define diag(s) _Pragma(str(GCC diagnostic s))\na diag(push) b\n');
    assert.strictEqual(r.toks, 'a b');
    assert.deepStrictEqual(r.diagnostics, []);
  });

  it('gives __LINE__ of the outermost invocation, __COUNTER__ in order, fixed __DATE__', () => {
    const r = pp('#define L __LINE__\n#define F(x) x __LINE__\nL\nF(\n1\n) __COUNTER__ __COUNTER__ __DATE__ __TIME__\n', {}, { date: 'Dec  1 2026', time: '12:00:00' });
    assert.strictEqual(r.toks, '3 1 4 0 1 "Dec  1 2026" "12:00:00"');
  });
});
