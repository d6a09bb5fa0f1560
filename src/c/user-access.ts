// Loads and stores through user virtual addresses (Space 'u', value.ts), the interpreter's side
// of user programs (issue 12). A user pointer is an address in the address space of the thread
// that dereferences it; the model (ModelMemory.user, src/mm/user-memory.ts) translates it
// through that process's TLB and page tables. When the page is not there (pte_none, a
// read-only pte written, a migration or device-private entry), the access is a page fault:
// the machine pushes a frame of the kernel's C fault path (fault_in_user_page in
// kernel/mm/memory.c) on the thread, marked as a trap, and leaves the faulting instruction's pc
// and operands where they are; when the handler returns 0 the instruction runs again, exactly
// as a CPU restarts a faulting instruction. An error return, or an access the VMA does not
// allow, is SIGSEGV (fault kind 'segv') at the faulting line. Execution state stays plain data:
// the trap is a field of the handler's frame (machine-state.ts), nothing waits in JavaScript.

import type { Insn, MemberInfo, Program } from './ir';
import type { Frame, StepOutcome, ThreadState } from './machine-state';
import { SimFault, type SourceLoc, type Upcall, type UserMemory, type UserTrap } from './native';
import { Op } from './ir';
import { findField, type CType } from './types';
import { intToPtr, ptrToInt } from './memory';
import { callDepthFault } from './limits';
import { NULL, UNINIT, type Ptr, type Value } from './value';

/** What the access needs of the machine. */
export interface UserHost {
  readonly program: Program;
  readonly maxCallDepth: number;
  readonly model: { user?: UserMemory };
  cFunctionIndex(name: string): number | undefined;
  prologue(t: ThreadState, fr: Frame): void;
  loc(index: number): SourceLoc;
  /** Evaluating a debugger expression: a fault cannot run, the access is refused instead. */
  readonly evaluating: boolean;
}

export function isUserPtr(v: Value | undefined): v is Ptr {
  return typeof v === 'object' && v.t === 'p' && v.s === 'u';
}

export function isUserTrap(v: unknown): v is UserTrap {
  return typeof v === 'object' && v !== null && (v as UserTrap).t === 'utrap';
}

function userMemory(h: UserHost): UserMemory {
  const u = h.model.user;
  if (!u) throw new SimFault('unsupported', 'a user address is dereferenced, but this run has no user processes');
  return u;
}

/** Byte size of a scalar accessed through a user pointer (aggregates are not loaded whole). */
function scalarSize(type: CType, what: string): number {
  if (type.k === 'int') return type.bits / 8;
  if (type.k === 'ptr') return 8;
  throw new SimFault('unsupported', `${what} of a ${type.k === 'struct' ? 'struct' : type.k} by value through a user pointer (access its members one by one)`);
}

/** The integer or pointer a load of `type` gives for the bytes `raw`. */
function fromBytes(raw: bigint, type: CType): Value {
  if (type.k === 'ptr') return raw === 0n ? NULL : intToPtr(raw);
  if (type.k === 'int') return type.signed ? BigInt.asIntN(type.bits, raw) : BigInt.asUintN(type.bits, raw);
  return raw;
}

/** The bytes a store of `v` writes. */
export function toBytes(v: Value, size: number): bigint {
  if (typeof v === 'bigint') return BigInt.asUintN(size * 8, v);
  if (v.t === 'p') return BigInt.asUintN(size * 8, ptrToInt(v));
  if (v.t === 'u') throw new SimFault('uninitialized', 'store of an uninitialized value to user memory');
  if (v.t === 'f') throw new SimFault('unsupported', `a function pointer (${v.name}) stored in user memory is not modelled`);
  throw new SimFault('unsupported', 'a struct stored by value through a user pointer (store its members one by one)');
}

/** Byte offset of a member (through anonymous members) from its struct's start, in user memory (also for the generated code, at generation). */
export function userMemberOffset(program: Program, info: MemberInfo): number {
  if (info.bits || info.bitfield !== undefined) throw new SimFault('unsupported', `bit-field or integer-union member '${info.field}' through a user pointer`);
  const def = program.structs[info.struct];
  const f = def ? findField(def, info.field) : undefined;
  if (!f) throw new SimFault('unsupported', `no byte layout for ${info.struct}.${info.field}`);
  return f.offset;
}

