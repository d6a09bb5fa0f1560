// The GNU builtins whose arguments are types (issue 8 item 4), after the sanitizer turned each
// into one identifier (typeof-names.ts): `__builtin_offsetof(T, member.path[i])` (and
// `offsetof` with a member path) is the byte offset as gcc lays T out;
// `__builtin_types_compatible_p(T1, T2)` is 1 when the two types are the same type ignoring
// top-level qualifiers (`long` and `long long`, `char` and `signed char` are different types).

import { typeofType } from './compile-types';
import { constEval } from './const-eval';
import { parseMacroText } from './macro-body';
import type { Node } from './parse';
import { findField, sizeOf, type CType } from './types';
import { typeArgText } from './typeof-names';
import { CompileError, type Unit } from './unit';

/** Split at commas outside parentheses and brackets. */
function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

function offsetOf(u: Unit, text: string, node: Node): bigint {
  const parts = splitTop(text);
  if (parts.length !== 2) throw new CompileError(node, `offsetof(${text}) takes a type and a member`);
  return memberOffset(u, typeofType(u, parts[0], node), parts[1], node);
}

/**
 * The byte offset of a member designator (`a.b[2].c`) inside t, an integer constant (gcc folds
 * it in BUILD_BUG_ON, array sizes, enum values and case labels); a bit-field has none.
 */
export function memberOffset(u: Unit, type: CType, path: string, node: Node): bigint {
  let t = type;
  let off = 0;
  const re = /\s*(?:(\.)?\s*([A-Za-z_$]\w*)|\[([^\]]+)\])/y;
  let at = 0;
  let first = true;
  while (at < path.length) {
    re.lastIndex = at;
    const m = re.exec(path);
    if (!m) throw new CompileError(node, `offsetof: cannot read the member designator '${path}'`);
    at = re.lastIndex;
    if (m[2] !== undefined) {
      if (!first && !m[1]) throw new CompileError(node, `offsetof: cannot read the member designator '${path}'`);
      if (t.k !== 'struct') throw new CompileError(node, `offsetof: '${m[2]}' is a member of a non-struct`);
      if (!t.def.complete) throw new CompileError(node, `offsetof: struct ${t.def.tag} is incomplete`);
      const f = findField(t.def, m[2]);
      if (!f) throw new CompileError(node, `offsetof: struct ${t.def.tag} has no member '${m[2]}'`);
      if (f.width !== undefined) throw new CompileError(node, `offsetof of bit-field '${m[2]}'`);
      off += f.offset + (f.cellBit ?? 0) / 8;
      t = f.type;
    } else {
      if (t.k !== 'array') throw new CompileError(node, `offsetof: subscript of a non-array in '${path}'`);
      const idx = parseMacroText(m[3]);
      if (!idx) throw new CompileError(node, `offsetof: cannot read the index '${m[3]}'`);
      let i: bigint;
      try {
        i = constEval(u, idx);
      } catch (err) {
        // The index was parsed on its own: report at the offsetof, not at a position in it.
        if (err instanceof CompileError) throw new CompileError(node, `offsetof: the index '${m[3].trim()}' is not a constant: ${err.message}`);
        throw err;
      }
      off += Number(i) * sizeOf(t.of);
      t = t.of;
    }
    first = false;
    while (at < path.length && /\s/.test(path[at])) at++;
  }
  return BigInt(off);
}

function intRank(name: string | undefined): string {
  if (name === 'char') return 'char';
  if (name === 'long long' || name === 'unsigned long long') return 'llong';
  return '';
}

/** Same type, as __builtin_types_compatible_p sees it. */
export function compatible(a: CType, b: CType): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'int': {
      const y = b as typeof a;
      return a.bits === y.bits && a.signed === y.signed && !!a.bool === !!y.bool && intRank(a.name) === intRank(y.name);
    }
    case 'ptr':
      return compatible(a.to, (b as typeof a).to);
    case 'array': {
      const y = b as typeof a;
      return compatible(a.of, y.of) && (a.n === y.n || a.n === 0 || y.n === 0);
    }
    case 'struct':
      return a.def === (b as typeof a).def;
    case 'fn': {
      const y = b as typeof a;
      return compatible(a.ret, y.ret) && a.params.length === y.params.length && a.params.every((p, i) => compatible(p, y.params[i]));
    }
    default:
      return true;
  }
}

function typesCompatible(u: Unit, text: string, node: Node): bigint {
  const parts = splitTop(text);
  if (parts.length !== 2) throw new CompileError(node, `__builtin_types_compatible_p(${text}) takes two types`);
  return compatible(typeofType(u, parts[0], node), typeofType(u, parts[1], node)) ? 1n : 0n;
}

/** The value of a sanitized type-argument builtin named `name`, if it is one. */
export function typeArgBuiltin(u: Unit, name: string, node: Node): bigint | undefined {
  const o = typeArgText(name, 'O');
  if (o !== undefined) return offsetOf(u, o, node);
  const c = typeArgText(name, 'C');
  if (c !== undefined) return typesCompatible(u, c, node);
  return undefined;
}
