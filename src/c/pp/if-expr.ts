// #if / #elif arithmetic (C11 §6.10.1): an integer constant expression over the already
// macro-expanded line, in intmax_t / uintmax_t (64-bit two's complement, BigInt), with the
// usual arithmetic conversions (one unsigned operand makes the operation unsigned), `?:`,
// the comma operator, character constants (plain char signed, as on x86), identifiers left
// after expansion as 0, and short-circuit: a division by zero in an unevaluated operand is fine.

import { report, type PPState } from './state';
import { Kind, type Token } from './tokens';

interface Val {
  v: bigint;
  u: boolean;
}

class IfError extends Error {
  constructor(readonly at: Token | null, message: string) {
    super(message);
  }
}

const norm = (v: bigint, u: boolean): Val => ({ v: u ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v), u });

const BINARY: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '<': 7, '>': 7, '<=': 7, '>=': 7,
  '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

const ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, E: 27, '\\': 92, "'": 39, '"': 34, '?': 63 };

export function parseNumber(st: PPState, t: Token): Val {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([A-Za-z_]*)$/.exec(t.text.replace(/'/g, ''));
  if (!m) {
    if (/^(0[xX][0-9a-fA-F.]*[pP]|[0-9.]*[.eE])/.test(t.text)) throw new IfError(t, 'floating constant in preprocessor expression');
    throw new IfError(t, `invalid integer constant "${t.text}" in #if`);
  }
  const [, digits, suffix] = m;
  if (suffix && !/^(u|U)?(l|L|ll|LL)?$|^(l|L|ll|LL)(u|U)$|^(u|U)?(wb|WB)$|^(wb|WB)(u|U)$/.test(suffix)) throw new IfError(t, `invalid suffix "${suffix}" on integer constant`);
  let v: bigint;
  const octal = digits.length > 1 && digits[0] === '0' && /^[0-9]+$/.test(digits);
  if (octal) {
    if (/[89]/.test(digits)) throw new IfError(t, `invalid digit "${/[89]/.exec(digits)![0]}" in octal constant`);
    v = BigInt('0o' + digits.slice(1));
  } else v = BigInt(digits);
  let u = /[uU]/.test(suffix);
  if (v > 0xffffffffffffffffn) {
    report(st, 'warning', 'integer constant is too large for its type', t);
    v = BigInt.asUintN(64, v);
  }
  if (!u && v > 0x7fffffffffffffffn) {
    if (/^[0-9]/.test(digits) && !/^0[xXbB]/.test(digits) && !octal) report(st, 'warning', 'integer constant is so large that it is unsigned', t);
    u = true;
  }
  return norm(v, u);
}

export function charValue(st: PPState, t: Token): Val {
  const text = t.text;
  const q = text.indexOf("'");
  const prefix = text.slice(0, q);
  const body = text.slice(q + 1, -1);
  if (t.bad || !text.endsWith("'")) throw new IfError(t, 'missing terminating \' character');
  const chars: number[] = [];
  for (let i = 0; i < body.length; ) {
    const c = body.charCodeAt(i);
    if (c !== 92) { chars.push(c); i++; continue; }
    const e = body[i + 1];
    if (e === 'x') {
      const h = /^[0-9a-fA-F]+/.exec(body.slice(i + 2));
      if (!h) throw new IfError(t, '\\x used with no following hex digits');
      chars.push(Number(BigInt.asUintN(32, BigInt('0x' + h[0]))));
      i += 2 + h[0].length;
    } else if (e >= '0' && e <= '7') {
      const o = /^[0-7]{1,3}/.exec(body.slice(i + 1))!;
      chars.push(parseInt(o[0], 8));
      i += 1 + o[0].length;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      chars.push(parseInt(body.slice(i + 2, i + 2 + n), 16) || 0);
      i += 2 + n;
    } else {
      chars.push(ESCAPES[e] ?? e.charCodeAt(0));
      i += 2;
    }
  }
  if (chars.length === 0) throw new IfError(t, 'empty character constant');
  if (prefix === '') {
    if (chars.length === 1) return norm(BigInt(chars[0] & 0xff) - (chars[0] & 0x80 ? 256n : 0n), false);
    report(st, 'warning', 'multi-character character constant', t);
    let v = 0n;
    for (const c of chars) v = BigInt.asIntN(32, (v << 8n) | BigInt(c & 0xff));
    return norm(v, false);
  }
  const last = BigInt(chars[chars.length - 1]);
  if (prefix === 'L') return norm(BigInt.asIntN(32, last), false);
  return norm(prefix === 'U' ? BigInt.asUintN(32, last) : prefix === 'u' ? BigInt.asUintN(16, last) : last & 0xffn, false);
}

class Parser {
  i = 0;
  constructor(readonly st: PPState, readonly ts: Token[], readonly directive: Token) {}

  peek(): Token | undefined {
    return this.ts[this.i];
  }

  fail(message: string): never {
    throw new IfError(this.peek() ?? null, message);
  }

  expect(text: string): void {
    const t = this.peek();
    if (!t || t.text !== text || t.kind !== Kind.Punct) this.fail(t ? `expected '${text}' in preprocessor expression, found "${t.text}"` : `expected '${text}' at end of #if expression`);
    this.i++;
  }

  /** expr := cond (',' cond)* */
  comma(live: boolean): Val {
    let v = this.cond(live);
    while (this.peek()?.text === ',' && this.peek()!.kind === Kind.Punct) {
      this.i++;
      v = this.cond(live);
    }
    return v;
  }

  cond(live: boolean): Val {
    const c = this.binary(1, live);
    if (this.peek()?.text !== '?') return c;
    this.i++;
    const take = c.v !== 0n;
    const a = this.comma(live && take);
    this.expect(':');
    const b = this.cond(live && !take);
    const u = a.u || b.u;
    return norm(take ? a.v : b.v, u);
  }

  binary(min: number, live: boolean): Val {
    let l = this.unary(live);
    for (;;) {
      const t = this.peek();
      const prec = t && t.kind === Kind.Punct ? BINARY[t.text] : undefined;
      if (prec === undefined || prec < min) {
        if (t && t.kind === Kind.Punct && /^([*/%+&|^-]|<<|>>)?=$/.test(t.text)) this.fail(`token "${t.text}" is not valid in preprocessor expressions`);
        if (t && (t.kind !== Kind.Punct || !(t.text in BINARY || t.text === ')' || t.text === ':' || t.text === ',' || t.text === '?'))) {
          this.fail(`missing binary operator before token "${t.text}"`);
        }
        return l;
      }
      this.i++;
      const op = t!.text;
      const rlive = op === '&&' ? live && l.v !== 0n : op === '||' ? live && l.v === 0n : live;
      const r = this.binary(prec + 1, rlive);
      l = this.apply(op, l, r, live, t!);
    }
  }

  apply(op: string, l: Val, r: Val, live: boolean, t: Token): Val {
    const u = l.u || r.u;
    const a = u ? BigInt.asUintN(64, l.v) : l.v;
    const b = u ? BigInt.asUintN(64, r.v) : r.v;
    switch (op) {
      case '||': return norm(l.v !== 0n || r.v !== 0n ? 1n : 0n, false);
      case '&&': return norm(l.v !== 0n && r.v !== 0n ? 1n : 0n, false);
      case '|': return norm(a | b, u);
      case '^': return norm(a ^ b, u);
      case '&': return norm(a & b, u);
      case '==': return norm(a === b ? 1n : 0n, false);
      case '!=': return norm(a !== b ? 1n : 0n, false);
      case '<': return norm(a < b ? 1n : 0n, false);
      case '>': return norm(a > b ? 1n : 0n, false);
      case '<=': return norm(a <= b ? 1n : 0n, false);
      case '>=': return norm(a >= b ? 1n : 0n, false);
      case '+': return norm(a + b, u);
      case '-': return norm(a - b, u);
      case '*': return norm(a * b, u);
      case '/':
      case '%':
        if (b === 0n) {
          if (live) throw new IfError(t, 'division by zero in #if');
          return norm(0n, u);
        }
        return norm(op === '/' ? a / b : a % b, u);
      case '<<':
      case '>>': {
        // gcc: a negative count shifts the other way; counts past the width give 0 (or -1)
        let n = r.u ? BigInt.asUintN(64, r.v) : r.v;
        let left = op === '<<';
        if (n < 0n) { n = -n; left = !left; }
        const x = l.u ? BigInt.asUintN(64, l.v) : l.v;
        if (left) return norm(n >= 64n ? 0n : x << n, l.u);
        if (n >= 64n) return norm(!l.u && x < 0n ? -1n : 0n, l.u);
        return norm(x >> n, l.u);
      }
    }
    return this.fail(`unknown operator "${op}"`);
  }

  unary(live: boolean): Val {
    const t = this.peek();
    if (!t) this.fail('#if with no expression');
    if (t.kind === Kind.Punct) {
      switch (t.text) {
        case '+': this.i++; return this.unary(live);
        case '-': { this.i++; const v = this.unary(live); return norm(-v.v, v.u); }
        case '~': { this.i++; const v = this.unary(live); return norm(~v.v, v.u); }
        case '!': { this.i++; const v = this.unary(live); return norm(v.v === 0n ? 1n : 0n, false); }
        case '(': {
          this.i++;
          const v = this.comma(live);
          this.expect(')');
          return v;
        }
      }
      this.fail(t.text === ')' ? `missing expression between '(' and ')'` : `token "${t.text}" is not valid in preprocessor expressions`);
    }
    this.i++;
    if (t.kind === Kind.Number) return parseNumber(this.st, t);
    if (t.kind === Kind.Char) return charValue(this.st, t);
    if (t.kind === Kind.Ident) {
      if (this.peek()?.text === '(') this.fail(`function-like macro "${t.text}" is not defined`);
      return norm(0n, false);
    }
    this.i--;
    return this.fail(`token "${t.text}" is not valid in preprocessor expressions`);
  }
}

/** Evaluate an expanded #if line; a bad expression is a diagnostic and counts as false. */
export function evalIf(st: PPState, ts: Token[], directive: Token): boolean {
  const p = new Parser(st, ts, directive);
  try {
    if (ts.length === 0) throw new IfError(directive, `#${directive.text === '#' ? 'if' : directive.text} with no expression`);
    const v = p.comma(true);
    if (p.i < ts.length) p.fail(`missing binary operator before token "${ts[p.i].text}"`);
    return v.v !== 0n;
  } catch (e) {
    if (!(e instanceof IfError)) throw e;
    report(st, 'error', e.message, e.at ?? directive);
    return false;
  }
}
