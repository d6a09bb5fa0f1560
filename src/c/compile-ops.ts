// Operators: arithmetic and comparisons with C's usual conversions, pointer arithmetic,
// assignment and compound assignment, ++/--, logical operators with short-circuit, ?: (and the
// GNU `a ?: b`), and the conversion of a value from one type to another.

import { compileValue, compileLValue, loadLV, storeLV, typeOfUnevaluated, type Cx } from './compile-expr';
import { Op, type BinOp, type CmpOp } from './ir';
import { BYTE_STEP } from './memory';
import type { Node } from './parse';
import { commonType, isInt, promote, ptrTo, sizeOf, slotsOf, T, type CType, type IntType } from './types';
import { CompileError } from './unit';

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

export function assignment(cx: Cx, node: Node, L: number): CType {
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

export function update(cx: Cx, node: Node, L: number): CType {
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
export function arith(cx: Cx, op: BinOp, lt: CType, rt: CType, node: Node, L: number, assign = false): CType {
  const { e } = cx;
  if (lt.k === 'ptr' && isInt(rt) && (op === '+' || op === '-')) {
    convert(cx, rt, T.long, node, L);
    if (op === '-') e.emit(Op.NEG, 0, T.long, L);
    e.emit(Op.PADD, elemStep(lt.to), { size: sizeOf(lt.to) }, L);
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

export function binary(cx: Cx, node: Node, L: number): CType {
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
      e.emit(Op.PADD, elemStep((pt as { to: CType }).to), { swap: true, size: sizeOf((pt as { to: CType }).to) }, L);
      return pt;
    }
    const rt = compileValue(cx, right);
    return arith(cx, bop, isInt(rtPeek) ? commonType(lt, rtPeek) : lt, rt, node, L);
  }
  const rt = compileValue(cx, right);
  return arith(cx, bop, lt, rt, node, L);
}

export function unary(cx: Cx, node: Node, L: number): CType {
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

export function conditional(cx: Cx, node: Node, L: number): CType {
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
    if (from.k === 'ptr') {
      if (from.to.k === 'void' && to.to.k !== 'void' && to.to.k !== 'fn') e.emit(Op.PTYPE, 0, to.to, L);
      return;
    }
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

