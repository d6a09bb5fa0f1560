// Why: C lets a switch's body be any statement (`switch (op) case 1: return x;`, or a body that
// is a labelled `if`), and kernel code does write that, but tree-sitter-c's grammar only takes a
// compound statement there and reports a syntax error. Before parsing, this pass finds such
// bodies in the preprocessed text and puts `{` and `}` around them in whitespace that is already
// there (a space or tab in the gap before and after the body), so no token moves and every
// origin-map position stays exact. A body with no room for a brace (no blank before or after it
// on those lines) is left alone and parses as before, with the parser's diagnostic.

interface Tok {
  start: number;
  end: number;
  text: string;
}

const MAX_NESTING = 200;
const STMT_KEYWORDS = new Set(['case', 'default', 'if', 'else', 'for', 'while', 'do', 'switch', 'return', 'goto', 'break', 'continue']);

/** The text with braces around every brace-less switch body that has room, or undefined. */
export function braceSwitchBodies(text: string): string | undefined {
  if (!/\bswitch\b/.test(text)) return undefined;
  const toks = lex(text);
  const chars = text.split('');
  let changed = false;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].text !== 'switch' || toks[i + 1]?.text !== '(') continue;
    const close = matching(toks, i + 1);
    const body = close + 1;
    if (close < 0 || body >= toks.length || toks[body].text === '{') continue;
    const last = stmtEnd(toks, body, 0);
    if (last < 0) continue;
    const open = blankIn(chars, toks[close].end, toks[body].start, 'last');
    const shut = blankIn(chars, toks[last].end, last + 1 < toks.length ? toks[last + 1].start : text.length, 'first');
    if (open < 0 || shut < 0) continue;
    chars[open] = '{';
    // A nested brace-less switch ending at the same `;` takes the next blank of the gap.
    chars[shut] = '}';
    changed = true;
  }
  return changed ? chars.join('') : undefined;
}

/** A space or tab still free in text[from, to): the last one before a token, or the first one
 *  after (braces already placed are no longer blanks). */
function blankIn(text: string[], from: number, to: number, which: 'first' | 'last'): number {
  if (which === 'first') {
    for (let k = from; k < to; k++) if (text[k] === ' ' || text[k] === '\t') return k;
  } else {
    for (let k = to - 1; k >= from; k--) if (text[k] === ' ' || text[k] === '\t') return k;
  }
  return -1;
}

/** Index of the last token of the statement starting at `i`, or -1 when it cannot be told. */
function stmtEnd(toks: Tok[], i: number, depth: number): number {
  if (depth > MAX_NESTING) return -1;
  // Labels: `case X:`, `case A ... B:`, `default:`, `name:`.
  for (;;) {
    const t = toks[i]?.text;
    if (t === 'case') {
      const colon = caseColon(toks, i + 1);
      if (colon < 0) return -1;
      i = colon + 1;
    } else if (t === 'default' && toks[i + 1]?.text === ':') {
      i += 2;
    } else if (t !== undefined && isIdent(t) && !STMT_KEYWORDS.has(t) && toks[i + 1]?.text === ':') {
      i += 2;
    } else {
      break;
    }
  }
  const t = toks[i]?.text;
  if (t === undefined) return -1;
  if (t === '{') return matching(toks, i);
  if (t === ';') return i;
  if (t === 'if') {
    const p = toks[i + 1]?.text === '(' ? matching(toks, i + 1) : -1;
    if (p < 0) return -1;
    const then = stmtEnd(toks, p + 1, depth + 1);
    if (then < 0) return -1;
    return toks[then + 1]?.text === 'else' ? stmtEnd(toks, then + 2, depth + 1) : then;
  }
  if (t === 'for' || t === 'while' || t === 'switch') {
    const p = toks[i + 1]?.text === '(' ? matching(toks, i + 1) : -1;
    return p < 0 ? -1 : stmtEnd(toks, p + 1, depth + 1);
  }
  if (t === 'do') {
    const body = stmtEnd(toks, i + 1, depth + 1);
    if (body < 0 || toks[body + 1]?.text !== 'while' || toks[body + 2]?.text !== '(') return -1;
    const p = matching(toks, body + 2);
    return p >= 0 && toks[p + 1]?.text === ';' ? p + 1 : -1;
  }
  // An expression or jump statement: up to its `;` outside any bracket.
  let level = 0;
  for (let k = i; k < toks.length; k++) {
    const x = toks[k].text;
    if (x === '(' || x === '[' || x === '{') level++;
    else if (x === ')' || x === ']' || x === '}') {
      if (--level < 0) return -1;
    } else if (x === ';' && level === 0) return k;
  }
  return -1;
}

/** The `:` ending a case label from `i`, skipping `? :` pairs and brackets. */
function caseColon(toks: Tok[], i: number): number {
  let level = 0;
  let pending = 0;
  for (let k = i; k < toks.length; k++) {
    const x = toks[k].text;
    if (x === '(' || x === '[') level++;
    else if (x === ')' || x === ']') level--;
    else if (x === '?' && level === 0) pending++;
    else if (x === ':' && level === 0) {
      if (pending === 0) return k;
      pending--;
    } else if (x === ';' || x === '{' || x === '}') return -1;
  }
  return -1;
}

/** Index of the bracket closing the one at `i`, or -1. */
function matching(toks: Tok[], i: number): number {
  const open = toks[i].text;
  const close = open === '(' ? ')' : open === '[' ? ']' : '}';
  let level = 0;
  for (let k = i; k < toks.length; k++) {
    const x = toks[k].text;
    if (x === open) level++;
    else if (x === close && --level === 0) return k;
  }
  return -1;
}

function isIdent(s: string): boolean {
  return /^[A-Za-z_]\w*$/.test(s);
}

/** C tokens as far as brackets, `;`, `:` and `?` need: words, literals, single punctuators. */
function lex(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
      i++;
      continue;
    }
    const start = i;
    if (c === '"' || c === "'") {
      i++;
      while (i < n && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (/[A-Za-z_0-9]/.test(c)) {
      while (i < n && /[\w.]/.test(text[i])) {
        if (/[eEpP]/.test(text[i]) && (text[i + 1] === '+' || text[i + 1] === '-') && /^\d/.test(text[start])) i++;
        i++;
      }
    } else if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
      continue;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    } else {
      i++;
    }
    toks.push({ start, end: Math.min(i, n), text: text.slice(start, Math.min(i, n)) });
  }
  return toks;
}
