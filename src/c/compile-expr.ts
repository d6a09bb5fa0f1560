// Expressions: values, identifiers, literals and lvalues. Every expression leaves exactly one
// value on the operand stack (void expressions leave none). Lvalues are compiled to an address
// prefix plus a load/store pair so that assignment, compound assignment and ++/-- work alike on
// locals, C memory and model fields. Operators are in compile-ops.ts, calls and macro
// expansion in compile-call.ts.

import { statementExpression } from './compile-stmt-expr';
import { Op, type MemberInfo } from './ir';
import { parseCharLiteral, parseIntLiteral } from './literals';
import { macroBody, parseMacroText } from './macro-body';
import type { Node } from './parse';
import type { Emitter } from './emitter';
import { assignment, binary, conditional, convert, elemStep, unary, update } from './compile-ops';
import { call, compileInOuter, expandFnMacro, fieldNameOf, macroArg, withExpansion } from './compile-call';
import { stringBytesOf, stringLiteral, stringLiteralText } from './compile-strings';
import { namedType, typeDescriptor } from './compile-types';
import { findField, isAggregate, isInt, promote, ptrTo, sizeOf, T, type CType, type IntType } from './types';
import { memberInfo } from './bitcell';
import { constEval } from './const-eval';
import { typeArgBuiltin } from './builtin-types';
import { typeArgText } from './typeof-names';
import { CompileError, type Unit } from './unit';
import { NULL } from './value';

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

const VOID_PTR = ptrTo(T.void);





/** A type descriptor whose base name is not a type but a function or variable: an expression. */
function isCallLikeType(cx: Cx, tn: Node): boolean {
  const base = tn.childForFieldName('type');
  if (!base || base.type !== 'type_identifier') return false;
  const name = base.text;
  return !cx.u.typedefs[name] && !cx.u.macros[name] && (!!cx.u.fnTypes[name] || cx.e.lookup(name) !== undefined || name in cx.u.globalIndex);
}



/** Expressions whose struct value has no address (calls, ?:, assignments). */
function isRvalueStruct(n: Node): boolean {
  if (n.type === 'parenthesized_expression') return isRvalueStruct(n.namedChildren[0]!);
  return n.type === 'call_expression' || n.type === 'conditional_expression' || n.type === 'assignment_expression' || n.type === 'comma_expression';
}



export function compileExpr(cx: Cx, node: Node): CType {
  const t = compileValue(cx, node);
  return t;
}

