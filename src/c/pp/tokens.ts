// Preprocessing tokens (C11 §6.4): the unit every pass of the preprocessor works on. A token is
// plain data — its spelling, where it was spelled (file id, 1-based line and column of the
// physical source), the expansion that put it where it is, and the hide set that stops it from
// being expanded again (the "painted blue" rule). Nothing here holds behaviour.

/** Kinds of preprocessing tokens. `Paste` is a `##` operator of a macro body, `Placemarker`
 *  the empty token of §6.10.3.3 (neither ever reaches the output). */
export const enum Kind {
  Ident,
  Number,
  Char,
  String,
  Punct,
  Other,
  Paste,
  Placemarker,
}

export interface Token {
  kind: Kind;
  text: string;
  /** File id (index into the preprocessor's file table), 1-based line and column of the
   *  first character as the file spells it (physical lines, before backslash splicing). */
  file: number;
  line: number;
  col: number;
  /** Whitespace (or a comment) came before this token on its logical line. */
  space: boolean;
  /** First token of a logical line (only meaningful for tokens read from a file). */
  bol: boolean;
  /** Hide set id (0 = empty); see hideset.ts. */
  hs: number;
  /** Expansion record id that produced this token, -1 when it comes straight from a file. */
  exp: number;
  /** An unterminated character or string literal: reported if the token is not skipped. */
  bad: boolean;
}

/** The one constructor of tokens (one object shape keeps the expander's property reads fast). */
export function mk(kind: Kind, text: string, file: number, line: number, col: number, space: boolean, bol: boolean, hs: number, exp: number, bad: boolean): Token {
  return { kind, text, file, line, col, space, bol, hs, exp, bad };
}

export function tok(kind: Kind, text: string, file: number, line: number, col: number, space: boolean, bol: boolean): Token {
  return mk(kind, text, file, line, col, space, bol, 0, -1, false);
}

/** A copy of `t` with other fields changed (tokens are never mutated once shared). */
export function retok(t: Token, hs: number, exp: number, space: boolean): Token {
  return mk(t.kind, t.text, t.file, t.line, t.col, space, false, hs, exp, t.bad);
}

export function withSpace(t: Token, space: boolean): Token {
  return mk(t.kind, t.text, t.file, t.line, t.col, space, false, t.hs, t.exp, t.bad);
}

/** Punctuators longest first within each leading character (C11 §6.4.6, without digraphs'
 *  `%:%:` handled separately by the lexer). */
export const PUNCTUATORS: readonly string[] = [
  '...', '<<=', '>>=', '%:%:',
  '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '*=', '/=', '%=', '+=', '-=',
  '&=', '^=', '|=', '##', '<:', ':>', '<%', '%>', '%:',
  '[', ']', '(', ')', '{', '}', '.', '&', '*', '+', '-', '~', '!', '/', '%', '<', '>', '^', '|',
  '?', ':', ';', '=', ',', '#',
];

/** PAIR[l * 128 + f]: a punctuator (or a comment opener) has the characters l, f in a row, so
 *  writing a token ending in l before one starting with f could lex differently. */
const PAIR = new Uint8Array(128 * 128);
for (const p of [...PUNCTUATORS, '//', '/*']) for (let i = 0; i + 1 < p.length; i++) PAIR[p.charCodeAt(i) * 128 + p.charCodeAt(i + 1)] = 1;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128;
}

/**
 * Whether writing `b` right after `a` without a space could lex differently from the two
 * tokens (so the output must separate them), e.g. `-` `-`, `x` `1`, `1e+` `5`, `/` `*`.
 * Conservative: an unneeded space is harmless.
 */
export function needsSpace(a: Token, b: Token): boolean {
  const at = a.text, bt = b.text;
  if (at.length === 0 || bt.length === 0) return false;
  const l = at.charCodeAt(at.length - 1), f = bt.charCodeAt(0);
  if (isWordChar(l)) return isWordChar(f) || f === 39 || f === 34 || (a.kind === Kind.Number && (f === 46 || f === 43 || f === 45));
  if (a.kind === Kind.Number) return isWordChar(f) || f === 46 || f === 43 || f === 45;
  if (l < 128 && f < 128 && PAIR[l * 128 + f] === 1) return true;
  return l === 46 && f >= 48 && f <= 57; // `.` `5` would make a number
}

/** The text of a token list with single spaces where the source had whitespace. */
export function spell(ts: readonly Token[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.kind === Kind.Placemarker) continue;
    if (parts.length > 0 && (t.space || needsSpace(ts[i - 1], t))) parts.push(' ');
    parts.push(t.text);
  }
  return parts.join('');
}
