// Expressions: type checking with C's conversion rules and code generation for the stack
// machine. Every expression leaves exactly one value on the operand stack (void expressions
// leave none). Lvalues are compiled to an address prefix plus a load/store pair so that
// assignment, compound assignment and ++/-- work alike on locals, C memory and model fields.

import { compileIntrinsic, INTRINSICS } from './intrinsics';
import { Op, type BinOp, type CmpOp, type MemberInfo } from './ir';
import { decodeEscapes, parseCharLiteral, parseIntLiteral } from './literals';
import { macroBody, parseMacroText } from './macro-body';
import { expandText, needsTextual, rawArgs } from './macro-text';
import type { Node } from './parse';
import type { Emitter } from './emitter';
import { typeDescriptor } from './compile-types';
import {
  commonType,
  findField,
  isInt,
  promote,
  ptrTo,
  sizeOf,
  slotsOf,
  T,
  type CType,
  type IntType,
} from './types';
import { CompileError, type Unit } from './unit';
import { NULL } from './value';
import { BYTE_STEP } from './memory';

export type LV =
  | { kind: 'var'; idx: number; type: CType }
  | { kind: 'ptr'; type: CType }
  | { kind: 'member'; info: MemberInfo; type: CType }
  /** Already a value on the stack (a member of an rvalue struct): loadable, not assignable. */
  | { kind: 'value'; type: CType };

/** Set by compile-stmt (brace initializers live there); avoids a circular import. */
let initListHook: ((cx: Cx, list: Node, type: CType) => void) | undefined;
export function setInitListHook(f: (cx: Cx, list: Node, type: CType) => void): void {
  initListHook = f;
}

export interface Cx {
  u: Unit;
  e: Emitter;
}

const CHAR_PTR = ptrTo(T.char);
const VOID_PTR = ptrTo(T.void);

function args(node: Node): Node[] {
  return (node.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (c): c is Node => !!c && c.type !== 'comment',
  );
}

/** Run `f` inside a macro expansion; errors are re-anchored at the use site. */
export function withExpansion<R>(cx: Cx, use: Node, name: string, bind: Record<string, Node>, f: () => R): R {
  const { u } = cx;
  if (u.expansions.length > 32) throw new CompileError(use, `macro '${name}' expands recursively`);
  const loc = u.loc(use);
  const exp = u.expansions.length;
  const argsBound: Record<string, { node: Node; exp: number }> = {};
  for (const [k, v] of Object.entries(bind)) argsBound[k] = { node: v, exp };
  u.expansions.unshift({ loc, args: argsBound, name });
  try {
    return f();
  } catch (err) {
    if (err instanceof CompileError && u.expansions.length === exp + 1) {
      throw new CompileError(use, `in expansion of macro '${name}': ${err.message}`);
    }
    throw err;
  } finally {
    u.expansions.shift();
  }
}

/** A macro parameter bound at the innermost expansion: compile its argument outside it. */
function macroArg(cx: Cx, name: string): { node: Node; exp: number } | undefined {
  const top = cx.u.expansions[0];
  return top?.args[name];
}

function isTypeofCall(paren: Node): boolean {
  const inner = paren.namedChildren[0];
  const f = inner?.type === 'call_expression' ? inner.childForFieldName('function') : null;
  return !!f && (f.text === 'typeof' || f.text === '__typeof__') && args(inner!).length === 1;
}

/** A type descriptor whose base name is not a type but a function or variable: an expression. */
function isCallLikeType(cx: Cx, tn: Node): boolean {
  const base = tn.childForFieldName('type');
  if (!base || base.type !== 'type_identifier') return false;
  const name = base.text;
  return !cx.u.typedefs[name] && !cx.u.macros[name] && (!!cx.u.fnTypes[name] || cx.e.lookup(name) !== undefined || name in cx.u.globalIndex);
}

/** Arrays and functions used as values become pointers. */
export function decay(t: CType): CType {
  if (t.k === 'array') return ptrTo(t.of);
  if (t.k === 'fn') return ptrTo(t);
  return t;
}

/** PADD step of a pointer's element: slots, or a byte step for char and void pointers. */
export function elemStep(t: CType): number {
  return t.k === 'void' || (t.k === 'int' && t.bits === 8) ? BYTE_STEP : slotsOf(t);
}

/** Expressions whose struct value has no address (calls, ?:, assignments). */
function isRvalueStruct(n: Node): boolean {
  if (n.type === 'parenthesized_expression') return isRvalueStruct(n.namedChildren[0]!);
  return n.type === 'call_expression' || n.type === 'conditional_expression' || n.type === 'assignment_expression' || n.type === 'comma_expression';
}

