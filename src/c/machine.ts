// The interpreter: runs compiled kernel C one statement at a time per simulated thread. The
// whole execution state (threads, frames, pc, operand stacks, memory regions) lives in
// `state`, a plain-data object; the Program and the natives are code. A step runs from the
// current statement up to (not including) the next statement boundary in that thread.

import { runtimeNatives } from './runtime-natives';
import { typeAllocation, type HeapHost } from './heap';
import { INIT_FN } from './compile';
import { Op, type BinOp, type CmpOp, type FnCode, type Insn, type MemberInfo, type Program } from './ir';
import {
  asPtr,
  byteOffset,
  intToPtr,
  load,
  loadMember,
  memberAddr,
  ptrAdd,
  ptrToInt,
  store,
  storeMember,
  type Regions,
} from './memory';
import { isUpcall, SimFault, type ModelMemory, type NativeCtx, type NativeTable, type SourceLoc } from './native';
import type { CType, IntType } from './types';
import { NULL, UNINIT, truthy, type Value } from './value';
import { binop, conv, fncmp, icmp, int, pcmp } from './arith';
import { CallContext } from './call-context';
import { aggregateMember, allocLocal, zeroAggregate } from './frame-ops';
import { runBuiltin } from './builtin-run';
import type { Frame, MachineHooks, MachineState, NativeGate, StepOutcome, ThreadState } from './machine-state';
import { dict } from './dict';
import { callDepthFault, DEFAULT_MAX_CALL_DEPTH, DEFAULT_MAX_MEMORY_BYTES, memoryFault, SLOT_BYTES, type MachineLimits } from './limits';
import { generatedFunction, type GenFn } from './codegen';
import { emptyStack, USE_SWITCH } from './codegen-rt';
import { execUser, isUserPtr, isUserTrap, trap, trapReturned, upcallFrame } from './user-access';
import { endThread } from './thread-fork';

export type { FaultInfo, Frame, MachineHooks, MachineState, NativeGate, NativeStop, StepOutcome, ThreadState, ThreadStatus } from './machine-state';

/** The outcome of almost every step: shared, as it carries no data. */
const STMT_DONE: StepOutcome = Object.freeze({ kind: 'stmt' }) as StepOutcome;

const NO_LOC: SourceLoc = { file: '<unknown>', line: 0, column: 0, endLine: 0, endColumn: 0 };

/**
 * How a Machine runs C: 'codegen' compiles each function to JavaScript (codegen.ts), 'switch'
 * interprets the instructions one by one (exec below). Both give the same results; the
 * environment variable MMSTEP_INTERP=switch picks the interpreter (to compare the two).
 */
export type Engine = 'codegen' | 'switch';

let engineOverride: Engine | undefined;

/** The engine new Machines use (undefined: MMSTEP_INTERP, else 'codegen'). For tests and benches. */
export function setDefaultEngine(e: Engine | undefined): void {
  engineOverride = e;
}

/**
 * Functions longer than this many instructions stay in the switch interpreter under 'codegen'.
 * Longer ones can be generated as several JavaScript functions of at most GEN_REGION_INSNS each
 * (codegen-split.ts), but measured with callgrind the 512-page migration ran no fewer
 * instructions that way (10.16 G against 10.01 G; V8 takes over a second to optimise
 * migrate_vma_collect_pmd's regions too), so the default stays 300. MMSTEP_GEN_MAX overrides it.
 */
export const GEN_MAX_INSNS = 300;
let genMaxOverride: number | undefined;

/** The size limit for generated functions (undefined: MMSTEP_GEN_MAX, else GEN_MAX_INSNS). */
export function setGeneratedSizeLimit(n: number | undefined): void {
  genMaxOverride = n;
}

function generatedSizeLimit(fromLimits: number | undefined): number {
  if (genMaxOverride !== undefined) return genMaxOverride;
  const env = typeof process !== 'undefined' ? Number(process.env?.MMSTEP_GEN_MAX) : NaN;
  if (Number.isFinite(env) && env >= 0) return env;
  return fromLimits ?? GEN_MAX_INSNS;
}

