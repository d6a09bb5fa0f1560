// The run-time side of the generated code (codegen.ts): the slow paths and fault messages the
// generated JavaScript calls when its inlined fast path does not apply. Each helper does what
// the switch interpreter (machine.ts exec) does for the same instruction, with the same faults,
// so both engines give the same results, byte for byte.

import { binop, conv, fncmp, int, pcmp } from './arith';
import type { CmpOp, MemberInfo, Program } from './ir';
import type { Frame, ThreadState } from './machine-state';
import { asPtr, intToPtr, load, loadMember, memberAddr, ptrAdd, ptrToInt, store, storeMember, type Regions } from './memory';
import { SimFault, type ModelMemory } from './native';
import { userAccessInPlace, userLoadAt, userStoreAt } from './user-access';
import { callDepthFault } from './limits';
import type { CType, IntType } from './types';
import { NULL, truthy, UNINIT, type Value } from './value';

/**
 * A frame's empty operand stack, born with the elements kind it will have (values are heap
 * objects: bigints, pointers): a `[]` literal starts as small integers and changes kind at
 * its first push, and V8's allocation-site feedback makes later `[]`s start in the other kind,
 * so code optimised in one run meets a new array map in the next and deoptimises.
 */
export function emptyStack(): Value[] {
  const s: Value[] = [UNINIT];
  s.pop();
  return s;
}

/** Returned by a generated function that has no entry at the frame's pc: run the switch interpreter. */
export const USE_SWITCH = 'switch' as const;

export interface SwitchTable {
  values: bigint[];
  targets: number[];
  dflt: number;
  type: IntType;
  ranges?: { lo: bigint; hi: bigint; target: number }[];
}

/** What generated code reaches as `H`: plain functions, no state of their own. */
export const runtime = {
  USE_SWITCH,
  NULL,
  UNINIT,
  SimFault,
  int,
  conv,
  binop,
  truthy,
  load,
  store,
  loadMember,
  asPtr,
  memberAddr,
  intToPtr,
  /** A user address's load or store in place, or undefined: the interpreter runs it (user-access.ts). */
  user: userAccessInPlace,
  /** A user load or store of a scalar at a known byte offset, or undefined: the interpreter runs it. */
  uload: userLoadAt,
  ustore: userStoreAt,
  /** Push the frame of C function `fi` called with `args` (machine.ts call() for C functions). */
  enter(m: { program: Program; prologue(t: ThreadState, fr: Frame): void }, t: ThreadState, fi: number, args: Value[]): void {
    const f = m.program.functions[fi];
    const vars: Value[] = new Array(f.locals.length).fill(UNINIT);
    for (let k = 0; k < f.params; k++) vars[k] = args[k];
    const nf: Frame = { fn: fi, pc: 0, vars, stack: emptyStack(), regions: [], stmtLoc: -1 };
    t.frames.push(nf);
    m.prologue(t, nf);
  },
  emptyStack,
  callDepth(limit: number): never {
    throw callDepthFault(limit);
  },
  uninitVar(name: string): SimFault {
    return new SimFault('uninitialized', `read of uninitialized variable '${name}'`);
  },
  /** STORE: returns the value stored (the instruction leaves it on the stack). */
  storeValue(mem: Regions, model: ModelMemory, p: Value, type: CType, v: Value): Value {
    store(mem, model, p, type, v);
    return v;
  },
  /** MSTORE: the value as stored (a bit-field keeps only its width). */
  storeMember(mem: Regions, model: ModelMemory, p: Value, info: MemberInfo, v: Value): Value {
    const stored = storeMember(mem, model, p, info, v);
    return stored === undefined ? v : stored;
  },
  /** PADD, operands already in pointer, count order. */
  padd(mem: Regions, model: ModelMemory, p: Value, n: Value, elemSlots: number, size: number | undefined): Value {
    return ptrAdd(mem, model, asPtr(p), int(n), elemSlots, size);
  },
  pcmp(op: CmpOp, av: Value, bv: Value): boolean {
    if ((typeof av === 'object' && av.t === 'f') || (typeof bv === 'object' && bv.t === 'f')) return fncmp(op, av, bv);
    const b = asPtr(bv);
    const a = asPtr(av);
    return pcmp(op, a, b);
  },
  neg(v: Value, type: IntType): bigint {
    const a = conv(int(v), type);
    const r = -a;
    if (type.signed && BigInt.asIntN(type.bits, r) !== r) throw new SimFault('undefined-behaviour', `signed integer overflow: -(${a})`);
    return conv(r, type);
  },
  ptrToInt(v: Value, type: IntType): bigint {
    return conv(ptrToInt(asPtr(v)), type);
  },
  int2ptr(v: Value): Value {
    return typeof v === 'bigint' ? intToPtr(v) : v;
  },
  switchTarget(tb: SwitchTable, x: Value): number {
    const v = conv(int(x), tb.type);
    const k = tb.values.indexOf(v);
    const range = k < 0 && tb.ranges ? tb.ranges.find((r) => v >= r.lo && v <= r.hi) : undefined;
    return k >= 0 ? tb.targets[k] : range ? range.target : tb.dflt;
  },
};

export type Runtime = typeof runtime;