/** A member name inside a macro body may be a macro parameter (`&pos->member`). */
export function fieldNameOf(cx: Cx, name: string): string {
  let depth = 0;
  let n = name;
  while (depth < cx.u.expansions.length) {
    const b = cx.u.expansions[depth].args[n];
    if (!b) break;
    n = b.node.text.trim();
    depth++;
  }
  return n;
}

function compileInOuter<R>(cx: Cx, f: () => R): R {
  const saved = cx.u.expansions.shift()!;
  try {
    return f();
  } finally {
    cx.u.expansions.unshift(saved);
  }
}

export function compileExpr(cx: Cx, node: Node): CType {
  const t = compileValue(cx, node);
  return t;
}

/** Compile as an rvalue: arrays decay to pointers, functions to function pointers. */
function compileValue(cx: Cx, node: Node): CType {
  const { u, e } = cx;
  const L = u.loc(node);
  switch (node.type) {
    case 'number_literal': {
      // tree-sitter folds a leading minus into the literal: `-7` is negation of 7.
      const neg = node.text.startsWith('-');
      const lit = parseIntLiteral(neg ? node.text.slice(1).trim() : node.text);
      if (neg && lit) {
        e.emit(Op.PUSH, 0, lit.value, L);
        const pt = promote(lit.type);
        e.emit(Op.NEG, 0, pt, L);
        return pt;
      }
      if (!lit) throw new CompileError(node, `unsupported number literal '${node.text}' (floating point is not in the subset)`);
      e.emit(Op.PUSH, 0, lit.type.signed ? BigInt.asIntN(lit.type.bits, lit.value) : lit.value, L);
      return lit.type;
    }
    case 'char_literal':
      e.emit(Op.PUSH, 0, parseCharLiteral(node.text), L);
      return T.int;
    case 'true':
      e.emit(Op.PUSH, 0, 1n, L);
      return T.bool;
    case 'false':
      e.emit(Op.PUSH, 0, 0n, L);
      return T.bool;
    case 'null':
      e.emit(Op.PUSH, 0, NULL, L);
      return VOID_PTR;
    case 'string_literal':
    case 'concatenated_string':
      return stringLiteral(cx, node, L);
    case 'parenthesized_expression':
      return compileValue(cx, node.namedChildren.find((c) => c && c.type !== 'comment')!);
    case 'identifier':
      return identifier(cx, node, L);
    case 'call_expression':
      return call(cx, node, L);
    case 'assignment_expression':
      return assignment(cx, node, L);
    case 'update_expression':
      return update(cx, node, L);
    case 'binary_expression':
      return binary(cx, node, L);
    case 'unary_expression':
      return unary(cx, node, L);
    case 'conditional_expression':
      return conditional(cx, node, L);
    case 'comma_expression': {
      const lt = compileValue(cx, node.childForFieldName('left')!);
      if (lt.k !== 'void') e.emit(Op.POP, 0, undefined, L);
      return compileValue(cx, node.childForFieldName('right')!);
    }
    case 'cast_expression': {
      const to = typeDescriptor(u, node.childForFieldName('type')!);
      const from = compileValue(cx, node.childForFieldName('value')!);
      if (to.k === 'void') {
        if (from.k !== 'void') e.emit(Op.POP, 0, undefined, L);
        return T.void;
      }
      convert(cx, from, to, node, L, true);
      return to;
    }
    case 'sizeof_expression':
      return sizeofExpr(cx, node, L);
    case 'offsetof_expression': {
      const t = typeDescriptor(u, node.childForFieldName('type')!);
      const member = node.childForFieldName('member')!.text;
      if (t.k !== 'struct') throw new CompileError(node, 'offsetof needs a struct type');
      const f = findField(t.def, member);
      if (!f) throw new CompileError(node, `struct ${t.def.tag} has no member '${member}'`);
      e.emit(Op.PUSH, 0, BigInt(f.offset), L);
      return { ...T.ulong, name: 'size_t' };
    }
    case 'pointer_expression': {
      const op = node.childForFieldName('operator')!.text;
      if (op === '&') return addressOf(cx, node.childForFieldName('argument')!, L);
      return loadLV(cx, compileLValue(cx, node), L);
    }
    case 'field_expression':
    case 'subscript_expression':
      return loadLV(cx, compileLValue(cx, node), L);
    case 'compound_literal_expression':
      return loadLV(cx, compileLValue(cx, node), L);
    case 'gnu_asm_expression':
      throw new CompileError(node, 'inline assembly is not supported');
    case 'statement_expression':
      throw new CompileError(node, 'statement expressions ({ ... }) are not supported');
    default:
      throw new CompileError(node, `unsupported expression '${node.text.slice(0, 40)}' (${node.type})`);
  }
}

