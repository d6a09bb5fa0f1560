// The origin map: every output token maps back to where it was spelled, code from a macro to
// the invocation the user sees (line and column exact), with the expansion chain; main-file
// lines keep their numbers; (row, column) lookups as a tree-sitter node would ask.

import * as assert from 'assert';
import { expansionChain, originAt, tokenAt, tokenAtOffset, userPosition } from '../../../../src/c/pp';
import { findTok, pp } from './helpers';

describe('pp origin map', () => {
  it('keeps main-file tokens on their own line and column where nothing expands', () => {
    const src = '#include "h.h"\n\nint main(void)\n{\n\treturn  0;\n}\n';
    const r = pp(src, { 'h.h': '#define X 1\nint decl;\nint other;\n' });
    const lines = r.text.split('\n');
    assert.strictEqual(lines[0], 'int decl; int other;');
    assert.strictEqual(lines[2], 'int main(void)');
    assert.strictEqual(lines[4], ' return  0;');
    const i = findTok(r, 'return');
    assert.deepStrictEqual([r.map.outRow[i], r.map.outCol[i]], [4, 1]);
    assert.deepStrictEqual(userPosition(r.map, i), { file: 'main.c', line: 5, col: 2 });
    const d = findTok(r, 'decl');
    assert.deepStrictEqual(userPosition(r.map, d), { file: 'h.h', line: 2, col: 5 });
  });

  it('maps macro output to the outermost invocation and keeps the spelling and chain', () => {
    const src = '#define INNER(x) (x + 1)\n#define OUTER(y) INNER(y) * 2\nint a;\n  int v = OUTER(a);\n';
    const r = pp(src);
    const plus = findTok(r, '+');
    assert.deepStrictEqual(userPosition(r.map, plus), { file: 'main.c', line: 4, col: 11 });
    const o = originAt(r.map, r.map.outRow[plus], r.map.outCol[plus])!;
    assert.deepStrictEqual(o.spelling, { file: 'main.c', line: 1, col: 21 });
    assert.deepStrictEqual(o.chain.map((s) => [s.macro, s.invocation.line, s.invocation.col, s.definition.line, s.definition.col]), [
      ['INNER', 2, 18, 1, 9],
      ['OUTER', 4, 11, 2, 9],
    ]);
    const a = findTok(r, 'a', 1);
    assert.deepStrictEqual(originAt(r.map, r.map.outRow[a], r.map.outCol[a])!.spelling, { file: 'main.c', line: 4, col: 17 });
    assert.deepStrictEqual(userPosition(r.map, a), { file: 'main.c', line: 4, col: 11 });
    assert.strictEqual(r.map.outRow[plus], 3);
  });

  it('records an argument expanded inside another invocation under that invocation', () => {
    const r = pp('#define ONE 1\n#define ID(x) x\nID(ONE)\n');
    const one = findTok(r, '1');
    assert.deepStrictEqual(expansionChain(r.map, one).map((s) => s.macro), ['ONE', 'ID']);
    assert.deepStrictEqual(userPosition(r.map, one), { file: 'main.c', line: 3, col: 1 });
  });

  it('keeps a multi-line invocation on its first line and the following tokens on theirs', () => {
    const src = '#define loop(a, b) for (a; b;)\nloop(i = 0,\n     i < 3) {\n\tbody;\n}\n';
    const r = pp(src);
    const lines = r.text.split('\n');
    assert.strictEqual(lines[1], 'for (i = 0; i < 3;)');
    assert.strictEqual(lines[2].trim(), '{');
    assert.strictEqual(lines[3], ' body;');
    const brace = findTok(r, '{');
    assert.deepStrictEqual(userPosition(r.map, brace), { file: 'main.c', line: 3, col: 13 });
    const lt = findTok(r, '<');
    assert.deepStrictEqual(originAt(r.map, r.map.outRow[lt], r.map.outCol[lt])!.spelling, { file: 'main.c', line: 3, col: 8 });
  });

  it('finds the token at any (row, column) and offset', () => {
    const r = pp('int  abc = 12;\n');
    assert.strictEqual(r.text, 'int  abc = 12;\n');
    const at = (col: number) => r.text.slice(r.map.outOffset[tokenAt(r.map, 0, col)]).split(/[ ;]/)[0];
    assert.strictEqual(at(0), 'int');
    assert.strictEqual(at(4), 'int'); // in the blank: the token before
    assert.strictEqual(at(6), 'abc');
    assert.strictEqual(at(12), '12');
    assert.strictEqual(tokenAt(r.map, 1, 0), -1);
    assert.strictEqual(tokenAt(r.map, 99, 0), -1);
    assert.strictEqual(tokenAtOffset(r.map, 7), 1);
    assert.strictEqual(originAt(r.map, 0, 11)!.at.col, 12);
  });

  it('separates tokens that would lex together after expansion', () => {
    const r = pp('#define M -\n#define E\n#define N 1e\n-M a+E+b x/E/y N+2 .E. .E.E.\n');
    assert.strictEqual(r.toks, '- - a + + b x / / y 1e + 2 . . . . .');
  });

  it('places included tokens on lines of their own with the lines layout', () => {
    const r = pp('#include "h.h"\nint x;\n', { 'h.h': 'int a;\nint b;\n' }, { includedLayout: 'lines' });
    assert.deepStrictEqual(r.text.split('\n').slice(0, 3), ['int a;', 'int b;', 'int x;']);
    const x = findTok(r, 'x');
    assert.deepStrictEqual(userPosition(r.map, x), { file: 'main.c', line: 2, col: 5 });
  });
});