/** A user LOAD / MLOAD of `p`: the value, or the trap of the page fault (`peek`: no TLB, no fault). */
function loadUser(h: UserHost, t: ThreadState, insn: Insn, p: Ptr, peek: boolean): Value | UserTrap {
  const info = insn.op === Op.MLOAD ? (insn.b as MemberInfo) : undefined;
  const type = info ? info.type : (insn.b as CType);
  const addr = p.i + (info ? userMemberOffset(h.program, info) : 0);
  const size = scalarSize(type, 'read');
  const r = peek ? userMemory(h).peek(t.id, addr, size) : userMemory(h).read(t.id, t.cpu, addr, size);
  return isUserTrap(r) ? r : fromBytes(r, type);
}

/** A user STORE / MSTORE of `v` to `p`: undefined, or the trap of the page fault. */
function storeUser(h: UserHost, t: ThreadState, insn: Insn, p: Ptr, v: Value): UserTrap | undefined {
  const info = insn.op === Op.MSTORE ? (insn.b as MemberInfo) : undefined;
  const type = info ? info.type : (insn.b as CType);
  const size = scalarSize(type, 'write');
  const addr = p.i + (info ? userMemberOffset(h.program, info) : 0);
  return userMemory(h).write(t.id, t.cpu, addr, size, toBytes(v, size));
}

/**
 * Run LOAD / STORE / MLOAD / MSTORE / MADDR whose pointer operand is a user address. Returns
 * like Machine.exec: undefined (done, pc advanced) or 'frame' (a fault handler was pushed).
 */
export function execUser(h: UserHost, t: ThreadState, fr: Frame, insn: Insn): StepOutcome | 'frame' | undefined {
  const st = fr.stack;
  switch (insn.op) {
    case Op.LOAD:
    case Op.MLOAD: {
      // A debugger expression looks without touching: no TLB fill, no accessed bit, no fault.
      const r = loadUser(h, t, insn, st[st.length - 1] as Ptr, h.evaluating);
      if (isUserTrap(r)) return trap(h, t, fr, insn, r);
      st[st.length - 1] = r;
      break;
    }
    case Op.STORE:
    case Op.MSTORE: {
      const v = st[st.length - 1];
      if (h.evaluating) throw new SimFault('unsupported', 'an expression cannot write user memory');
      const r = storeUser(h, t, insn, st[st.length - 2] as Ptr, v);
      if (r) return trap(h, t, fr, insn, r);
      st.length -= 2;
      st.push(v);
      break;
    }
    case Op.MADDR: {
      const p = st[st.length - 1] as Ptr;
      st[st.length - 1] = { t: 'p', s: 'u', b: 0, i: p.i + userMemberOffset(h.program, insn.b as MemberInfo) };
      break;
    }
    default:
      throw new Error(`execUser: opcode ${insn.op}`);
  }
  fr.pc++;
  return undefined;
}

/**
 * The generated code's user access (codegen-ops.ts): LOAD / MLOAD / MADDR / STORE / MSTORE of
 * a user address done in place, as execUser does it, without leaving the generated function.
 * `undefined` when the access needs the interpreter: a page fault (its trap frame), or a
 * debugger expression (which must not touch the TLB). The access that traps has no effect yet
 * (the translation fails before it sets a bit or fills the TLB; a store that crosses a page
 * probes both first), so execUser runs it again from the start.
 */
export function userAccessInPlace(h: UserHost, t: ThreadState, insn: Insn, p: Ptr, v: Value | undefined): Value | undefined {
  if (h.evaluating) return undefined;
  switch (insn.op) {
    case Op.LOAD:
    case Op.MLOAD: {
      const r = loadUser(h, t, insn, p, false);
      return isUserTrap(r) ? undefined : r;
    }
    case Op.STORE:
    case Op.MSTORE:
      return storeUser(h, t, insn, p, v as Value) ? undefined : (v as Value);
    case Op.MADDR:
      return { t: 'p', s: 'u', b: 0, i: p.i + userMemberOffset(h.program, insn.b as MemberInfo) };
    default:
      throw new Error(`userAccessInPlace: opcode ${insn.op}`);
  }
}

/**
 * The generated code's user load of a scalar of `type` (`size` bytes) at addr, the member's
 * offset already added: the value, or undefined where the interpreter must run it (a page
 * fault, a debugger expression), as userAccessInPlace.
 */
export function userLoadAt(h: UserHost, t: ThreadState, addr: number, size: number, type: CType): Value | undefined {
  if (h.evaluating) return undefined;
  const u = userMemory(h);
  if (size === 4 && type.k === 'int' && addr % 4 === 0) {
    // An aligned int, the selftests' every access: one word of the page, no byte assembly.
    const w = u.read32(t.id, t.cpu, addr);
    if (typeof w !== 'number') return undefined;
    return type.signed ? BigInt(w | 0) : BigInt(w);
  }
  const r = u.read(t.id, t.cpu, addr, size);
  return isUserTrap(r) ? undefined : fromBytes(r, type);
}

