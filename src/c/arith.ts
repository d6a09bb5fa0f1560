// The C arithmetic of the stack machine on plain values: integer conversion to a width, the
// binary operators with C's rules (and undefined behaviour reported as a fault), comparisons of
// integers, pointers and function pointers.

import type { BinOp, CmpOp } from './ir';
import { SimFault } from './native';
import type { IntType } from './types';
import type { Ptr, Value } from './value';

export function int(v: Value): bigint {
  if (typeof v === 'bigint') return v;
  if (v.t === 'u') throw new SimFault('uninitialized', 'use of an uninitialized value');
  if (v.t === 'p' && v.s === 'null') return 0n;
  throw new SimFault('undefined-behaviour', 'a pointer or aggregate was used as an integer');
}

export function conv(v: bigint, t: IntType): bigint {
  return t.signed ? BigInt.asIntN(t.bits, v) : BigInt.asUintN(t.bits, v);
}

export function binop(op: BinOp, a0: bigint, b0: bigint, type: IntType): bigint {
  const a = conv(a0, type);
  if (op === '<<' || op === '>>') {
    if (b0 < 0n || b0 >= BigInt(type.bits)) {
      throw new SimFault('undefined-behaviour', `shift by ${b0} is out of range for a ${type.bits}-bit ${type.name}`);
    }
    return conv(op === '<<' ? a << b0 : a >> b0, type);
  }
  const b = conv(b0, type);
  let r: bigint;
  switch (op) {
    case '+': r = a + b; break;
    case '-': r = a - b; break;
    case '*': r = a * b; break;
    case '/':
    case '%':
      if (b === 0n) throw new SimFault('div-zero', `${op === '/' ? 'division' : 'modulo'} by zero`);
      r = op === '/' ? a / b : a % b;
      break;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return conv(a ^ b, type);
  }
  if (type.signed && BigInt.asIntN(type.bits, r) !== r) {
    throw new SimFault('undefined-behaviour', `signed integer overflow: ${a} ${op} ${b} does not fit in ${type.name}`);
  }
  return conv(r, type);
}

export function icmp(op: CmpOp, a: bigint, b: bigint): boolean {
  switch (op) {
    case '<': return a < b;
    case '>': return a > b;
    case '<=': return a <= b;
    case '>=': return a >= b;
    case '==': return a === b;
    case '!=': return a !== b;
  }
}

/** Function pointers compare equal when they name the same function; NULL is no function. */
export function fncmp(op: CmpOp, a: Value, b: Value): boolean {
  const name = (v: Value): string => (typeof v === 'object' && v.t === 'f' ? v.name : '');
  if (op !== '==' && op !== '!=') throw new SimFault('undefined-behaviour', 'relational comparison of function pointers');
  return (name(a) === name(b)) === (op === '==');
}

export function pcmp(op: CmpOp, a: Ptr, b: Ptr): boolean {
  const key = (p: Ptr): [number, number, number] => [p.s === 'null' ? -1 : ['c', 'page', 'pt', 'obj', 'u'].indexOf(p.s), p.b, p.i];
  const ka = key(a);
  const kb = key(b);
  const c = ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || (a.bo ?? 0) - (b.bo ?? 0);
  return icmp(op, BigInt(c), 0n);
}