export function defaultEngine(): Engine {
  if (engineOverride) return engineOverride;
  const env = typeof process !== 'undefined' ? process.env?.MMSTEP_INTERP : undefined;
  return env === 'switch' ? 'switch' : 'codegen';
}

/** interpret()'s hand-back to the generated code (stepGenerated). */
const RESUME = 'resume' as const;

/** Statements a plain run (exec, the selftest runner) executes per machine call. */
export const RUN_BATCH = 4096;

export class Machine {
  state: MachineState;
  /** The natives by C name, in a table without a prototype (a C function may be `toString`). */
  readonly natives: NativeTable;
  /** C functions by name, likewise. */
  private readonly fnByName: Record<string, number>;
  /** Each native's declared return type (null: void or undeclared), looked up once per name. */
  private readonly nativeRets = new Map<string, CType | null>();
  readonly maxCallDepth: number;
  readonly maxMemoryBytes: number;
  private readonly heap: HeapHost;
  /** Set only while a debugger may stop inside natives (one check per native call otherwise). */
  nativeGate?: NativeGate;
  readonly engine: Engine = defaultEngine();
  /**
   * Statement boundaries a step may still cross (runFor): 0 for a step of one statement, as
   * the debugger and the scheduler take them; a plain run with nothing to do between
   * statements lets the generated code run on in its JavaScript locals.
   */
  quota = 0;
  /** Functions longer than this run in the interpreter (GEN_MAX_INSNS). */
  private readonly genMax: number;
  /** Generated step functions by function index (null: that function runs in the interpreter). */
  private readonly gens: (GenFn | null | undefined)[] = [];
  /** Inside evaluate(): a user page fault is refused, not handled (user-access.ts). */
  evaluating = false;

  constructor(
    readonly program: Program,
    natives: NativeTable,
    readonly model: ModelMemory,
    readonly hooks: MachineHooks,
    limits: MachineLimits = {},
  ) {
    const host = { state: () => this.state, maxBytes: () => this.maxMemoryBytes, user: () => this.model.user };
    this.heap = host;
    this.natives = dict({ ...runtimeNatives(host), ...natives });
    this.fnByName = dict(program.fnIndex);
    this.maxCallDepth = limits.maxCallDepth ?? DEFAULT_MAX_CALL_DEPTH;
    this.maxMemoryBytes = limits.maxMemoryBytes ?? DEFAULT_MAX_MEMORY_BYTES;
    this.genMax = generatedSizeLimit(limits.maxGeneratedInsns);
    const mem: Regions = {};
    let maxRegion = 0;
    let slots = 0;
    for (const [id, r] of Object.entries(program.initialRegions)) {
      mem[Number(id)] = { name: r.name, cells: r.cells.slice(), ro: r.ro, layout: r.layout, size: r.size };
      maxRegion = Math.max(maxRegion, Number(id));
      slots += r.cells.length;
    }
    const memBytes = slots * SLOT_BYTES;
    if (memBytes > this.maxMemoryBytes) throw memoryFault(this.maxMemoryBytes, 'the file-scope variables', memBytes);
    this.state = { threads: [], mem, nextRegion: maxRegion + 1, steps: 0, warnedOnce: {}, memBytes };
    this.runInit();
  }

  private runInit(): void {
    const tid = this.spawn('$init', INIT_FN, [], 0);
    const t = this.thread(tid);
    for (let guard = 0; t.status === 'ready' && guard < 1e6; guard++) {
      const r = this.step(tid);
      if (r.kind === 'fault') throw new SimFault(r.fault.kind, `in a file-scope initializer: ${r.fault.message}`, r.fault.loc);
    }
    this.state.threads.pop();
  }

  fn(index: number): FnCode {
    return this.program.functions[index];
  }

  loc(index: number): SourceLoc {
    return this.program.locs[index] ?? NO_LOC;
  }

