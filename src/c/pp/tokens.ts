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
  bad?: boolean;
}

export function tok(kind: Kind, text: string, file: number, line: number, col: number, space: boolean, bol: boolean): Token {
  return { kind, text, file, line, col, space, bol, hs: 0, exp: -1 };
}

/** A copy of `t` with other fields changed (tokens are never mutated once shared). */
export function retok(t: Token, hs: number, exp: number, space: boolean): Token {
  const c: Token = { kind: t.kind, text: t.text, file: t.file, line: t.line, col: t.col, space, bol: false, hs, exp };
  if (t.bad) c.bad = true;
  return c;
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

const PUNCT_PREFIX = new Set<string>();
for (const p of PUNCTUATORS) for (let i = 1; i < p.length; i++) PUNCT_PREFIX.add(p.slice(0, i));

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128;
}

/**
 * Whether writing `b` right after `a` without a space could lex differently from the two
 * tokens (so the output must separate them), e.g. `-` `-`, `x` `1`, `1` `+` after `1e`, `/` `*`.
 */
export function needsSpace(a: Token, b: Token): boolean {
  const at = a.text, bt = b.text;
  if (at.length === 0 || bt.length === 0) return false;
  const l = at.charCodeAt(at.length - 1), f = bt.charCodeAt(0);
  if (isWordChar(l) && (isWordChar(f) || f === 39 || f === 34)) return true; // x y, L 'a', u8 "s"
  if (a.kind === Kind.Number && (isWordChar(f) || f === 46 || ((f === 43 || f === 45) && /[eEpP]$/.test(at)))) return true;
  if (f === 46 && isWordChar(l) === false && l === 46) return true; // . .  vs ..
  if (l === 47 && (f === 47 || f === 42)) return true; // comment openers
  if (a.kind === Kind.Punct || a.kind === Kind.Other) {
    if (b.kind === Kind.Number && f === 46) return false;
    if (PUNCT_PREFIX.has(at + bt[0]) || PUNCTUATORS.includes(at + bt[0])) return true;
    if (l === 46 && f >= 48 && f <= 57) return true; // . 5 would make a number
  }
  return false;
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