function stringLiteral(cx: Cx, node: Node, L: number): CType {
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
    bytes.push(...decodeEscapes(raw.slice(raw.indexOf('"') + 1, raw.lastIndexOf('"'))));
  }
  bytes.push(0);
  return bytes;
}

function stringLiteralText(cx: Cx, text: string, L: number): CType {
  const bytes = [...new TextEncoder().encode(text), 0];
  const region = cx.u.allocRegion(`"${text}"`, bytes.map((b) => BigInt(b)), true);
  cx.e.emit(Op.PUSH, 0, { t: 'p', s: 'c', b: region, i: 0 }, L);
  return CHAR_PTR;
}

function identifier(cx: Cx, node: Node, L: number): CType {
  const { u, e } = cx;
  const name = node.text;
  const bound = macroArg(cx, name);
  if (bound) return compileInOuter(cx, () => compileValue(cx, bound.node));
  const idx = e.lookup(name);
  if (idx !== undefined || name in u.globalIndex) return loadLV(cx, compileLValue(cx, node), L);
  if (name === '__func__' || name === '__FUNCTION__') return stringLiteralText(cx, e.fnName, L);
  if (name in u.enumConsts) {
    e.emit(Op.PUSH, 0, u.enumConsts[name], L);
    return T.int;
  }
  if (u.fnTypes[name]) {
    e.emit(Op.PUSH, 0, { t: 'f', name }, L);
    return ptrTo(u.fnTypes[name]);
  }
  const m = u.macros[name];
  if (m && !m.params) {
    const body = macroBody(u, m);
    if (!body) throw new CompileError(node, m.bad ? `macro '${name}' is not a C expression` : `macro '${name}' expands to nothing`);
    if (m.stmt) throw new CompileError(node, `macro '${name}' is a statement, not an expression`);
    return withExpansion(cx, node, name, {}, () => compileValue(cx, body));
  }
  if (m) throw new CompileError(node, `function-like macro '${name}' used without arguments`);
  throw new CompileError(node, `unknown identifier '${name}'`);
}