  /** Start a thread running `fnName(args)`; it stops before its first statement. */
  spawn(name: string, fnName: string, args: Value[], cpu: number): number {
    const fi = this.fnByName[fnName];
    if (fi === undefined) throw new SimFault('bad-call', `no C function '${fnName}' to run`);
    const f = this.fn(fi);
    if (args.length !== f.params) throw new SimFault('bad-call', `${fnName} takes ${f.params} argument(s), ${args.length} given`);
    // Thread ids start at 1: the model reserves tid 0 for "outside the simulation".
    const id = this.state.threads.length + 1;
    const vars: Value[] = new Array(f.locals.length).fill(UNINIT);
    args.forEach((a, i) => (vars[i] = a));
    this.state.threads.push({ id, name, cpu, status: 'ready', frames: [{ fn: fi, pc: 0, vars, stack: emptyStack(), regions: [], stmtLoc: -1 }] });
    this.settle(id);
    return id;
  }

  /** Run the non-statement prologue of a fresh frame so the thread rests on a STMT. */
  private settle(tid: number): void {
    const t = this.thread(tid);
    const fr = t.frames[t.frames.length - 1];
    this.prologue(t, fr);
  }

  /**
   * The allocations a function starts with (parameters and locals living in memory), run as
   * part of the call. One that does not fit the memory budget is a fault at its declaration.
   */
  prologue(t: ThreadState, fr: Frame): void {
    const code = this.fn(fr.fn).code;
    try {
      while (code[fr.pc] && code[fr.pc].op === Op.ALLOCL) this.exec(t, fr, code[fr.pc]);
    } catch (err) {
      if (err instanceof SimFault && !err.loc) {
        fr.stmtLoc = code[fr.pc].loc;
        err.loc = this.loc(code[fr.pc].loc);
      }
      throw err;
    }
  }

  /** The statement a thread is at (about to run, or in the middle of when blocked). */
  currentLoc(t: ThreadState, frameIndex = t.frames.length - 1): SourceLoc {
    const fr = t.frames[frameIndex];
    if (!fr) return NO_LOC;
    const insn = this.fn(fr.fn).code[fr.pc];
    if (frameIndex === t.frames.length - 1 && insn && insn.op === Op.STMT) return this.loc(insn.loc);
    if (frameIndex < t.frames.length - 1) {
      // A caller: the call instruction it is executing (pc already advanced past it).
      const call = this.fn(fr.fn).code[fr.pc - 1];
      if (call) return this.loc(call.loc);
    }
    return this.loc(fr.stmtLoc);
  }

  /** The STMT instruction the thread rests on, if any (for breakpoints and natives info). */
  atStmt(t: ThreadState): Insn | undefined {
    const fr = t.frames[t.frames.length - 1];
    if (!fr) return undefined;
    const insn = this.fn(fr.fn).code[fr.pc];
    return insn && insn.op === Op.STMT ? insn : undefined;
  }

  wake(key: string): void {
    for (const t of this.state.threads) {
      if (t.status === 'blocked' && t.blockedOn === key) {
        t.status = 'ready';
        t.blockedOn = undefined;
        t.blockedReason = undefined;
        // A batch (runFor) ends at the next statement boundary, where a step-by-step run
        // would have seen the woken thread: who runs next is the scheduler's choice, as there.
        this.quota = 0;
      }
    }
  }

  /**
   * Run compiled expression code against frame `frameIndex` of thread `tid` and return its
   * value. Locals are read from the frame (a copy: assignments to register locals do not stick;
   * writes through pointers do). A native that would sleep is refused.
   */
  evaluate(code: Insn[], tid: number, frameIndex: number, nlocals: number): Value {
    const t = this.thread(tid);
    const target = t.frames[frameIndex];
    if (!target) throw new SimFault('bad-call', 'no such frame');
    const vars = target.vars.slice();
    while (vars.length < nlocals) vars.push(UNINIT);
    const fr: Frame = { fn: target.fn, pc: 0, vars, stack: [], regions: [], stmtLoc: target.stmtLoc };
    const saved = { status: t.status, blockedOn: t.blockedOn, blockedReason: t.blockedReason };
    // An expression's native calls are never frames the debugger stops in.
    const gate = this.nativeGate;
    this.nativeGate = undefined;
    const evaluating = this.evaluating;
    this.evaluating = true;
    try {
      return this.evaluateCode(code, t, fr, saved);
    } finally {
      this.nativeGate = gate;
      this.evaluating = evaluating;
    }
  }

