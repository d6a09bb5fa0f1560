// Declarations inside functions: locals (in a register slot or, for aggregates and locals whose
// address is taken, in memory), static and block-scope extern names, and initializers — brace
// lists with designators (`.f = x`, `[1].b = 9`), string literals into char arrays.

import { compileExpr, convert, setInitListHook, storeLV, stringBytesOf, typeOfUnevaluated, type Cx } from './compile-expr';
import { applyDeclarator, resolveTypeSpec } from './compile-types';
import { constEval } from './const-eval';
import { Op } from './ir';
import type { Node } from './parse';
import { stmt } from './compile-stmt';
import { findField, isAggregate, ptrTo, sizeOf, T, type CType, type FieldDef, type StructDef } from './types';
import type { MemberInfo } from './ir';
import { CompileError, type Unit } from './unit';

function named(node: Node | null): Node[] {
  return (node?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment');
}

export function declaration(cx: Cx, d: Node): void {
  const { u, e } = cx;
  const isStatic = d.children.some((c) => c?.type === 'storage_class_specifier' && c.text === 'static');
  const isExtern = d.children.some((c) => c?.type === 'storage_class_specifier' && c.text === 'extern');
  const typeNode = d.childForFieldName('type')!;
  // `__auto_type x = e;`: each declarator takes the type of its initializer (decayed).
  const auto = typeNode.type === 'type_identifier' && typeNode.text === '__auto_type';
  const base = auto ? T.int : resolveTypeSpec(u, typeNode);
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
    const init = decl.type === 'init_declarator' ? decl.childForFieldName('value') : null;
    const r = auto ? autoDeclared(cx, decl, init) : applyDeclarator(u, decl, base);
    if (r.type.k === 'fn') {
      u.fnTypes[r.name] ??= r.type;
      continue;
    }
    let type = r.type;
    if (type.k === 'array' && type.n === 0 && init?.type === 'initializer_list') {
      type = { ...type, n: impliedLength(cx.u, init) };
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

function autoDeclared(cx: Cx, decl: Node, init: Node | null): { name: string; type: CType } {
  const nameNode = decl.type === 'init_declarator' ? decl.childForFieldName('declarator') : decl;
  if (!init || nameNode?.type !== 'identifier') throw new CompileError(decl, '__auto_type needs a plain name and an initializer');
  let t = typeOfUnevaluated(cx, init);
  if (t.k === 'array') t = ptrTo(t.of);
  else if (t.k === 'fn') t = ptrTo(t);
  if (t.k === 'void') throw new CompileError(init, '__auto_type initializer has type void');
  return { name: nameNode.text, type: t };
}

/**
 * Where an initializer element goes: a slot offset and a type, and, inside an integer cell
 * (a bit-field, a member of an integer union), the bit range of that cell.
 */
export interface InitTarget {
  slot: number;
  type: CType;
  /** Bits of the cell at `slot`: first bit, and a bit-field's width. */
  bit?: number;
  width?: number;
  /** Positional initializers continue after this member (field index) or element. */
  index?: number;
}

/**
 * Brace initializers: `{ 0 }`, `{ 1, 2 }`, `{ .f = fn, .vma = vma }`, `[2 ... 5] = x`, nested.
 * The aggregate is zeroed first; each element is stored through its target.
 */
export function initList(cx: Cx, list: Node, type: CType, idx: number, path: InitTarget[]): void {
  let pos = 0;
  const base: InitTarget = path.length ? path[path.length - 1] : { slot: 0, type };
  for (const item of named(list)) {
    let targets: InitTarget[];
    let valueNode = item;
    if (item.type === 'initializer_pair') {
      // A designator chain such as `[1].b = 9` walks into nested members; a range designator
      // `[0 ... 7]` names every element of the range.
      const chain = item.childrenForFieldName('designator').filter((d): d is Node => !!d);
      valueNode = item.childForFieldName('value')!;
      targets = designateAll(cx, chain[0], base);
      for (const d of chain.slice(1)) targets = targets.flatMap((t) => designateAll(cx, d, t));
    } else {
      targets = [elementAt(cx, item, base, pos)];
    }
    for (const target of targets) initOne(cx, valueNode, target, idx, path);
    pos = nextPos(base.type, targets[targets.length - 1]);
  }
}

function initOne(cx: Cx, valueNode: Node, target: InitTarget, idx: number, path: InitTarget[]): void {
  const { e } = cx;
  if (target.type.k === 'array' && (valueNode.type === 'string_literal' || valueNode.type === 'concatenated_string')) {
    // A char array member initialized from a string.
    if (target.bit !== undefined) throw new CompileError(valueNode, 'a string initializing a char array inside an integer union is not supported');
    storeString(cx, valueNode, target.type, target.slot, cx.u.loc(valueNode));
  } else if (valueNode.type === 'initializer_list') {
    initList(cx, valueNode, target.type, idx, [...path, target]);
  } else {
    const L = cx.u.loc(valueNode);
    e.emit(Op.DUP, 0, undefined, L);
    e.emit(Op.PUSH, 0, BigInt(target.slot), L);
    e.emit(Op.PADD, 1, undefined, L);
    const t = compileExpr(cx, valueNode);
    convert(cx, t, target.type, valueNode, L);
    if (target.bit !== undefined) {
      const width = target.width ?? sizeOf(target.type) * 8;
      e.emit(Op.MSTORE, 0, { struct: '', field: 'initializer', slot: 0, type: target.type, bits: { pos: target.bit, width, signed: false } } satisfies MemberInfo, L);
    } else e.emit(Op.STORE, 0, target.type, L);
    e.emit(Op.POP, 0, undefined, L);
  }
}

/** The length of `T a[] = { ... }`: one past the highest element, designators included. */
export function impliedLength(u: Unit, list: Node): number {
  let pos = 0;
  let max = 0;
  for (const item of named(list)) {
    const des = item.type === 'initializer_pair' ? item.childrenForFieldName('designator')[0] : null;
    if (des?.type === 'subscript_designator') pos = Number(constEval(u, named(des)[0]!));
    else if (des?.type === 'subscript_range_designator') pos = Number(constEval(u, named(des)[1]!));
    pos++;
    max = Math.max(max, pos);
  }
  return max;
}

/** Step from `at` into a field or element. */
function step(at: InitTarget, f: { slot: number; type: CType; offset: number; cellBit?: number; width?: number }, index: number, inCellUnion: boolean): InitTarget {
  if (at.bit !== undefined) {
    // Already inside a cell: every byte offset is a bit offset of the same cell.
    return { slot: at.slot, type: f.type, bit: at.bit + f.offset * 8 + (f.cellBit ?? 0), ...(f.width !== undefined ? { width: f.width } : {}), index };
  }
  if (inCellUnion || f.cellBit !== undefined) {
    return { slot: at.slot + f.slot, type: f.type, bit: f.cellBit ?? 0, ...(f.width !== undefined ? { width: f.width } : {}), index };
  }
  return { slot: at.slot + f.slot, type: f.type, index };
}

function designateAll(cx: Cx, des: Node, at: InitTarget): InitTarget[] {
  const type = at.type;
  if (des.type === 'field_designator') {
    if (type.k !== 'struct') throw new CompileError(des, 'field designator for a non-struct');
    const name = named(des)[0]!.text;
    const f = findField(type.def, name);
    if (!f) throw new CompileError(des, `no member '${name}' in struct ${type.def.tag}`);
    const index = type.def.fields.findIndex((x) => x.name === name);
    return [step(at, f, index < 0 ? type.def.fields.findIndex((x) => x.name === '' && x.type.k === 'struct' && findField(x.type.def, name)) : index, !!type.def.cell)];
  }
  if (des.type === 'subscript_designator' || des.type === 'subscript_range_designator') {
    if (type.k !== 'array') throw new CompileError(des, 'index designator for a non-array');
    const bounds = named(des).map((n) => Number(constEval(cx.u, n)));
    const [lo, hi] = bounds.length > 1 ? bounds : [bounds[0], bounds[0]];
    if (lo < 0 || hi >= type.n || hi < lo) throw new CompileError(des, `array index ${lo === hi ? lo : `${lo} ... ${hi}`} out of range for ${type.n} elements`);
    const out: InitTarget[] = [];
    for (let i = lo; i <= hi; i++) out.push(step(at, { slot: i * slotCount(type.of), type: type.of, offset: i * sizeOf(type.of) }, i, false));
    return out;
  }
  throw new CompileError(des, 'unsupported designator');
}

export function designate(cx: Cx, des: Node, type: CType): { slot: number; type: CType } {
  return designateAll(cx, des, { slot: 0, type })[0];
}

export function slotCount(t: CType): number {
  return t.k === 'struct' ? t.def.slots : t.k === 'array' ? t.n * slotCount(t.of) : 1;
}

/** Members a positional initializer fills: named ones and anonymous structs/unions. */
function positional(def: StructDef): FieldDef[] {
  return def.fields.filter((f) => f.name !== '' || f.type.k === 'struct');
}

/** The element at position `pos` (element or member index) for a positional initializer. */
export function elementAt(cx: Cx, item: Node, at: InitTarget, pos: number): InitTarget {
  const type = at.type;
  void cx;
  if (type.k === 'array') {
    if (pos >= type.n) throw new CompileError(item, 'too many initializers');
    return step(at, { slot: pos * slotCount(type.of), type: type.of, offset: pos * sizeOf(type.of) }, pos, false);
  }
  if (type.k === 'struct') {
    const fields = positional(type.def);
    if (type.def.union ? pos > 0 : pos >= fields.length) throw new CompileError(item, 'too many initializers');
    const f = fields[pos];
    if (!f) throw new CompileError(item, 'too many initializers');
    return step(at, f, pos, !!type.def.cell);
  }
  if (pos > 0) throw new CompileError(item, 'too many initializers for a scalar');
  return { ...at, index: 0 };
}

export function nextPos(type: CType, target: InitTarget): number {
  void type;
  return (target.index ?? 0) + 1;
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