/** Compile an lvalue: emits the address prefix and says how to load/store it. */
export function compileLValue(cx: Cx, node: Node): LV {
  const { u, e } = cx;
  const L = u.loc(node);
  switch (node.type) {
    case 'parenthesized_expression':
      return compileLValue(cx, node.namedChildren.find((c) => c && c.type !== 'comment')!);
    case 'identifier': {
      const name = node.text;
      const bound = macroArg(cx, name);
      if (bound) return compileInOuter(cx, () => compileLValue(cx, bound.node));
      const idx = e.lookup(name);
      if (idx !== undefined && idx < 0) {
        const g = u.globals[-idx - 1];
        e.emit(Op.GADDR, g.region, undefined, L);
        return { kind: 'ptr', type: g.type };
      }
      if (idx !== undefined) {
        const local = e.locals[idx];
        if (local.mem) {
          e.emit(Op.LVAR, idx, undefined, L);
          return { kind: 'ptr', type: local.type };
        }
        return { kind: 'var', idx, type: local.type };
      }
      const g = u.globalIndex[name];
      if (g !== undefined) {
        e.emit(Op.GADDR, u.globals[g].region, undefined, L);
        return { kind: 'ptr', type: u.globals[g].type };
      }
      const m = u.macros[name];
      if (m && !m.params) {
        const body = macroBody(u, m);
        if (body && !m.stmt) return withExpansion(cx, node, name, {}, () => compileLValue(cx, body));
      }
      throw new CompileError(node, `'${name}' is not an assignable variable`);
    }
    case 'pointer_expression': {
      if (node.childForFieldName('operator')!.text !== '*') throw new CompileError(node, 'not an lvalue');
      const pt = compileValue(cx, node.childForFieldName('argument')!);
      if (pt.k !== 'ptr') throw new CompileError(node, `cannot dereference a value of type ${pt.name ?? pt.k}`);
      if (pt.to.k === 'void') throw new CompileError(node, 'dereferencing a void pointer');
      return { kind: 'ptr', type: pt.to };
    }
    case 'subscript_expression': {
      const bt = compileValue(cx, node.childForFieldName('argument')!);
      const it = compileValue(cx, node.childForFieldName('index')!);
      // E1[E2] is *((E1) + (E2)): either operand may be the pointer (`2[a]`).
      if (isInt(bt) && it.k === 'ptr') {
        e.emit(Op.PADD, elemStep(it.to), 'swap', L);
        return { kind: 'ptr', type: it.to };
      }
      if (bt.k !== 'ptr' || !isInt(it)) throw new CompileError(node, 'subscript needs a pointer or array and an integer');
      convert(cx, it, T.long, node, L);
      e.emit(Op.PADD, elemStep(bt.to), undefined, L);
      return { kind: 'ptr', type: bt.to };
    }
    case 'field_expression': {
      const arrow = node.childForFieldName('operator')!.text === '->';
      const arg = node.childForFieldName('argument')!;
      const fieldName = fieldNameOf(cx, node.childForFieldName('field')!.text);
      let st: CType;
      if (arrow) {
        const pt = compileValue(cx, arg);
        if (pt.k !== 'ptr' || pt.to.k !== 'struct') throw new CompileError(node, `'->' on a value that is not a pointer to a struct`);
        st = pt.to;
      } else if (isRvalueStruct(arg)) {
        // `f(x).end`: a member of a struct value that has no address.
        const vt = compileValue(cx, arg);
        if (vt.k !== 'struct') throw new CompileError(node, `'.' on a value that is not a struct`);
        const f = findField(vt.def, fieldName);
        if (!f) throw new CompileError(node.childForFieldName('field')!, `struct ${vt.def.tag} has no member '${fieldName}'`);
        e.emit(Op.AGGGET, f.slot, f.type, L);
        return { kind: 'value', type: f.type };
      } else {
        const lv = compileLValue(cx, arg);
        if (lv.type.k !== 'struct') throw new CompileError(node, `'.' on a value that is not a struct`);
        addressOfLV(cx, lv, node, L);
        st = lv.type;
      }
      if (st.k !== 'struct') throw new CompileError(node, 'not a struct');
      if (!st.def.complete) throw new CompileError(node, `struct ${st.def.tag} is incomplete (declare its fields in a header)`);
      const f = findField(st.def, fieldName);
      if (!f) throw new CompileError(node.childForFieldName('field')!, `struct ${st.def.tag} has no member '${fieldName}'`);
      return { kind: 'member', type: f.type, info: { struct: st.def.tag, field: f.name, slot: f.slot, type: f.type } };
    }
    case 'compound_literal_expression': {
      // `(struct range){ .start = a }`: an unnamed object of the enclosing block.
      let t = typeDescriptor(u, node.childForFieldName('type')!);
      const value = node.childForFieldName('value')!;
      if (t.k === 'array' && t.n === 0) t = { ...t, n: value.namedChildren.filter((c) => c && c.type !== 'comment').length };
      const idx = e.declare(`(${t.name ?? 'compound literal'})`, t, true, node.startPosition.row + 1);
      e.locals[idx].temp = true;
      e.emit(Op.ALLOCL, idx, { type: t, init: false }, L);
      e.emit(Op.LVAR, idx, undefined, L);
      e.emit(Op.ZEROAGG, 0, t, L);
      if (value.type === 'initializer_list') initListHook!(cx, value, t);
      else throw new CompileError(value, 'compound literal without braces');
      return { kind: 'ptr', type: t };
    }
    case 'call_expression': {
      const fn = node.childForFieldName('function')!;
      const m = fn.type === 'identifier' && e.lookup(fn.text) === undefined ? u.macros[fn.text] : undefined;
      if (m?.params) return expandFnMacro(cx, node, m.name, (body) => compileLValue(cx, body));
      throw new CompileError(node, 'a function call is not an lvalue');
    }
    default:
      throw new CompileError(node, `'${node.text.slice(0, 40)}' is not an lvalue`);
  }
}

/** Load through an lvalue whose prefix is on the stack; arrays decay to a pointer. */
export function loadLV(cx: Cx, lv: LV, L: number): CType {
  const { e } = cx;
  if (lv.type.k === 'array') {
    if (lv.kind === 'member') e.emit(Op.MADDR, lv.info.slot, lv.info, L);
    else if (lv.kind === 'var') throw new Error('array local not in memory');
    return ptrTo(lv.type.of);
  }
  if (lv.type.k === 'fn') return ptrTo(lv.type);
  if (lv.kind === 'value') return lv.type;
  if (lv.kind === 'var') e.emit(Op.LVAR, lv.idx, undefined, L);
  else if (lv.kind === 'ptr') e.emit(Op.LOAD, 0, lv.type, L);
  else e.emit(Op.MLOAD, lv.info.slot, lv.info, L);
  return lv.type;
}

