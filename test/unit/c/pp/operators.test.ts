// The # and ## operators and the variadic forms: stringification spacing and escaping,
// pasting with placemarkers, invalid pastes, __VA_ARGS__, __VA_OPT__, named variadic
// parameters and GNU comma swallowing.

import * as assert from 'assert';
import { lex } from '../../../../src/c/pp/lexer';
import { pp } from './helpers';

describe('pp # and ##', () => {
  it('stringifies with single spaces and escapes strings and characters', () => {
    const r = pp('#define s(x) #x\ns(  a   +\n  b ) s("x\\n" \'"\' \'\\\'\') s() s(/* c */ a /* d */ b)\n');
    assert.deepStrictEqual(lex(r.text, 0).tokens.map((t) => t.text), ['"a + b"', '"\\"x\\\\n\\" \'\\"\' \'\\\\\'\'"', '""', '"a b"']);
  });

  it('pastes tokens, with placemarkers for empty arguments', () => {
    const r = pp('#define c(a,b) a##b\n#define t(x,y,z) x ## y ## z\nc(x,1) c(,y) c(z,) [c(,)] c(<,<=) t(1,,3) t(,,)\n');
    assert.strictEqual(r.toks, 'x1 y z [ ] <<= 13');
    assert.deepStrictEqual(r.diagnostics, []);
  });

  it('pastes only the adjacent tokens of multi-token arguments', () => {
    assert.strictEqual(pp('#define c(a,b) a##b\nc(1 2, 3 4)\n').toks, '1 23 4');
  });

  it('reports an invalid paste at the invocation, with the definition, and keeps both tokens', () => {
    const r = pp('#define c(a,b) a##b\nint x = c(., .);\n');
    assert.strictEqual(r.toks, 'int x = . . ;');
    assert.deepStrictEqual(r.errors, ['main.c:2:9: pasting "." and "." does not give a valid preprocessing token']);
    assert.deepStrictEqual(r.diagnostics[0].related?.map((x) => [x.line, x.col]), [[1, 17]]);
  });

  it('builds ## out of # ## # without pasting again', () => {
    const r = pp('#define hash_hash # ## #\n#define mkstr(a) # a\n#define in_between(a) mkstr(a)\n#define join(c, d) in_between(c hash_hash d)\njoin(x, y)\n');
    assert.strictEqual(r.toks, '"x ## y"');
  });

  it('rejects # without a parameter and ## at either end', () => {
    const r = pp('#define a(x) #y\n#define b ## x\n#define c(x) x ##\na(1) b c(1)\n');
    assert.deepStrictEqual(r.errors, ["main.c:1:14: '#' is not followed by a macro parameter", "main.c:2:11: '##' cannot appear at either end of a macro expansion", "main.c:3:16: '##' cannot appear at either end of a macro expansion"]);
    assert.strictEqual(r.toks, 'a ( 1 ) b c ( 1 )');
  });
});

describe('pp variadic macros', () => {
  it('substitutes __VA_ARGS__ and named variadic parameters', () => {
    const r = pp('#define f(a, ...) <a:__VA_ARGS__>\n#define g(a, rest...) <a:rest>\nf(1) f(1, 2, (3, 4)) g(1, 2, 3) f()\n');
    assert.strictEqual(r.toks, '< 1 : > < 1 : 2 , ( 3 , 4 ) > < 1 : 2 , 3 > < : >');
  });

  it('swallows the comma of , ## __VA_ARGS__ only when the variable arguments are left out', () => {
    const r = pp('#define p(fmt, ...) f(fmt, ## __VA_ARGS__)\n#define q(...) [x, ##__VA_ARGS__]\np(1) p(1,) p(1, 2) p() q() q(y)\n');
    assert.strictEqual(r.toks, 'f ( 1 ) f ( 1 , ) f ( 1 , 2 ) f ( ) [ x ] [ x , y ]');
  });

  it('expands __VA_OPT__ only when the variable arguments expand to something', () => {
    const r = pp('#define E\n#define v(x, ...) f(x __VA_OPT__(,) __VA_ARGS__)\n#define s(...) #__VA_OPT__(a  b)\n#define t(x, ...) x ## __VA_OPT__(_y)\nv(1) v(1, 2) v(1, E) s() s(1) t(a) t(a, 1)\n');
    assert.strictEqual(r.toks, 'f ( 1 ) f ( 1 , 2 ) f ( 1 ) "" "a b" a a_y');
  });

  it('counts arguments: too many, too few, with the definition as related location', () => {
    const r = pp('#define foo(a, b) a b\n#define bar(a, ...) a\nfoo(1, 2, 3) foo(1) bar()\n  foo\n');
    assert.deepStrictEqual(r.errors, ["main.c:3:1: macro 'foo' expects 2 arguments, got 3", "main.c:3:14: macro 'foo' expects 2 arguments, got 1"]);
    assert.deepStrictEqual(r.diagnostics[0].related, [{ message: "macro 'foo' defined here", file: 'main.c', line: 1, col: 9 }]);
    assert.strictEqual(r.toks, 'foo ( 1 , 2 , 3 ) foo ( 1 ) foo');
  });

  it('reports an unterminated argument list at the invocation', () => {
    const r = pp('#define f(x) x\nint a = f(1,\n  2;\n');
    assert.deepStrictEqual(r.errors, ["main.c:2:9: unterminated argument list invoking macro 'f'"]);
    assert.strictEqual(r.toks, 'int a = f ( 1 , 2 ;');
  });
});
