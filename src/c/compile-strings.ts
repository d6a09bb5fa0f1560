// String literals: their bytes (escapes decoded, adjacent literals and string macros such as
// PRIu64 joined, the NUL added) and the read-only region each one lives in.

import type { Cx } from './compile-expr';
import { Op } from './ir';
import { decodeEscapes } from './literals';
import type { Node } from './parse';
import { ptrTo, T, type CType } from './types';
import { CompileError } from './unit';

const CHAR_PTR = ptrTo(T.char);

export function stringLiteral(cx: Cx, node: Node, L: number): CType {
  const bytes = stringBytesOf(cx, node);
  const region = cx.u.allocRegion(`"${node.text.slice(1, 30)}"`, bytes.map((b) => BigInt(BigInt.asIntN(8, BigInt(b)))), true);
  cx.e.emit(Op.PUSH, 0, { t: 'p', s: 'c', b: region, i: 0 }, L);
  return CHAR_PTR;
}

/** The bytes of a string literal, adjacent literals and string macros joined, NUL included. */
export function stringBytesOf(cx: Cx, node: Node): number[] {
  const parts = node.type === 'concatenated_string' ? node.namedChildren.filter((c): c is Node => !!c) : [node];
  const bytes: number[] = [];
  for (const p of parts) {
    let raw = p.text;
    if (p.type === 'identifier') {
      // A macro expanding to a string literal, e.g. "%" PRIu64.
      const m = cx.u.macros[p.text];
      const body = m && !m.params ? m.body.trim() : '';
      if (!/^"([^"\\]|\\.)*"$/.test(body)) throw new CompileError(p, `'${p.text}' is not a string literal macro`);
      raw = body;
    } else if (p.type !== 'string_literal') throw new CompileError(p, 'unsupported string literal part');
    // One by one: a spread of a 1 MB literal's bytes would overflow the call stack.
    for (const b of decodeEscapes(raw.slice(raw.indexOf('"') + 1, raw.lastIndexOf('"')))) bytes.push(b);
  }
  bytes.push(0);
  return bytes;
}

export function stringLiteralText(cx: Cx, text: string, L: number): CType {
  const bytes = [...new TextEncoder().encode(text), 0];
  const region = cx.u.allocRegion(`"${text}"`, bytes.map((b) => BigInt(b)), true);
  cx.e.emit(Op.PUSH, 0, { t: 'p', s: 'c', b: region, i: 0 }, L);
  return CHAR_PTR;
}