/** Store the value on top of the stack (already converted) through an lvalue; leaves it. */
export function storeLV(cx: Cx, lv: LV, L: number, node?: Node): void {
  const { e } = cx;
  if (lv.kind === 'value') throw new CompileError(node ?? ({} as Node), 'assignment to a member of a value that is not an lvalue');
  if (lv.kind === 'var') e.emit(Op.SVAR, lv.idx, undefined, L);
  else if (lv.kind === 'ptr') e.emit(Op.STORE, 0, lv.type, L);
  else e.emit(Op.MSTORE, lv.info.slot, lv.info, L);
}

function addressOfLV(cx: Cx, lv: LV, node: Node, L: number): void {
  if (lv.kind === 'value') throw new CompileError(node, 'cannot take the address of a value');
  if (lv.kind === 'var') throw new CompileError(node, 'internal: address of a register local');
  if (lv.kind === 'member') cx.e.emit(Op.MADDR, lv.info.slot, lv.info, L);
}

function addressOf(cx: Cx, arg: Node, L: number): CType {
  const { u, e } = cx;
  if (arg.type === 'identifier' && e.lookup(arg.text) === undefined && !(arg.text in u.globalIndex) && u.fnTypes[arg.text]) {
    e.emit(Op.PUSH, 0, { t: 'f', name: arg.text }, L);
    return ptrTo(u.fnTypes[arg.text]);
  }
  const lv = compileLValue(cx, arg);
  addressOfLV(cx, lv, arg, L);
  return ptrTo(lv.type);
}

function sizeofExpr(cx: Cx, node: Node, L: number): CType {
  const tn = node.childForFieldName('type');
  let t: CType;
  const value = node.childForFieldName('value');
  const inner = value?.type === 'parenthesized_expression' ? value.namedChildren[0] : value;
  if (tn && isCallLikeType(cx, tn)) {
    // `sizeof(f())`: read as an abstract function type by the grammar, but f is a function.
    const expr = parseMacroText(tn.text);
    if (!expr) throw new CompileError(tn, `cannot read sizeof(${tn.text})`);
    t = typeOfUnevaluated(cx, expr);
  } else if (tn) t = typeDescriptor(cx.u, tn);
  else if (inner?.type === 'string_literal' || inner?.type === 'concatenated_string') {
    t = { k: 'array', of: T.char, n: stringBytesOf(cx, inner).length };
  } else if (inner?.type === 'identifier' && cx.e.lookup(inner.text) === undefined && !(inner.text in cx.u.globalIndex) && cx.u.typedefs[inner.text]) {
    // sizeof(pte_t): the grammar cannot tell a typedef name from a variable here.
    t = cx.u.typedefs[inner.text];
  } else t = typeOfUnevaluated(cx, value!);
  cx.e.emit(Op.PUSH, 0, BigInt(sizeOf(t)), L);
  return { ...T.ulong, name: 'size_t' };
}

/** The type of an expression without keeping its code (sizeof x, typeof-like uses). */
export function typeOfUnevaluated(cx: Cx, node: Node): CType {
  const { e, u } = cx;
  const mark = e.code.length;
  const locMark = u.locs.length;
  const regionMark = u.nextRegion;
  let t: CType;
  // sizeof arr must not decay: look for an lvalue of array type first.
  try {
    const lv = compileLValue(cx, node);
    t = lv.type;
  } catch {
    e.code.length = mark;
    t = compileValue(cx, node);
  }
  e.code.length = mark;
  if (!u.expansions.length) u.locs.length = locMark;
  for (let r = regionMark; r < u.nextRegion; r++) delete u.regions[r];
  return t;
}

export function expandFnMacro<R>(cx: Cx, node: Node, name: string, f: (body: Node) => R): R {
  const m = cx.u.macros[name];
  const a = args(node);
  const params = m.params ?? [];
  const given = rawArgs(node.childForFieldName('arguments')!).length;
  if (!m.variadic && given !== params.length)
    throw new CompileError(node, `macro '${name}' takes ${params.length} argument(s), ${given} given`);
  const argList = node.childForFieldName('arguments')!;
  if (needsTextual(m, a, argList, (n) => !!cx.u.typedefs[n] && cx.e.lookup(n) === undefined)) {
    const expanded = expandText(cx.u, m, argList);
    if (!expanded) throw new CompileError(node, `macro '${name}' does not expand to a C expression or statement here`);
    // Arguments are already inside the text: no parameter bindings in this expansion.
    return withExpansion(cx, node, name, {}, () => f(expanded));
  }
  const body = macroBody(cx.u, m);
  if (!body) throw new CompileError(node, m.bad ? `macro '${name}' has a body that is not a C expression or statement (token pasting or stringification are not supported)` : `macro '${name}' expands to nothing`);
  const bind: Record<string, Node> = {};
  params.forEach((p, i) => (bind[p] = a[i]));
  return withExpansion(cx, node, name, bind, () => f(body));
}