/** The generated code's user store of v (`size` bytes) at addr: v, or undefined (see userLoadAt). */
export function userStoreAt(h: UserHost, t: ThreadState, addr: number, size: number, v: Value): Value | undefined {
  if (h.evaluating) return undefined;
  const u = userMemory(h);
  if (size === 4 && typeof v === 'bigint' && addr % 4 === 0) return u.write32(t.id, t.cpu, addr, Number(BigInt.asUintN(32, v))) ? undefined : v;
  return u.write(t.id, t.cpu, addr, size, toBytes(v, size)) ? undefined : v;
}

/** The byte size of a user access of `type`, or undefined where it is not a scalar (the general path then faults). */
export function userScalarSize(type: CType): number | undefined {
  return type.k === 'int' ? type.bits / 8 : type.k === 'ptr' ? 8 : undefined;
}

/**
 * A page fault at `insn` (a user access or a native's): push the kernel's fault handler as a
 * trap frame; the faulting instruction (pc unchanged, operands still on the stack) runs again
 * when it returns.
 */
export function trap(h: UserHost, t: ThreadState, fr: Frame, insn: Insn, tr: UserTrap): 'frame' {
  const hex = '0x' + tr.addr.toString(16);
  if (h.evaluating) throw new SimFault('unsupported', `the expression would fault at user address ${hex} (the page is not mapped yet)`);
  const call = userMemory(h).faultCall(t.id, tr);
  const fi = h.cFunctionIndex(call.fn);
  if (fi === undefined) {
    throw new SimFault('unsupported', `a user page fault at ${hex} needs the kernel's fault path: ${call.fn} is not in the program (add kernel/mm/memory.c to the sources)`);
  }
  if (t.frames.length >= h.maxCallDepth) throw callDepthFault(h.maxCallDepth);
  const f = h.program.functions[fi];
  const vars: Value[] = new Array(f.locals.length).fill(UNINIT);
  for (let k = 0; k < f.params; k++) vars[k] = call.args[k];
  const nf: Frame = { fn: fi, pc: 0, vars, stack: [], regions: [], stmtLoc: -1, trap: { addr: tr.addr, write: tr.write, at: insn.loc } };
  t.frames.push(nf);
  h.prologue(t, nf);
  return 'frame';
}

/**
 * A native's call into C (native.ts Upcall): push the frame of `u.fn` as a trap frame marked
 * `upcall`; the native's call (pc unchanged, arguments still on the stack) runs again when it
 * returns.
 */
export function upcallFrame(h: UserHost, t: ThreadState, insn: Insn, u: Upcall, caller: string): 'frame' {
  if (h.evaluating) throw new SimFault('unsupported', `the expression would run C (${u.fn}, called by ${caller})`);
  const fi = h.cFunctionIndex(u.fn);
  if (fi === undefined) throw new SimFault('unsupported', `${caller} calls the C function ${u.fn}, which is not in the program`);
  if (t.frames.length >= h.maxCallDepth) throw callDepthFault(h.maxCallDepth);
  const f = h.program.functions[fi];
  const vars: Value[] = new Array(f.locals.length).fill(UNINIT);
  for (let k = 0; k < f.params; k++) vars[k] = k < u.args.length ? u.args[k] : (undefined as unknown as Value);
  const nf: Frame = { fn: fi, pc: 0, vars, stack: [], regions: [], stmtLoc: -1, trap: { addr: 0, write: false, at: insn.loc, upcall: caller } };
  t.frames.push(nf);
  h.prologue(t, nf);
  return 'frame';
}

/**
 * The fault handler of a trap frame returned `v` (the frame is already popped): 0 retries the
 * access; an error is SIGSEGV at the faulting instruction. An upcall's value is dropped.
 */
export function trapReturned(h: UserHost, tr: NonNullable<Frame['trap']>, v: Value | undefined): void {
  if (tr.upcall !== undefined) return;
  if (typeof v === 'bigint' && v === 0n) return;
  const hex = '0x' + tr.addr.toString(16);
  throw new SimFault('segv', `SIGSEGV: the page fault for a ${tr.write ? 'write to' : 'read of'} ${hex} failed (fault_in_user_page returned ${typeof v === 'bigint' ? v : '?'})`, h.loc(tr.at));
}
