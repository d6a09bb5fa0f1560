// C integer and character literals: value and type by the C rules (suffixes U/L/LL, decimal vs
// hex/octal promotion ladder), so `~0UL`, `1 << 31` and `0xffffffff` behave as gcc says.

import { T, type IntType } from './types';

export function parseIntLiteral(text: string): { value: bigint; type: IntType } | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)([uUlL]*)$/.exec(text.replace(/'/g, ''));
  if (!m) return undefined;
  const digits = m[1];
  const suffix = m[2].toLowerCase();
  let value: bigint;
  if (/^0[bB]/.test(digits)) value = BigInt(digits);
  else if (/^0[xX]/.test(digits)) value = BigInt(digits);
  else if (digits.length > 1 && digits[0] === '0') value = BigInt('0o' + digits.slice(1));
  else value = BigInt(digits);
  const decimal = !/^0./.test(digits) || digits === '0';
  const unsigned = suffix.includes('u');
  const longs = (suffix.match(/l/g) ?? []).length;
  const fits = (t: IntType): boolean =>
    t.signed ? value < 1n << BigInt(t.bits - 1) : value < 1n << BigInt(t.bits);
  const ladder: IntType[] = [];
  if (!unsigned) {
    if (longs === 0) ladder.push(T.int);
    if (!decimal && longs === 0) ladder.push(T.uint);
    ladder.push(T.long);
    if (!decimal) ladder.push(T.ulong);
  } else {
    if (longs === 0) ladder.push(T.uint);
    ladder.push(T.ulong);
  }
  const type = ladder.find(fits) ?? T.ulong;
  return { value: BigInt.asUintN(64, value), type };
}

const ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, v: 11 };

/** Decode the body of a C string or char literal into byte values. */
export function decodeEscapes(body: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      const code = body.codePointAt(i)!;
      if (code > 0xffff) i++;
      if (code < 0x80) out.push(code);
      else for (const b of new TextEncoder().encode(String.fromCodePoint(code))) out.push(b);
      continue;
    }
    const n = body[++i];
    if (n === undefined) {
      out.push(92); // a lone backslash at the end (only in text the grammar already refused)
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]+/.exec(body.slice(i + 1, i + 65));
      // `\x` with no hex digit is an error for gcc; taken as the letter, as for unknown escapes.
      if (!m) out.push(n.charCodeAt(0));
      else {
        out.push(parseInt(m[0].slice(-2), 16) & 0xff);
        i += m[0].length;
      }
    } else if (/[0-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i, i + 3))!;
      out.push(parseInt(m[0], 8) & 0xff);
      i += m[0].length - 1;
    } else out.push(ESCAPES[n] ?? n.charCodeAt(0));
  }
  return out;
}

export function parseCharLiteral(text: string): bigint {
  const body = text.slice(text.indexOf("'") + 1, text.lastIndexOf("'"));
  const bytes = decodeEscapes(body);
  // A char literal has type int; its value is the (signed) char.
  return BigInt.asIntN(8, BigInt(bytes[0] ?? 0));
}
