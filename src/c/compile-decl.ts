// Declarations inside functions: locals (in a register slot or, for aggregates and locals whose
// address is taken, in memory), static and block-scope extern names, and initializers — brace
// lists with designators (`.f = x`, `[1].b = 9`), string literals into char arrays.

import { compileExpr, convert, setInitListHook, storeLV, stringBytesOf, type Cx } from './compile-expr';
import { applyDeclarator, resolveTypeSpec } from './compile-types';
import { constEval } from './const-eval';
import { Op } from './ir';
import type { Node } from './parse';
import { stmt } from './compile-stmt';
import { findField, isAggregate, type CType } from './types';
import { CompileError } from './unit';

function named(node: Node | null): Node[] {
  return (node?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment');
}

export function declaration(cx: Cx, d: Node): void {
  const { u, e } = cx;
  const isStatic = d.children.some((c) => c?.type === 'storage_class_specifier' && c.text === 'static');
  const isExtern = d.children.some((c) => c?.type === 'storage_class_specifier' && c.text === 'extern');
  const base = resolveTypeSpec(u, d.childForFieldName('type')!);
  if (isExtern) {
    // `extern int x;` in a block names the file-scope object.
    for (const decl of d.childrenForFieldName('declarator')) {
      if (!decl) continue;
      const r = applyDeclarator(u, decl, base);
      if (r.type.k === 'fn') {
        u.fnTypes[r.name] ??= r.type;
        continue;
      }
      const g = u.globalIndex[r.name];
      if (g === undefined) throw new CompileError(decl, `extern '${r.name}' names no file-scope variable`);
      e.declareStatic(r.name, g);
    }
    return;
  }
  if (isStatic) {
    // A static local is a file-scope object visible only in this block, initialized once.
    for (const decl of d.childrenForFieldName('declarator')) {
      if (!decl) continue;
      const r = applyDeclarator(u, decl, base);
      const g = u.defineStatic(`${e.fnName}.${r.name}`, r.type, d, decl.type === 'init_declarator' ? decl.childForFieldName('value') : null);
      e.declareStatic(r.name, g);
    }
    return;
  }
  for (const decl of d.childrenForFieldName('declarator')) {
    if (!decl) continue;
    const r = applyDeclarator(u, decl, base);
    if (r.type.k === 'fn') {
      u.fnTypes[r.name] ??= r.type;
      continue;
    }
    const init = decl.type === 'init_declarator' ? decl.childForFieldName('value') : null;
    let type = r.type;
    if (type.k === 'array' && type.n === 0 && init?.type === 'initializer_list') {
      type = { ...type, n: named(init).length };
    }
    if (type.k === 'array' && type.n === 0 && init && (init.type === 'string_literal' || init.type === 'concatenated_string')) {
      type = { ...type, n: stringBytes(cx, init).length };
    }
    const mem = isAggregate(type) || e.addressTaken.has(r.name);
    const line = d.startPosition.row + 1;
    const L = u.loc(decl);
    const idx = e.declare(r.name, type, mem, line);
    if (mem) e.emit(Op.ALLOCL, idx, { type, init: false }, L);
    if (!init) continue;
    stmt(cx, decl);
    if (type.k === 'array' && (init.type === 'string_literal' || init.type === 'concatenated_string')) {
      // char buf[] = "text": copy the bytes (and the NUL) into the array.
      e.emit(Op.LVAR, idx, undefined, L);
      e.emit(Op.ZEROAGG, 0, type, L);
      storeString(cx, init, type, 0, L);
      e.emit(Op.POP, 0, undefined, L);
    } else if (init.type === 'initializer_list') {
      if (!mem) throw new CompileError(init, 'brace initializer for a scalar');
      e.emit(Op.LVAR, idx, undefined, L);
      e.emit(Op.ZEROAGG, 0, type, L);
      initList(cx, init, type, idx, []);
      e.emit(Op.POP, 0, undefined, L);
    } else {
      const lv = mem ? (e.emit(Op.LVAR, idx, undefined, L), { kind: 'ptr' as const, type }) : { kind: 'var' as const, idx, type };
      const t = compileExpr(cx, init);
      convert(cx, t, type, init, L);
      storeLV(cx, lv, L);
      e.emit(Op.POP, 0, undefined, L);
    }
  }
}

/**
 * Brace initializers: `{ 0 }`, `{ 1, 2 }`, `{ .f = fn, .vma = vma }`, nested. The aggregate is
 * zeroed first; each element is stored through a path of (slot offset, type).
 */
export function initList(cx: Cx, list: Node, type: CType, idx: number, path: { slot: number }[]): void {
  const { e } = cx;
  let pos = 0;
  for (const item of named(list)) {
    let target: { slot: number; type: CType };
    let first: { slot: number; type: CType };
    let valueNode = item;
    if (item.type === 'initializer_pair') {
      // A designator chain such as `[1].b = 9` walks into nested members.
      const chain = item.childrenForFieldName('designator').filter((d): d is Node => !!d);
      valueNode = item.childForFieldName('value')!;
      first = designate(cx, chain[0], type);
      target = { ...first };
      for (const d of chain.slice(1)) {
        const next = designate(cx, d, target.type);
        target = { slot: target.slot + next.slot, type: next.type };
      }
    } else {
      target = elementAt(cx, item, type, pos);
      first = target;
    }
    const slot = path.reduce((a, p) => a + p.slot, 0) + target.slot;
    if (target.type.k === 'array' && (valueNode.type === 'string_literal' || valueNode.type === 'concatenated_string')) {
      // A char array member initialized from a string.
      storeString(cx, valueNode, target.type, slot, cx.u.loc(valueNode));
    } else if (valueNode.type === 'initializer_list') {
      initList(cx, valueNode, target.type, idx, [...path, { slot: target.slot }]);
    } else {
      const L = cx.u.loc(valueNode);
      e.emit(Op.DUP, 0, undefined, L);
      e.emit(Op.PUSH, 0, BigInt(slot), L);
      e.emit(Op.PADD, 1, undefined, L);
      const t = compileExpr(cx, valueNode);
      convert(cx, t, target.type, valueNode, L);
      e.emit(Op.STORE, 0, target.type, L);
      e.emit(Op.POP, 0, undefined, L);
    }
    pos = nextPos(type, first);
  }
}

export function designate(cx: Cx, des: Node, type: CType): { slot: number; type: CType } {
  if (des.type === 'field_designator') {
    if (type.k !== 'struct') throw new CompileError(des, 'field designator for a non-struct');
    const f = findField(type.def, named(des)[0]!.text);
    if (!f) throw new CompileError(des, `no member '${named(des)[0]!.text}' in struct ${type.def.tag}`);
    return { slot: f.slot, type: f.type };
  }
  if (des.type === 'subscript_designator') {
    if (type.k !== 'array') throw new CompileError(des, 'index designator for a non-array');
    const i = Number(constEval(cx.u, named(des)[0]!));
    return { slot: i * slotCount(type.of), type: type.of };
  }
  throw new CompileError(des, 'unsupported designator');
}

export function slotCount(t: CType): number {
  return t.k === 'struct' ? t.def.slots : t.k === 'array' ? t.n * slotCount(t.of) : 1;
}

/** The element at linear position `pos` (a slot offset) for a positional initializer. */
export function elementAt(cx: Cx, item: Node, type: CType, pos: number): { slot: number; type: CType } {
  if (type.k === 'array') {
    const size = slotCount(type.of);
    if (pos / size >= type.n) throw new CompileError(item, 'too many initializers');
    return { slot: pos, type: type.of };
  }
  if (type.k === 'struct') {
    const f = type.def.fields.find((x) => x.slot >= pos);
    if (!f) throw new CompileError(item, 'too many initializers');
    return { slot: f.slot, type: f.type };
  }
  if (pos > 0) throw new CompileError(item, 'too many initializers for a scalar');
  return { slot: 0, type };
}

export function nextPos(type: CType, target: { slot: number; type: CType }): number {
  return target.slot + (type.k === 'struct' || type.k === 'array' ? slotCount(target.type) : 1);
}

/** The bytes of a string literal (with its terminating NUL). */
export function stringBytes(cx: Cx, node: Node): number[] {
  return stringBytesOf(cx, node);
}

/**
 * Store a string literal's bytes into a char array at `baseSlot` of the object whose address is
 * on the stack (the address stays there). Bytes past the array (the NUL of an exact fit) are
 * dropped, as C does; a longer string is an error.
 */
export function storeString(cx: Cx, node: Node, type: CType, baseSlot: number, L: number): void {
  if (type.k !== 'array') throw new CompileError(node, 'a string initializes only a char array');
  const bytes = stringBytesOf(cx, node);
  if (bytes.length > type.n + 1) throw new CompileError(node, 'initializer string is longer than the array');
  const e = cx.e;
  bytes.slice(0, type.n).forEach((b, k) => {
    e.emit(Op.DUP, 0, undefined, L);
    e.emit(Op.PUSH, 0, BigInt(baseSlot + k), L);
    e.emit(Op.PADD, 1, undefined, L);
    e.emit(Op.PUSH, 0, BigInt.asIntN(8, BigInt(b)), L);
    e.emit(Op.STORE, 0, type.of, L);
    e.emit(Op.POP, 0, undefined, L);
  });
}

setInitListHook((cx, list, type) => initList(cx, list, type, -1, []));
