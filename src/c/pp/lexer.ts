// Translation phases 1–3 (C11 §5.1.1.2): backslash-newline splicing, comments become white
// space, and the text is cut into preprocessing tokens. Every token records the physical line
// and column where it starts in the file, so a position survives splicing exactly. One pass
// with charCodeAt and slices; no per-character string building.

import { Kind, mk, type Token } from './tokens';

export interface LexProblem {
  line: number;
  col: number;
  message: string;
}

export interface Lexed {
  tokens: Token[];
  problems: LexProblem[];
}

const DIGRAPH: Record<string, string> = { '<:': '[', ':>': ']', '<%': '{', '%>': '}', '%:': '#' };
/** Punctuator spellings by character code(s), digraphs already mapped (no slicing per token). */
const P1: (string | undefined)[] = new Array(128).fill(undefined);
for (const ch of '[](){}.&*+-~!/%<>^|?:;=,#') P1[ch.charCodeAt(0)] = ch;
const P2: (string | undefined)[] = new Array(128 * 128).fill(undefined);
for (const p of ['->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '##', '<:', ':>', '<%', '%>', '%:']) {
  P2[p.charCodeAt(0) * 128 + p.charCodeAt(1)] = DIGRAPH[p] ?? p;
}

function identStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128;
}
function identChar(c: number): boolean {
  return identStart(c) || (c >= 48 && c <= 57);
}
function digit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Remove backslash-newlines; returns the spliced text and, per splice, where it happened
 *  (offset in the spliced text) and how many characters were removed up to and including it. */
function splice(text: string): { s: string; at: number[]; removed: number[] } {
  const at: number[] = [];
  const removed: number[] = [];
  if (text.indexOf('\\') < 0) return { s: text, at, removed };
  const parts: string[] = [];
  let from = 0, total = 0, outLen = 0;
  for (let i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 1)) {
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++; // gcc: "\ " before newline
    if (j < text.length && text.charCodeAt(j) === 13) j++;
    if (j >= text.length || text.charCodeAt(j) !== 10) continue;
    parts.push(text.slice(from, i));
    outLen += i - from;
    total += j + 1 - i;
    at.push(outLen);
    removed.push(total);
    from = j + 1;
    i = j;
  }
  if (at.length === 0) return { s: text, at, removed };
  parts.push(text.slice(from));
  return { s: parts.join(''), at, removed };
}

export function lex(text: string, file: number): Lexed {
  const { s, at, removed } = splice(text);
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const tokens: Token[] = [];
  const problems: LexProblem[] = [];
  let si = 0, rem = 0, li = 0;
  let line = 1, col = 1;
  /** Physical line/column of spliced offset `off` (offsets only increase). */
  const locate = (off: number): void => {
    while (si < at.length && at[si] <= off) rem = removed[si++];
    const orig = off + rem;
    while (li + 1 < lineStarts.length && lineStarts[li + 1] <= orig) li++;
    line = li + 1;
    col = orig - lineStarts[li] + 1;
  };
  const n = s.length;
  let i = 0, bol = true, space = false;
  const put = (kind: Kind, start: number, t: string, bad: boolean): void => {
    locate(start);
    tokens.push(mk(kind, t, file, line, col, space, bol, 0, -1, bad));
    bol = false;
    space = false;
  };
  const push = (kind: Kind, start: number, end: number, bad = false): void => {
    locate(start);
    tokens.push(mk(kind, s.slice(start, end), file, line, col, space, bol, 0, -1, bad));
    bol = false;
    space = false;
  };
  const quoted = (start: number, q: number, kind: Kind): void => {
    let j = start;
    while (s.charCodeAt(j) !== q) j++; // skip an encoding prefix
    j++;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === 92) { j++; continue; }
      if (c === q) { push(kind, start, j + 1); i = j + 1; return; }
      if (c === 10) break;
    }
    push(kind, start, j, true);
    i = j;
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 10) { bol = true; space = false; i++; continue; }
    if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12) { space = true; i++; continue; }
    if (c === 47 && s.charCodeAt(i + 1) === 42) {
      const end = s.indexOf('*/', i + 2);
      if (end < 0) {
        locate(i);
        problems.push({ line, col, message: 'unterminated comment' });
        i = n;
      } else i = end + 2;
      space = true;
      continue;
    }
    if (c === 47 && s.charCodeAt(i + 1) === 47) {
      const end = s.indexOf('\n', i);
      i = end < 0 ? n : end;
      space = true;
      continue;
    }
    if (identStart(c)) {
      let j = i + 1;
      while (j < n && identChar(s.charCodeAt(j))) j++;
      const q = s.charCodeAt(j);
      if (q === 34 || q === 39) {
        const len = j - i;
        const p = len <= 2 ? s.slice(i, j) : '';
        if (p === 'L' || p === 'u' || p === 'U' || p === 'u8') { quoted(i, q, q === 34 ? Kind.String : Kind.Char); continue; }
      }
      push(Kind.Ident, i, j);
      i = j;
      continue;
    }
    if (digit(c) || (c === 46 && digit(s.charCodeAt(i + 1)))) {
      let j = i + 1;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if ((d === 43 || d === 45)) {
          const e = s.charCodeAt(j - 1) | 32;
          if (e === 101 || e === 112) continue; // e+ e- p+ p-
          break;
        }
        if (identChar(d) || d === 46) continue;
        if (d === 39 && identChar(s.charCodeAt(j + 1))) continue; // C23 digit separator
        break;
      }
      push(Kind.Number, i, j);
      i = j;
      continue;
    }
    if (c === 34) { quoted(i, 34, Kind.String); continue; }
    if (c === 39) { quoted(i, 39, Kind.Char); continue; }
    if (c < 128) {
      const c2 = s.charCodeAt(i + 1);
      if (c === 46 && c2 === 46 && s.charCodeAt(i + 2) === 46) { put(Kind.Punct, i, '...', false); i += 3; continue; }
      if ((c === 60 || c === 62) && c2 === c && s.charCodeAt(i + 2) === 61) { put(Kind.Punct, i, c === 60 ? '<<=' : '>>=', false); i += 3; continue; }
      if (c === 37 && c2 === 58 && s.charCodeAt(i + 2) === 37 && s.charCodeAt(i + 3) === 58) { put(Kind.Punct, i, '##', false); i += 4; continue; }
      const p2 = c2 < 128 ? P2[c * 128 + c2] : undefined;
      if (p2 !== undefined) { put(Kind.Punct, i, p2, false); i += 2; continue; }
      const p1 = P1[c];
      if (p1 !== undefined) { put(Kind.Punct, i, p1, false); i++; continue; }
    }
    const w = c >= 0xd800 && c < 0xdc00 ? 2 : 1;
    push(Kind.Other, i, i + w);
    i += w;
  }
  return { tokens, problems };
}

/** Lex a short string (a pasted token, a `-D` value): same rules, file id -1 positions. */
export function lexText(text: string, file = -1): Token[] {
  return lex(text, file).tokens;
}