  private evaluateCode(code: Insn[], t: ThreadState, fr: Frame, saved: Pick<ThreadState, 'status' | 'blockedOn' | 'blockedReason'>): Value {
    for (let n = 0; n < 100000; n++) {
      const insn = code[fr.pc];
      if (insn.op === Op.RET) return insn.a === 1 ? fr.stack.pop()! : UNINIT;
      if (insn.op === Op.STMT) {
        fr.pc++;
        continue;
      }
      const r = this.exec(t, fr, insn);
      if (r !== undefined) {
        Object.assign(t, saved);
        throw new SimFault('unsupported', r !== 'frame' && r.kind === 'blocked' ? `the expression would sleep in ${r.reason}` : 'the expression cannot run here');
      }
    }
    throw new SimFault('step-budget', 'the expression takes too long');
  }

  thread(tid: number): ThreadState {
    return this.state.threads[tid - 1];
  }

  /**
   * Up to `n` statements of `tid` in one go (at least one), ending early where a step would
   * end other than at a statement boundary (a call's return to a native, a sleep, a fault,
   * the end). Only for runs that look at nothing between statements (mmstep exec, benches).
   */
  runFor(tid: number, n: number): StepOutcome {
    this.quota = Math.max(0, Math.floor(n) - 1);
    try {
      return this.step(tid);
    } finally {
      this.quota = 0;
    }
  }

  /** runFor in batches of RUN_BATCH, never past statement `budget` + 1 (a run's step budget). */
  runWithin(tid: number, budget: number): StepOutcome {
    return this.runFor(tid, Math.min(RUN_BATCH, budget + 1 - this.state.steps));
  }

  step(tid: number): StepOutcome {
    const t = this.thread(tid);
    if (!t || t.status !== 'ready') throw new Error(`thread ${tid} is not runnable`);
    let first = true;
    // Going on from a stop at a native's exit: the call is complete, the statement goes on (and
    // a statement boundary right after it ends this step: the next statement is a step of its own).
    if (t.native !== undefined && t.native.phase === 'exit') {
      t.native = undefined;
      first = false;
    }
    return this.engine === 'codegen' ? this.stepGenerated(t, first) : this.interpret(t, first);
  }

  /**
   * A step by generated code (codegen.ts): each function's step function runs its frame, up to
   * the next statement boundary or a frame change. A function without generated code, or a pc
   * it has no entry for, goes on in the interpreter (the two engines are interchangeable at
   * any instruction).
   */
  private stepGenerated(t: ThreadState, first: boolean): StepOutcome {
    let fr = t.frames[t.frames.length - 1];
    try {
      for (;;) {
        let g = this.gens[fr.fn];
        if (g === undefined) g = this.generated(fr.fn);
        const r = g === null ? USE_SWITCH : g(this, t, fr, first);
        if (r === 'frame') {
          first = false;
          if (t.frames.length === 0) return { kind: 'done', value: t.ret };
          fr = t.frames[t.frames.length - 1];
          continue;
        }
        if (r === USE_SWITCH) {
          // The interpreter runs what the generated code cannot (a page fault's retry, a pc
          // without an entry) and hands back at the next statement boundary or frame change,
          // not at the end of the batch: after each of 1,024 page faults the rest of a
          // 4,096-statement batch ran in the switch interpreter.
          const x = this.interpret(t, first, true);
          if (x !== RESUME) return x;
          first = false;
          if (t.frames.length === 0) return { kind: 'done', value: t.ret };
          fr = t.frames[t.frames.length - 1];
          continue;
        }
        return r;
      }
    } catch (err) {
      if (!(err instanceof SimFault)) throw err;
      // Generated code leaves the faulting instruction in fr.pc.
      const insn = this.fn(fr.fn).code[fr.pc];
      return this.faulted(t, err, insn, fr);
    }
  }

