// GNU `typeof(...)` / `__typeof__(...)` before parsing (issue 8 item 4), and the builtins whose
// arguments are types or member designators, `__builtin_offsetof(T, a.b[2])`, `offsetof` with
// a member path, `__builtin_types_compatible_p(T1, T2)`: each is replaced by one identifier of
// the same length, whose text builtin-types.ts reads. The C grammar reads
// `typeof(c + 0) w = c;` as a call followed by garbage: only operands that look like a type
// parse. So the sanitizer replaces each `typeof(X)` by an identifier of exactly the same length
// (`_$T3______`; columns do not move), which the grammar reads as a type name anywhere a type
// may stand — declarations, casts, sizeof, parameters. The compiler resolves that name back to
// the text X: a type if X reads as one, otherwise the type of the expression X, unevaluated.

/** Identifier → the text inside the parentheses. Append-only, shared by every file. */
const texts = new Map<string, string>();
/** `${length}:${text}` → identifier, so the same typeof always gets the same name. */
const byKey = new Map<string, string>();

/** T: typeof, O: offsetof, C: __builtin_types_compatible_p. */
export type TypeArgKind = 'T' | 'O' | 'C';
const NAME_RE = /^_\$([TOC])[0-9a-z]+_*$/;
const TYPEOF_RE = /\b(?:typeof|__typeof__|__typeof|__builtin_offsetof|offsetof|__builtin_types_compatible_p)\s*\(/g;

function kindOf(word: string): TypeArgKind {
  if (word.startsWith('__builtin_types')) return 'C';
  return word.includes('offsetof') ? 'O' : 'T';
}

/** The typeof text a sanitized name stands for, if it is one. */
export function typeofText(name: string): string | undefined {
  return typeArgText(name, 'T');
}

/** The argument text of a sanitized builtin of the given kind. */
export function typeArgText(name: string, kind: TypeArgKind): string | undefined {
  const m = NAME_RE.exec(name);
  return m && m[1] === kind ? texts.get(name) : undefined;
}

function nameFor(kind: TypeArgKind, inner: string, length: number): string | undefined {
  const key = `${kind}${length}:${inner}`;
  const known = byKey.get(key);
  if (known) return known;
  const id = `_$${kind}` + texts.size.toString(36);
  if (id.length > length) return undefined;
  const name = id + '_'.repeat(length - id.length);
  texts.set(name, inner);
  byKey.set(key, name);
  return name;
}

/** Where code is, outside string and character literals, comments and preprocessor lines. */
function codeStarts(text: string): (i: number) => boolean {
  const inCode = new Uint8Array(text.length);
  let i = 0;
  let lineStart = true;
  while (i < text.length) {
    const c = text[i];
    if (lineStart && /[ \t]/.test(c)) {
      i++;
      continue;
    }
    if (lineStart && c === '#') {
      // A directive runs to the end of its line (and its continuation lines).
      while (i < text.length && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      continue;
    }
    lineStart = c === '\n';
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? text.length : e + 2;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else {
      inCode[i] = 1;
      i++;
    }
  }
  return (k) => inCode[k] === 1;
}

/** Replace every `typeof(...)` in code; newlines inside stay where they are. */
export function replaceTypeof(text: string): string {
  // (Not only typeof: a file with offsetof but no typeof needs the rewrite as much.)
  if (!/typeof|offsetof|__builtin_types_compatible_p/.test(text)) return text;
  const isCode = codeStarts(text);
  let out = text;
  TYPEOF_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TYPEOF_RE.exec(out))) {
    if (!isCode(m.index)) continue;
    const close = closingParen(out, m.index + m[0].length - 1);
    if (close < 0) break;
    const end = close + 1;
    const whole = out.slice(m.index, end);
    const inner = out.slice(m.index + m[0].length, end - 1).replace(/\s+/g, ' ').trim();
    // The identifier takes the first line's share; later lines keep only their newlines.
    const firstLine = whole.indexOf('\n') < 0 ? whole.length : whole.indexOf('\n');
    const word = m[0].replace(/\s*\($/, '');
    // A plain `offsetof(T, member)` parses as it is; only a member path needs the rewrite.
    if (word === 'offsetof' && !/[.[]/.test(inner.slice(inner.lastIndexOf(',') + 1))) continue;
    const name = nameFor(kindOf(word), inner, firstLine);
    if (!name) {
      TYPEOF_RE.lastIndex = end;
      continue;
    }
    const rest = whole.slice(firstLine).replace(/[^\n]/g, ' ');
    out = out.slice(0, m.index) + name + rest + out.slice(end);
    TYPEOF_RE.lastIndex = m.index + name.length;
  }
  return out;
}

/** Index of the `)` closing the `(` at `open` in text (no strings in between), or -1. */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