/** Compile as an rvalue: arrays decay to pointers, functions to function pointers. */
export function compileValue(cx: Cx, node: Node): CType {
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
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((c) => c && c.type !== 'comment')!;
      if (inner.type === 'compound_statement') return statementExpression(cx, inner, compileValue);
      return compileValue(cx, inner);
    }
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
    case 'alignof_expression': {
      // _Alignof(type) / __alignof__(type): a constant.
      e.emit(Op.PUSH, 0, constEval(u, node), L);
      return { ...T.ulong, name: 'size_t' };
    }
    case 'offsetof_expression':
      // The same constant a BUILD_BUG_ON or an array size sees (const-eval.ts).
      e.emit(Op.PUSH, 0, constEval(u, node), L);
      return { ...T.ulong, name: 'size_t' };
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
    case 'statement_expression': {
      const block = node.namedChildren.find((c) => c && c.type === 'compound_statement');
      if (!block) throw new CompileError(node, 'statement expression without a block');
      return statementExpression(cx, block, compileValue);
    }
    default:
      throw new CompileError(node, `unsupported expression '${node.text.slice(0, 40)}' (${node.type})`);
  }
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
  const builtin = typeArgBuiltin(u, name, node);
  if (builtin !== undefined) {
    // __builtin_offsetof is a size_t, __builtin_types_compatible_p an int.
    e.emit(Op.PUSH, 0, builtin, L);
    return typeArgText(name, 'O') !== undefined ? { ...T.ulong, name: 'size_t' } : T.int;
  }
  if (u.fnTypes[name]) {
    e.emit(Op.PUSH, 0, { t: 'f', name: u.fnName(name) }, L);
    return ptrTo(u.fnTypes[name]);
  }
  const m = u.macros[name];
  if (m && !m.params) {
    const body = macroBody(u, m);
    if (!body && m.refused) throw new CompileError(node, `macro '${name}': ${m.refused}`);
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
        e.emit(Op.PADD, elemStep(it.to), { swap: true, size: sizeOf(it.to) }, L);
        return { kind: 'ptr', type: it.to };
      }
      if (bt.k !== 'ptr' || !isInt(it)) throw new CompileError(node, 'subscript needs a pointer or array and an integer');
      convert(cx, it, T.long, node, L);
      e.emit(Op.PADD, elemStep(bt.to), { size: sizeOf(bt.to) }, L);
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
        const info = memberInfo(vt.def, f);
        if (info.bits && f.type.k !== 'int') throw new CompileError(node, `member '${fieldName}' of a union value that is not an lvalue: assign the union to a variable first`);
        e.emit(Op.AGGGET, f.slot, info.bits ? { cell: info.bits, type: f.type } : f.type, L);
        return { kind: 'value', type: info.bitfield !== undefined ? bitfieldType(f.type as IntType, info.bitfield) : f.type };
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
      const info = memberInfo(st.def, f);
      // A bit-field reads as int when it is narrower than int (its value fits), as gcc does.
      const type = info.bitfield !== undefined ? bitfieldType(f.type as IntType, info.bitfield) : f.type;
      return { kind: 'member', type, info };
    }
    case 'compound_literal_expression': {
      // `(struct range){ .start = a }`: an unnamed object of the enclosing block.
      let t = typeDescriptor(u, node.childForFieldName('type')!);
      const value = node.childForFieldName('value')!;
      if (t.k === 'array' && t.n === 0) t = { ...t, n: value.namedChildren.filter((c) => c && c.type !== 'comment').length };
      if (e.atFileScope) {
        // At file scope (a global's initializer) the object has static storage (C11 6.5.2.5p5).
        if (value.type !== 'initializer_list') throw new CompileError(value, 'compound literal without braces');
        const scalar = !isAggregate(t) ? value.namedChildren.filter((c) => c && c.type !== 'comment') : undefined;
        if (scalar && scalar.length !== 1) throw new CompileError(value, `compound literal of scalar type takes one initializer, not ${scalar.length}`);
        const g = u.defineStatic(`(compound literal, line ${u.lineOf(node)})`, t, node, scalar ? scalar[0]! : value);
        e.emit(Op.GADDR, u.globals[g].region, undefined, L);
        return { kind: 'ptr', type: t };
      }
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

/** The type a bit-field's value has in expressions: bool stays bool, narrower than int is int. */
export function bitfieldType(t: IntType, width: number): IntType {
  if (t.bool) return t;
  return width < 32 ? T.int : t;
}

function addressOfLV(cx: Cx, lv: LV, node: Node, L: number): void {
  if (lv.kind === 'value') throw new CompileError(node, 'cannot take the address of a value');
  if (lv.kind === 'member' && lv.info.bitfield !== undefined) throw new CompileError(node, `cannot take the address of bit-field '${lv.info.field}'`);
  if (lv.kind === 'var') {
    const name = node.type === 'identifier' ? node.text : undefined;
    throw new CompileError(node, `cannot take the address of ${name ? `'${name}'` : 'this local'}: the program never takes it, so it is held as a value, not in memory`);
  }
  if (lv.kind === 'member') cx.e.emit(Op.MADDR, lv.info.slot, lv.info, L);
}

function addressOf(cx: Cx, arg: Node, L: number): CType {
  const { u, e } = cx;
  if (arg.type === 'identifier' && e.lookup(arg.text) === undefined && !(arg.text in u.globalIndex) && u.fnTypes[arg.text]) {
    e.emit(Op.PUSH, 0, { t: 'f', name: u.fnName(arg.text) }, L);
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
  } else if (inner?.type === 'identifier' && cx.e.lookup(inner.text) === undefined && !(inner.text in cx.u.globalIndex) && namedType(cx.u, inner.text)) {
    // sizeof(pte_t): the grammar cannot tell a type name from a variable here.
    t = namedType(cx.u, inner.text)!;
  } else t = typeOfUnevaluated(cx, value!);
  cx.e.emit(Op.PUSH, 0, BigInt(sizeOf(t)), L);
  return { ...T.ulong, name: 'size_t' };
}

/** The type of an expression without keeping its code (sizeof x, typeof-like uses). */
export function typeOfUnevaluated(cx: Cx, node: Node): CType {
  const { e, u } = cx;
  // Outside macro expansions a node always has the same type within its function: operators
  // ask for the type of an operand before compiling it, so remember it.
  const cached = u.expansions.length ? undefined : e.typeCache.get(node.id);
  if (cached) return cached;
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
  if (!u.expansions.length) {
    u.locs.length = locMark;
    e.typeCache.set(node.id, t);
  }
  for (let r = regionMark; r < u.nextRegion; r++) delete u.regions[r];
  return t;
}











export { convert, decay, elemStep } from './compile-ops';
export { expandFnMacro, fieldNameOf, withExpansion } from './compile-call';
export { stringBytesOf } from './compile-strings';
