// The preprocessor's lexer: token kinds, physical positions through backslash-newline splices
// and comments, beginning-of-line flags that decide what is a directive.

import * as assert from 'assert';
import { lex } from '../../../../src/c/pp/lexer';
import { Kind } from '../../../../src/c/pp/tokens';

describe('pp lexer', () => {
  it('cuts identifiers, pp-numbers, literals and punctuators', () => {
    const ts = lex(`a1 0x1fUL 1e+5 .5e-3 1.2.3 'x' L'y' u8"s" "a\\"b" ->>>= ... ## <: %> $d`, 0).tokens;
    assert.deepStrictEqual(ts.map((t) => t.text), ['a1', '0x1fUL', '1e+5', '.5e-3', '1.2.3', "'x'", "L'y'", 'u8"s"', '"a\\"b"', '->', '>>=', '...', '##', '[', '}', '$d']);
    assert.deepStrictEqual(ts.slice(0, 9).map((t) => t.kind), [Kind.Ident, Kind.Number, Kind.Number, Kind.Number, Kind.Number, Kind.Char, Kind.Char, Kind.String, Kind.String]);
  });

  it('keeps physical line and column through splices and block comments', () => {
    const src = 'int a = \\\n  b + /* c\n d */ e;\n  #define X \\\n   1\n';
    const ts = lex(src, 3).tokens;
    const pos = ts.map((t) => `${t.text}@${t.line}:${t.col}${t.bol ? '^' : ''}`);
    assert.deepStrictEqual(pos, ['int@1:1^', 'a@1:5', '=@1:7', 'b@2:3', '+@2:5', 'e@3:7', ';@3:8', '#@4:3^', 'define@4:4', 'X@4:11', '1@5:4']);
    assert.ok(ts.every((t) => t.file === 3));
  });

  it('splices inside a token and reports where the token starts', () => {
    const ts = lex('ab\\\ncd ef', 0).tokens;
    assert.deepStrictEqual(ts.map((t) => [t.text, t.line, t.col]), [['abcd', 1, 1], ['ef', 2, 4]]);
  });

  it('marks whitespace before tokens; a comment counts as whitespace', () => {
    const ts = lex('a/**/b c\td', 0).tokens;
    assert.deepStrictEqual(ts.map((t) => t.space), [false, true, true, true]);
  });

  it('flags unterminated literals instead of failing, and reports an unterminated comment', () => {
    const r = lex("don't stop\nnext /* open", 0);
    assert.strictEqual(r.tokens[1].bad, true);
    assert.strictEqual(r.tokens[2].text, 'next');
    assert.strictEqual(r.tokens[2].bol, true);
    assert.deepStrictEqual(r.problems, [{ line: 2, col: 6, message: 'unterminated comment' }]);
  });

  it('treats CRLF like LF', () => {
    const ts = lex('a\r\nb \\\r\nc', 0).tokens;
    assert.deepStrictEqual(ts.map((t) => [t.text, t.line, t.col, t.bol]), [['a', 1, 1, true], ['b', 2, 1, true], ['c', 3, 1, false]]);
  });
});