  /**
   * A step by the switch interpreter (exec), one instruction at a time. `resume`: called by
   * stepGenerated, so once an instruction ran it returns RESUME at a statement boundary the
   * quota lets it cross, or at a frame change, and the generated code goes on from there.
   */
  private interpret(t: ThreadState, first: boolean): StepOutcome;
  private interpret(t: ThreadState, first: boolean, resume: true): StepOutcome | typeof RESUME;
  private interpret(t: ThreadState, first: boolean, resume = false): StepOutcome | typeof RESUME {
    let fr = t.frames[t.frames.length - 1];
    let code = this.fn(fr.fn).code;
    let insn: Insn | undefined;
    let ran = false;
    try {
      for (;;) {
        insn = code[fr.pc];
        if (insn.op === Op.STMT) {
          if (!first) {
            if (this.quota <= 0) return STMT_DONE;
            if (resume && ran) return RESUME;
            this.quota--;
          }
          fr.stmtLoc = insn.loc;
          fr.pc++;
          first = false;
          this.state.steps++;
          continue;
        }
        first = false;
        ran = true;
        const r = this.exec(t, fr, insn);
        if (r !== undefined) {
          if (r === 'frame') {
            if (t.frames.length === 0) return { kind: 'done', value: t.ret };
            if (resume) return RESUME;
            fr = t.frames[t.frames.length - 1];
            code = this.fn(fr.fn).code;
            continue;
          }
          return r;
        }
      }
    } catch (err) {
      if (!(err instanceof SimFault)) throw err;
      return this.faulted(t, err, insn, fr);
    }
  }

  private faulted(t: ThreadState, err: SimFault, insn: Insn | undefined, fr: Frame): StepOutcome {
    const loc = err.loc ?? (insn && insn.loc >= 0 ? this.loc(insn.loc) : this.loc(fr.stmtLoc));
    t.status = 'faulted';
    t.fault = { kind: err.kind, message: err.message, loc };
    return { kind: 'fault', fault: t.fault };
  }

  private generated(fi: number): GenFn | null {
    let g = this.gens[fi];
    if (g === undefined) {
      const f = this.fn(fi);
      g = f.code.length > this.genMax ? null : (generatedFunction(this.program, f, STMT_DONE) ?? null);
      this.gens[fi] = g;
    }
    return g;
  }

  /** The index of C function `name` (undefined for natives and unknown names). */
  cFunctionIndex(name: string): number | undefined {
    return this.fnByName[name];
  }

  /** One instruction by the interpreter, for generated code (its calls, returns, rare ops). */
  execInsn(t: ThreadState, fr: Frame, insn: Insn): StepOutcome | 'frame' | undefined {
    return this.exec(t, fr, insn);
  }