function call(cx: Cx, node: Node, L: number): CType {
  const { u, e } = cx;
  const fn = node.childForFieldName('function')!;
  const a = args(node);
  if (fn.type === 'parenthesized_expression' && isTypeofCall(fn)) {
    // `(typeof(x))(a)`: the grammar reads a typeof cast as a call; it is a cast of `a`.
    if (a.length !== 1) throw new CompileError(node, 'a typeof cast takes one operand');
    const to = typeOfUnevaluated(cx, args(fn.namedChildren[0]!)[0]);
    convert(cx, compileValue(cx, a[0]), to, a[0], L, true);
    return to;
  }
  if (fn.type === 'identifier' && e.lookup(fn.text) === undefined && !macroArg(cx, fn.text) && !(fn.text in u.globalIndex)) {
    const name = fn.text;
    if (INTRINSICS.has(name) && !u.fnTypes[name]) return compileIntrinsic(cx, name, node, a, L);
    const m = u.macros[name];
    if (m?.params) {
      return expandFnMacro(cx, node, name, (body) => {
        if (m.stmt) throw new CompileError(node, `macro '${name}' is a statement; it cannot be used as a value`);
        return compileValue(cx, body);
      });
    }
    const ft = u.fnTypes[name];
    if (!ft) throw new CompileError(fn, `call to undeclared function '${name}'`);
    pushArgs(cx, ft, a, node, L);
    e.emit(Op.CALL, a.length, name, L);
    const info = (u.stmtInfo[e.curStmt] ??= {});
    (info.natives ??= []).push(name);
    return ft.ret;
  }
  const ct = compileValue(cx, fn);
  const ft = ct.k === 'ptr' && ct.to.k === 'fn' ? ct.to : ct.k === 'fn' ? ct : undefined;
  if (!ft) throw new CompileError(fn, 'called object is not a function or function pointer');
  pushArgs(cx, ft, a, node, L);
  e.emit(Op.CALLI, a.length, undefined, L);
  return ft.ret;
}

function pushArgs(cx: Cx, ft: CType & { k: 'fn' }, a: Node[], node: Node, L: number): void {
  if (a.length < ft.params.length || (!ft.variadic && a.length > ft.params.length))
    throw new CompileError(node, `expected ${ft.params.length} argument(s), got ${a.length}`);
  a.forEach((arg, i) => {
    const t = compileValue(cx, arg);
    if (i < ft.params.length) convert(cx, t, ft.params[i], arg, L);
    else if (isInt(t)) convert(cx, t, promote(t), arg, L); // default argument promotions
  });
}

function assignment(cx: Cx, node: Node, L: number): CType {
  const op = node.childForFieldName('operator')!.text;
  const lv = compileLValue(cx, node.childForFieldName('left')!);
  const right = node.childForFieldName('right')!;
  if (op === '=') {
    const rt = compileValue(cx, right);
    convert(cx, rt, lv.type, right, L);
    storeLV(cx, lv, L);
    return lv.type;
  }
  if (lv.kind !== 'var') cx.e.emit(Op.DUP, 0, undefined, L);
  const cur = loadLV(cx, lv, L);
  const bop = op.slice(0, -1) as BinOp;
  const rt = compileValue(cx, right);
  arith(cx, bop, cur, rt, node, L, true);
  storeLV(cx, lv, L);
  return lv.type;
}

function update(cx: Cx, node: Node, L: number): CType {
  const { e } = cx;
  const opText = node.childForFieldName('operator')!.text;
  const arg = node.childForFieldName('argument')!;
  const prefix = node.firstChild!.type === '++' || node.firstChild!.type === '--';
  const lv = compileLValue(cx, arg);
  if (lv.kind !== 'var') e.emit(Op.DUP, 0, undefined, L);
  const t = loadLV(cx, lv, L);
  let tmp = -1;
  if (!prefix) {
    tmp = e.temp(t);
    e.emit(Op.SVAR, tmp, undefined, L);
  }
  e.emit(Op.PUSH, 0, 1n, L);
  arith(cx, opText === '++' ? '+' : '-', t, T.int, node, L, true);
  storeLV(cx, lv, L);
  if (!prefix) {
    e.emit(Op.POP, 0, undefined, L);
    e.emit(Op.LVAR, tmp, undefined, L);
  }
  return t;
}