  /** Execute one instruction. Returns 'frame' when the frame changed, or a step outcome. */
  private exec(t: ThreadState, fr: Frame, insn: Insn): StepOutcome | 'frame' | undefined {
    const st = fr.stack;
    const mem = this.state.mem;
    switch (insn.op) {
      case Op.PUSH:
        st.push(insn.b as Value);
        break;
      case Op.POP:
        st.pop();
        break;
      case Op.DUP:
        st.push(st[st.length - 1]);
        break;
      case Op.LVAR: {
        const v = fr.vars[insn.a];
        if (typeof v === 'object' && v.t === 'u') {
          const l = this.fn(fr.fn).locals[insn.a];
          throw new SimFault('uninitialized', `read of uninitialized variable '${l.name}'`);
        }
        st.push(v);
        break;
      }
      case Op.SVAR:
        fr.vars[insn.a] = st[st.length - 1];
        break;
      case Op.GADDR:
        st.push({ t: 'p', s: 'c', b: insn.a, i: 0 });
        break;
      case Op.LOAD:
        if (isUserPtr(st[st.length - 1])) return execUser(this, t, fr, insn);
        st.push(load(mem, this.model, st.pop()!, insn.b as CType));
        break;
      case Op.STORE: {
        if (isUserPtr(st[st.length - 2])) return execUser(this, t, fr, insn);
        const v = st.pop()!;
        store(mem, this.model, st.pop()!, insn.b as CType, v);
        st.push(v);
        break;
      }
      case Op.MLOAD:
        if (isUserPtr(st[st.length - 1])) return execUser(this, t, fr, insn);
        st.push(loadMember(mem, this.model, st.pop()!, insn.b as MemberInfo));
        break;
      case Op.MSTORE: {
        if (isUserPtr(st[st.length - 2])) return execUser(this, t, fr, insn);
        const v = st.pop()!;
        const stored = storeMember(mem, this.model, st.pop()!, insn.b as MemberInfo, v);
        st.push(stored === undefined ? v : stored);
        break;
      }
      case Op.MADDR:
        if (isUserPtr(st[st.length - 1])) return execUser(this, t, fr, insn);
        st.push(memberAddr(this.model, st.pop()!, insn.b as MemberInfo));
        break;
      case Op.PADD: {
        let n = st.pop()!;
        let p = st.pop()!;
        const how = insn.b as 'swap' | { swap?: boolean; size: number } | undefined;
        if (how === 'swap' || (typeof how === 'object' && how.swap)) [n, p] = [p, n];
        st.push(ptrAdd(mem, this.model, asPtr(p), int(n), insn.a, typeof how === 'object' ? how.size : undefined));
        break;
      }
      case Op.PDIFF: {
        const b = asPtr(st.pop()!);
        const a = asPtr(st.pop()!);
        if (a.s !== b.s || a.b !== b.b) throw new SimFault('undefined-behaviour', 'subtraction of pointers into different objects');
        if (a.s === 'u') {
          // User addresses: the byte distance in elements.
          st.push(BigInt(Math.trunc((a.i - b.i) / Math.max(1, insn.b as number))));
          break;
        }
        if (a.bo !== undefined || b.bo !== undefined) {
          // Inside an integer cell: bit offsets, in elements.
          st.push(BigInt(Math.trunc((a.i - b.i) * 64 + (a.bo ?? 0) - (b.bo ?? 0)) / (8 * Math.max(1, insn.b as number))));
          break;
        }
        const r = a.s === 'c' ? mem[a.b] : undefined;
        const ba = r ? byteOffset(r, a.i, 1) : undefined;
        const bb = r ? byteOffset(r, b.i, 1) : undefined;
        // In bytes when the object's layout is known (casts to char * compare byte offsets).
        if (ba !== undefined && bb !== undefined) st.push(BigInt(Math.trunc((ba - bb) / Math.max(1, insn.b as number))));
        else st.push(BigInt(Math.trunc((a.i - b.i) / (a.s === 'c' ? insn.a : 1))));
        break;
      }
      case Op.PCMP: {
        const bv = st.pop()!;
        const av = st.pop()!;
        if ((typeof av === 'object' && av.t === 'f') || (typeof bv === 'object' && bv.t === 'f')) {
          st.push(fncmp(insn.b as CmpOp, av, bv) ? 1n : 0n);
          break;
        }
        const b = asPtr(bv);
        const a = asPtr(av);
        st.push(pcmp(insn.b as CmpOp, a, b) ? 1n : 0n);
        break;
      }
      case Op.BIN: {
        const { op, type } = insn.b as { op: BinOp; type: IntType };
        const b = int(st.pop()!);
        const a = int(st.pop()!);
        st.push(binop(op, a, b, type));
        break;
      }
      case Op.CMP: {
        const { op, type } = insn.b as { op: CmpOp; type: IntType };
        const b = conv(int(st.pop()!), type);
        const a = conv(int(st.pop()!), type);
        st.push(icmp(op, a, b) ? 1n : 0n);
        break;
      }
      case Op.NEG: {
        const type = insn.b as IntType;
        const a = conv(int(st.pop()!), type);
        const r = -a;
        if (type.signed && BigInt.asIntN(type.bits, r) !== r) throw new SimFault('undefined-behaviour', `signed integer overflow: -(${a})`);
        st.push(conv(r, type));
        break;
      }
      case Op.BNOT:
        st.push(conv(~int(st.pop()!), insn.b as IntType));
        break;
      case Op.NOT:
        st.push(truthy(st.pop()!) ? 0n : 1n);
        break;
      case Op.CONV:
        st.push(conv(int(st.pop()!), insn.b as IntType));
        break;
      case Op.TOBOOL:
        st.push(truthy(st.pop()!) ? 1n : 0n);
        break;
      case Op.PTR2INT:
        st.push(conv(ptrToInt(asPtr(st.pop()!)), insn.b as IntType));
        break;
      case Op.INT2PTR: {
        const v = st.pop()!;
        st.push(typeof v === 'bigint' ? intToPtr(v) : v);
        break;
      }
      case Op.JMP:
        fr.pc = insn.a;
        return undefined;
      case Op.JZ:
        if (!truthy(st.pop()!)) {
          fr.pc = insn.a;
          return undefined;
        }
        break;
      case Op.JNZ:
        if (truthy(st.pop()!)) {
          fr.pc = insn.a;
          return undefined;
        }
        break;
      case Op.SWITCH: {
        const tb = insn.b as { values: bigint[]; targets: number[]; dflt: number; type: IntType; ranges?: { lo: bigint; hi: bigint; target: number }[] };
        const v = conv(int(st.pop()!), tb.type);
        const k = tb.values.indexOf(v);
        const range = k < 0 && tb.ranges ? tb.ranges.find((r) => v >= r.lo && v <= r.hi) : undefined;
        fr.pc = k >= 0 ? tb.targets[k] : range ? range.target : tb.dflt;
        return undefined;
      }
      case Op.CALL:
        return this.call(t, fr, insn, insn.b as string, insn.a, false);
      case Op.CALLI: {
        const f = st[st.length - insn.a - 1];
        if (typeof f === 'object' && f.t === 'f') return this.call(t, fr, insn, f.name, insn.a, true);
        if (f === 0n || (typeof f === 'object' && f.t === 'p' && f.s === 'null')) {
          throw new SimFault('null-deref', 'call through a NULL function pointer');
        }
        throw new SimFault('undefined-behaviour', 'call through a pointer that is not a function');
      }
      case Op.RET: {
        if (insn.a === 2 && this.resultUsed(t)) {
          // Falling off the end of a non-void function is undefined only when the caller uses
          // the value (C11 6.9.1p12): then it is a fault here, at the closing brace.
          throw new SimFault('undefined-behaviour', `control reached the end of non-void function '${this.fn(fr.fn).name}' without a return, and its value is used`);
        }
        const v = insn.a === 1 ? st.pop()! : insn.a === 2 ? UNINIT : insn.a === 3 ? 0n : undefined;
        this.freeRegions(fr);
        t.frames.pop();
        if (fr.trap !== undefined && t.frames.length) {
          // A page-fault handler run for a user access: its caller retries the access.
          trapReturned(this, fr.trap, v);
          return 'frame';
        }
        if (!t.frames.length) {
          t.status = 'done';
          t.ret = v;
          return 'frame';
        }
        if (v !== undefined) t.frames[t.frames.length - 1].stack.push(v);
        return 'frame';
      }
      case Op.ALLOCL:
        allocLocal(this.state, fr, insn, this.fn(fr.fn).locals[insn.a].name, this.maxMemoryBytes);
        break;
      case Op.ZEROAGG:
        zeroAggregate(mem, st[st.length - 1], insn.b as CType);
        break;
      case Op.AGGGET:
        st.push(aggregateMember(st.pop()!, insn.a, insn.b as Parameters<typeof aggregateMember>[2]));
        break;
      case Op.PTYPE: {
        const v = st[st.length - 1];
        if (typeof v === 'object' && v.t === 'p' && v.s === 'c') {
          const r = mem[v.b];
          if (r && r.untyped && !r.freed) typeAllocation(this.heap, r, insn.b as CType);
        }
        break;
      }
      case Op.BUILTIN:
        return runBuiltin(this.state, this.hooks, fr, insn, this.loc(insn.loc));
      default:
        throw new Error(`bad opcode ${insn.op}`);
    }
    fr.pc++;
    return undefined;
  }

  private call(t: ThreadState, fr: Frame, insn: Insn, name: string, argc: number, indirect: boolean): StepOutcome | 'frame' | undefined {
    const st = fr.stack;
    const fi = this.fnByName[name];
    if (fi !== undefined) {
      if (t.frames.length >= this.maxCallDepth) throw callDepthFault(this.maxCallDepth);
      const f = this.fn(fi);
      // The arguments go from the stack into the callee's variables; pops, not splice or
      // `length -=`, keep the caller's stack storage (no allocation for it per call).
      const base = st.length - argc;
      const vars: Value[] = new Array(f.locals.length).fill(UNINIT);
      for (let k = 0; k < f.params; k++) vars[k] = k < argc ? st[base + k] : (undefined as unknown as Value);
      for (let k = 0; k < argc; k++) st.pop();
      if (indirect) st.pop();
      fr.pc++;
      const nf: Frame = { fn: fi, pc: 0, vars, stack: emptyStack(), regions: [], stmtLoc: -1 };
      t.frames.push(nf);
      this.prologue(t, nf);
      return 'frame';
    }
    const impl = this.natives[name];
    if (!impl) throw new SimFault('bad-call', `'${name}' has no C definition and is not a modelled kernel function`);
    const args = st.slice(st.length - argc);
    const gate = this.nativeGate;
    if (gate !== undefined) {
      // Resuming from a stop at this call's entry (or retrying it after a sleep) goes on.
      const at = t.native;
      if (at === undefined || at.phase !== 'entry' || at.name !== name) {
        const why = gate(t, name, 'entry');
        if (why !== undefined) {
          t.native = { name, phase: 'entry', args, loc: insn.loc };
          return { kind: 'native', reason: why };
        }
      }
    }
    const ctx = this.ctx(t, insn);
    const r = impl(ctx, args);
    // A native touching user memory met a page fault: run the fault path, then call it again.
    if (isUserTrap(r)) return trap(this, t, fr, insn, r);
    // A native calling C (a driver's callback): run it, then call the native again.
    if (isUpcall(r)) return upcallFrame(this, t, insn, r, name);
    // exit(), _exit(), a fatal signal to itself: the thread ends in this call.
    if (r !== undefined && typeof r === 'object' && r.t === 'exit') return endThread(this, t, r.value);
    if (r !== undefined && typeof r === 'object' && r.t === 'block') {
      t.status = 'blocked';
      t.blockedOn = r.on;
      t.blockedReason = r.reason;
      return { kind: 'blocked', on: r.on, reason: r.reason };
    }
    for (let k = 0; k < argc; k++) st.pop();
    if (indirect) st.pop();
    let ret = this.nativeRets.get(name);
    if (ret === undefined) {
      const d = Object.prototype.hasOwnProperty.call(this.program.natives, name) ? this.program.natives[name].ret : undefined;
      ret = d && d.k !== 'void' ? d : null;
      this.nativeRets.set(name, ret);
    }
    if (ret !== null) st.push(r === undefined ? UNINIT : (r as Value));
    fr.pc++;
    if (gate !== undefined) {
      if (t.native !== undefined) t.native = undefined;
      const why = gate(t, name, 'exit');
      if (why !== undefined) {
        t.native = { name, phase: 'exit', args, ...(r !== undefined ? { ret: r as Value } : {}), loc: insn.loc };
        return { kind: 'native', reason: why };
      }
    }
    return undefined;
  }

  /**
   * Would the caller of the top frame use its return value? Not when the call is a statement
   * of its own (`f();`: the value is popped at once) or the thread's entry function returns.
   */
  private resultUsed(t: ThreadState): boolean {
    const caller = t.frames[t.frames.length - 2];
    if (!caller) return false;
    const code = this.fn(caller.fn).code;
    let pc = caller.pc;
    // `c ? f() : g();` as a statement: the value goes through the ?:'s jump and is dropped.
    for (let hops = 0; code[pc]?.op === Op.JMP && hops < 16; hops++) pc = code[pc].a;
    return code[pc]?.op !== Op.POP;
  }

  /** A returning frame's objects: dead from now on (use-after-free), their cells released. */
  freeRegions(fr: Frame): void {
    const mem = this.state.mem;
    for (const id of fr.regions) {
      const r = mem[id];
      if (!r || r.freed) continue;
      r.freed = true;
      this.state.memBytes = (this.state.memBytes ?? 0) - r.cells.length * SLOT_BYTES;
      r.cells = [];
    }
  }

  private ctx(t: ThreadState, insn: Insn): NativeCtx {
    return new CallContext(this, t.id, t.cpu, insn.loc);
  }
}

export { NULL };