/**
 * Arithmetic on the two values on top of the stack (left below right). With `assign`, the
 * result is converted back to the left operand's type (compound assignment).
 */
function arith(cx: Cx, op: BinOp, lt: CType, rt: CType, node: Node, L: number, assign = false): CType {
  const { e } = cx;
  if (lt.k === 'ptr' && isInt(rt) && (op === '+' || op === '-')) {
    convert(cx, rt, T.long, node, L);
    if (op === '-') e.emit(Op.NEG, 0, T.long, L);
    e.emit(Op.PADD, elemStep(lt.to), undefined, L);
    return lt;
  }
  if (isInt(lt) && rt.k === 'ptr' && op === '+' && !assign) {
    throw new CompileError(node, 'write pointer arithmetic as pointer + integer');
  }
  if (lt.k === 'ptr' && rt.k === 'ptr' && op === '-' && !assign) {
    e.emit(Op.PDIFF, slotsOf(lt.to), sizeOf(lt.to), L);
    return T.long;
  }
  if (!isInt(lt) || !isInt(rt)) throw new CompileError(node, `invalid operands to '${op}'`);
  if (op === '<<' || op === '>>') {
    const pl = promote(lt);
    convert(cx, rt, promote(rt), node, L);
    // The left operand is below the right: convert it in place with a swap-free trick —
    // CONV is applied by BIN itself for shifts (it knows the left type).
    e.emit(Op.BIN, 0, { op, type: pl, ltype: lt }, L);
    if (assign) convert(cx, pl, lt, node, L);
    return assign ? lt : pl;
  }
  const ct = commonType(lt, rt);
  convert(cx, rt, ct, node, L);
  e.emit(Op.BIN, 0, { op, type: ct, ltype: lt }, L);
  if (assign) convert(cx, ct, lt, node, L);
  return assign ? lt : ct;
}

function binary(cx: Cx, node: Node, L: number): CType {
  const { e } = cx;
  const op = node.childForFieldName('operator')!.text;
  const left = node.childForFieldName('left')!;
  const right = node.childForFieldName('right')!;
  if (op === '&&' || op === '||') {
    const lt = compileValue(cx, left);
    convert(cx, lt, T.bool, left, L);
    const j = e.emit(op === '&&' ? Op.JZ : Op.JNZ, 0, true, L);
    const rt = compileValue(cx, right);
    convert(cx, rt, T.bool, right, L);
    const end = e.emit(Op.JMP, 0, undefined, L);
    e.patch(j);
    e.emit(Op.PUSH, 0, op === '&&' ? 0n : 1n, L);
    e.patch(end);
    return T.int;
  }
  const lt = compileValue(cx, left);
  if (['<', '>', '<=', '>=', '==', '!='].includes(op)) {
    if (lt.k === 'ptr') {
      const rt = compileValue(cx, right);
      if (rt.k !== 'ptr' && !isInt(rt)) throw new CompileError(node, `invalid comparison`);
      e.emit(Op.PCMP, 0, op as CmpOp, L);
      return T.int;
    }
    if (!isInt(lt)) throw new CompileError(left, `invalid operand to '${op}'`);
    // Convert the left operand before the right is pushed.
    const rtPeek = typeOfUnevaluated(cx, right);
    if (rtPeek.k === 'ptr') {
      compileValue(cx, right);
      e.emit(Op.PCMP, 0, op as CmpOp, L);
      return T.int;
    }
    if (!isInt(rtPeek)) throw new CompileError(right, `invalid operand to '${op}'`);
    const ct = commonType(lt, rtPeek);
    convert(cx, lt, ct, left, L);
    const rt = compileValue(cx, right);
    convert(cx, rt, ct, right, L);
    e.emit(Op.CMP, 0, { op, type: ct }, L);
    return T.int;
  }
  const bop = op as BinOp;
  if (isInt(lt) && bop !== '<<' && bop !== '>>') {
    const rtPeek = typeOfUnevaluated(cx, right);
    if (isInt(rtPeek)) convert(cx, lt, commonType(lt, rtPeek), left, L);
    else if (rtPeek.k === 'ptr' && bop === '+') {
      // int + ptr: compute as ptr + int by pushing the pointer second and swapping roles.
      convert(cx, lt, T.long, left, L);
      const pt = compileValue(cx, right);
      e.emit(Op.PADD, elemStep((pt as { to: CType }).to), 'swap', L);
      return pt;
    }
    const rt = compileValue(cx, right);
    return arith(cx, bop, isInt(rtPeek) ? commonType(lt, rtPeek) : lt, rt, node, L);
  }
  const rt = compileValue(cx, right);
  return arith(cx, bop, lt, rt, node, L);
}

function unary(cx: Cx, node: Node, L: number): CType {
  const { e } = cx;
  const op = node.childForFieldName('operator')!.text;
  const arg = node.childForFieldName('argument')!;
  const t = compileValue(cx, arg);
  if (op === '!') {
    if (t.k !== 'ptr' && !isInt(t)) throw new CompileError(node, `invalid operand to '!'`);
    e.emit(Op.NOT, 0, undefined, L);
    return T.int;
  }
  if (!isInt(t)) throw new CompileError(node, `invalid operand to '${op}'`);
  const pt = promote(t);
  convert(cx, t, pt, arg, L);
  if (op === '-') e.emit(Op.NEG, 0, pt, L);
  else if (op === '~') e.emit(Op.BNOT, 0, pt, L);
  else if (op !== '+') throw new CompileError(node, `unsupported operator '${op}'`);
  return pt;
}

function conditional(cx: Cx, node: Node, L: number): CType {
  const { e } = cx;
  const cond = node.childForFieldName('condition')!;
  const cons = node.childForFieldName('consequence');
  const alt = node.childForFieldName('alternative')!;
  if (!cons) {
    // GNU `a ?: b`: a is evaluated once and is the result when non-zero.
    const ta = compileValue(cx, cond);
    const tb = decay(typeOfUnevaluated(cx, alt));
    const rt: CType = isInt(ta) && isInt(tb) ? commonType(ta, tb) : ta;
    convert(cx, ta, rt, cond, L);
    e.emit(Op.DUP, 0, undefined, L);
    const jnz = e.emit(Op.JNZ, 0, undefined, L);
    e.emit(Op.POP, 0, undefined, L);
    convert(cx, compileValue(cx, alt), rt, alt, L);
    e.patch(jnz);
    return rt;
  }
  const ct = compileValue(cx, cond);
  convert(cx, ct, T.bool, cond, L);
  const tA = decay(typeOfUnevaluated(cx, cons));
  const tB = decay(typeOfUnevaluated(cx, alt));
  const result: CType = isInt(tA) && isInt(tB) ? commonType(tA, tB) : tA.k === 'ptr' ? tA : tB;
  const jz = e.emit(Op.JZ, 0, undefined, L);
  convert(cx, compileValue(cx, cons), result, cons, L);
  const jend = e.emit(Op.JMP, 0, undefined, L);
  e.patch(jz);
  convert(cx, compileValue(cx, alt), result, alt, L);
  e.patch(jend);
  return result;
}

/** Emit the conversion of the value on top of the stack from `from` to `to`. */
export function convert(cx: Cx, from: CType, to: CType, node: Node, L: number, explicit = false): void {
  const { e } = cx;
  if (to.k === 'void') return;
  if (isInt(to)) {
    if (to.bool) {
      if (from.k === 'ptr' || isInt(from)) e.emit(Op.TOBOOL, 0, undefined, L);
      else throw new CompileError(node, `cannot convert to bool`);
      return;
    }
    if (isInt(from)) {
      if (from.bits !== to.bits || from.signed !== to.signed) e.emit(Op.CONV, 0, to as IntType, L);
      return;
    }
    if (from.k === 'ptr') {
      if (!explicit && to.bits !== 64) throw new CompileError(node, 'pointer converted to a narrow integer');
      e.emit(Op.PTR2INT, 0, to, L);
      return;
    }
    throw new CompileError(node, `cannot convert ${from.k} to an integer`);
  }
  if (to.k === 'ptr') {
    if (from.k === 'ptr') return;
    if (isInt(from)) {
      e.emit(Op.INT2PTR, 0, undefined, L);
      return;
    }
    if (from.k === 'fn') return;
    throw new CompileError(node, `cannot convert ${from.k} to a pointer`);
  }
  if (to.k === 'struct') {
    if (from.k !== 'struct' || from.def !== to.def) throw new CompileError(node, `incompatible struct types`);
    return;
  }
  throw new CompileError(node, `cannot convert to ${to.k}`);
}
