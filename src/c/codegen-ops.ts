// JavaScript for one stack-machine instruction at a time (the generator of codegen.ts). The
// operand stack is symbolic while a block runs: each entry is a JavaScript expression (a
// constant, a temporary `t<pc>`, or a stack slot `s<depth>` at a block's start), so `i < 512`
// is one BigInt comparison, not four pushes and pops. Each instruction's result is computed
// into its own temporary in program order, so evaluation order and faults are those of the
// switch interpreter. Fast paths are inlined where the operand types are known at load time;
// everything else calls the same helpers as the interpreter (codegen-rt.ts, memory.ts).

import { binop, conv } from './arith';
import { Op, type BinOp, type CmpOp, type FnCode, type Insn, type MemberInfo, type Program } from './ir';
import { BYTE_STEP } from './memory';
import type { CType, IntType } from './types';
import type { Flow } from './codegen-flow';
import { userMemberOffset, userScalarSize } from './user-access';

/** A symbolic stack entry. */
export interface Ent {
  /** A JavaScript expression without side effects: literal, temporary or stack slot. */
  e: string;
  /** `e` is a JavaScript boolean (a comparison), standing for 1 or 0. */
  bool?: boolean;
  /** `e` is surely a bigint... */
  big?: boolean;
  /** ...normalised to this integer type. */
  ty?: IntType;
  /** A constant. */
  lit?: bigint;
}

const JS_CMP: Record<CmpOp, string> = { '<': '<', '>': '>', '<=': '<=', '>=': '>=', '==': '===', '!=': '!==' };

export function litExpr(v: bigint): string {
  return v < 0n ? `(${v}n)` : `${v}n`;
}

function asN(t: IntType, x: string): string {
  return `BigInt.as${t.signed ? 'Int' : 'Uint'}N(${t.bits}, ${x})`;
}

/** Every value of `src` is a value of `dst` (the conversion is the identity). */
function fits(src: IntType, dst: IntType): boolean {
  return (src.signed === dst.signed && src.bits <= dst.bits) || (!src.signed && dst.signed && src.bits < dst.bits);
}

export class FnGen {
  readonly out: string[] = [];
  readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();
  readonly temps = new Set<string>();
  /** The symbolic stack; null where control cannot fall through. */
  S: Ent[] | null = null;
  /** The region being generated (codegen-split.ts): instructions lo..hi-1, number `index`. */
  region?: { lo: number; hi: number; index: number };

  constructor(
    readonly program: Program,
    readonly fn: FnCode,
    readonly flow: Flow,
  ) {}

  k(v: unknown): string {
    let i = this.constIndex.get(v);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(v, i);
    }
    return `K[${i}]`;
  }

  emit(line: string): void {
    this.out.push(line);
  }

  tmp(pc: number, suffix = ''): string {
    const n = `t${pc}${suffix}`;
    this.temps.add(n);
    return n;
  }

  value(x: Ent): string {
    return x.bool ? `(${x.e} ? 1n : 0n)` : x.e;
  }

  bigOf(x: Ent): string {
    if (x.bool) return `(${x.e} ? 1n : 0n)`;
    if (x.big) return x.e;
    return `(typeof ${x.e} === "bigint" ? ${x.e} : H.int(${x.e}))`;
  }

  convOf(x: Ent, t: IntType): string {
    if (x.lit !== undefined) return litExpr(conv(x.lit, t));
    if (x.bool) return `(${x.e} ? 1n : 0n)`;
    if (x.ty && fits(x.ty, t)) return x.e;
    return asN(t, this.bigOf(x));
  }

  truthyOf(x: Ent): string {
    if (x.bool) return x.e;
    if (x.big) return `${x.e} !== 0n`;
    return `(typeof ${x.e} === "bigint" ? ${x.e} !== 0n : H.truthy(${x.e}))`;
  }

  slots(d: number): Ent[] {
    const s: Ent[] = [];
    for (let k = 0; k < d; k++) s.push({ e: `s${k}` });
    return s;
  }

  /** Put the symbolic stack into the slot variables (a block ends). */
  flush(S: Ent[]): void {
    S.forEach((x, k) => {
      if (x.e !== `s${k}` || x.bool) this.emit(`s${k} = ${this.value(x)};`);
    });
  }

  /** Put the symbolic stack into the frame's data stack (the thread leaves this function). */
  spill(S: Ent[]): void {
    if (S.length) this.emit(`st.push(${S.map((x) => this.value(x)).join(', ')});`);
  }

  reload(d: number): void {
    const loads: string[] = [];
    for (let k = 0; k < d; k++) loads.push(`s${k} = st[${k}];`);
    this.emit(`${loads.join(' ')} while (st.length !== 0) st.pop();`);
  }

  /** Control goes to `target` with the stack S (slot variables). */
  jumpTo(S: Ent[], target: number): string {
    // A statement boundary decides there whether the step ends (stopAt) or runs on (runFor).
    if (!this.region || (target >= this.region.lo && target < this.region.hi)) return `pc = ${target}; continue;`;
    return this.leave(S, String(target));
  }

  /** Into another region (codegen-split.ts): the slots go into data, the dispatcher enters it. */
  leave(S: Ent[], target: string): string {
    const vals = S.map((x) => this.value(x));
    return `${vals.length ? `st.push(${vals.join(', ')}); ` : ''}fr.pc = ${target}; return "jump";`;
  }

  /** End the step at statement boundary `target`, the stack in data (the thread rests there). */
  stopAt(S: Ent[], target: number): string {
    const vals = S.map((x) => this.value(x));
    return `${vals.length ? `st.push(${vals.join(', ')}); ` : ''}fr.pc = ${target}; return DONE;`;
  }

  /** Run one instruction through the switch interpreter, with the stack in data. */
  fallback(S: Ent[], pc: number, insn: Insn): void {
    this.spill(S);
    this.emit(`fr.pc = ${pc}; ip = -1;`);
    if (insn.op === Op.RET) {
      this.emit(`return m.execInsn(t, fr, C[${pc}]);`);
      this.S = null;
      return;
    }
    this.emit(`r = m.execInsn(t, fr, C[${pc}]); if (r !== undefined) return r; mem = m.state.mem;`);
    const d = this.flow.depth[pc + 1] ?? 0;
    this.reload(d);
    this.S = this.slots(d);
  }

  /**
   * Before a load or store: a user address (value.ts Space 'u') goes to the switch interpreter
   * at this instruction, with the stack in data, since its access may fault and then runs again
   * (user-access.ts). `depth` = the pointer's place from the top of the stack.
   */
  userExit(S: Ent[], pc: number, depth: number): void {
    const p = this.value(S[S.length - 1 - depth]);
    this.emit(`if (typeof ${p} === "object" && ${p}.s === "u") { st.push(${S.map((x) => this.value(x)).join(', ')}); fr.pc = ${pc}; return H.USE_SWITCH; }`);
  }

  /**
   * Emit instruction `pc` with the current symbolic stack. A load or store may meet a user
   * address (value.ts Space 'u'): then it is done in place (H.user, user-access.ts) into the
   * same temporary the C-memory path fills; only an access that must fault (or a debugger
   * expression) leaves for the switch interpreter at this instruction, with the stack in data.
   * hmm-tests write and check every int of 1,024 pages: one exit per access cost 15% of a run.
   */
  insn(pc: number, insn: Insn): void {
    const depth = insn.op === Op.LOAD || insn.op === Op.MLOAD || insn.op === Op.MADDR ? 0 : insn.op === Op.STORE || insn.op === Op.MSTORE ? 1 : -1;
    if (depth < 0) return this.insnBody(pc, insn);
    const S = this.S!;
    const before = S.slice();
    const p = this.value(S[S.length - 1 - depth]);
    const v = depth === 1 ? this.value(S[S.length - 1]) : 'undefined';
    const mark = this.out.length;
    this.insnBody(pc, insn);
    const body = this.out.splice(mark);
    const res = this.S![this.S!.length - 1];
    const into = depth === 1 && insn.op === Op.STORE ? '' : res && /^t\d+\w*$/.test(res.e) && !res.bool ? res.e : undefined;
    if (into === undefined) {
      // Not a plain temporary (not expected): the old way, an exit before the instruction.
      this.userExit(before, pc, depth);
      for (const l of body) this.emit(l);
      return;
    }
    const u = this.tmp(pc, 'u');
    const exit = `{ ${before.length ? `st.push(${before.map((x) => this.value(x)).join(', ')}); ` : ''}fr.pc = ${pc}; return H.USE_SWITCH; }`;
    this.emit(`ip = ${pc};`);
    this.emit(`if (typeof ${p} === "object" && ${p}.s === "u") { ${u} = ${this.userCall(pc, insn, p, v)}; if (${u} === undefined) ${exit}${into ? ` ${into} = ${u};` : ''} } else {`);
    for (const l of body) this.emit(l);
    this.emit('}');
  }

  /**
   * The in-place user access of `insn` at pointer p (value v for a store): a scalar at an
   * offset known now goes straight to H.uload / H.ustore; anything else through H.user.
   */
  private userCall(pc: number, insn: Insn, p: string, v: string): string {
    const general = `H.user(m, t, C[${pc}], ${p}, ${v})`;
    const member = insn.op === Op.MLOAD || insn.op === Op.MSTORE || insn.op === Op.MADDR ? (insn.b as MemberInfo) : undefined;
    let off = 0;
    if (member) {
      try {
        off = userMemberOffset(this.program, member);
      } catch {
        return general; // the general path names the fault when (if) it runs
      }
    }
    const at = off ? `${p}.i + ${off}` : `${p}.i`;
    if (insn.op === Op.MADDR) return `{ t: "p", s: "u", b: 0, i: ${at} }`;
    const type = member ? member.type : (insn.b as CType);
    const size = userScalarSize(type);
    if (size === undefined) return general;
    if (insn.op === Op.LOAD || insn.op === Op.MLOAD) return `H.uload(m, t, ${at}, ${size}, ${this.k(type)})`;
    return `H.ustore(m, t, ${at}, ${size}, ${v})`;
  }

  private insnBody(pc: number, insn: Insn): void {
    const S = this.S!;
    const pop = (): Ent => S.pop()!;
    const top = (): Ent => S[S.length - 1];
    const faulting = (): void => this.emit(`ip = ${pc};`);
    switch (insn.op) {
      case Op.PUSH: {
        const v = insn.b;
        S.push(typeof v === 'bigint' ? { e: litExpr(v), big: true, lit: v } : { e: this.k(v) });
        return;
      }
      case Op.POP:
        pop();
        return;
      case Op.DUP:
        S.push(top());
        return;
      case Op.LVAR: {
        const t = this.tmp(pc);
        const name = JSON.stringify(this.fn.locals[insn.a]?.name ?? '?');
        faulting();
        this.emit(`${t} = vars[${insn.a}]; if (typeof ${t} === "object" && ${t}.t === "u") throw H.uninitVar(${name});`);
        S.push({ e: t });
        return;
      }
      case Op.SVAR:
        this.emit(`vars[${insn.a}] = ${this.value(top())};`);
        return;
      case Op.GADDR: {
        const t = this.tmp(pc);
        this.emit(`${t} = { t: "p", s: "c", b: ${insn.a}, i: 0 };`);
        S.push({ e: t });
        return;
      }
      case Op.LOAD: {
        const p = pop();
        const t = this.tmp(pc);
        faulting();
        S.push(this.loadCell(t, p, '0', insn.b as CType, `H.load(mem, model, ${this.value(p)}, ${this.k(insn.b)})`));
        return;
      }
      case Op.MLOAD: {
        const p = pop();
        const t = this.tmp(pc);
        const info = insn.b as MemberInfo;
        faulting();
        const slow = `H.loadMember(mem, model, ${this.value(p)}, ${this.k(info)})`;
        if (info.bits) {
          this.emit(`${t} = ${slow};`);
          S.push({ e: t });
        } else S.push(this.loadCell(t, p, String(info.slot), info.type, slow));
        return;
      }
      case Op.STORE: {
        const v = pop();
        const p = pop();
        faulting();
        this.emit(`H.store(mem, model, ${this.value(p)}, ${this.k(insn.b)}, ${this.value(v)});`);
        S.push(v);
        return;
      }
      case Op.MSTORE: {
        const v = pop();
        const p = pop();
        const t = this.tmp(pc);
        faulting();
        this.emit(`${t} = H.storeMember(mem, model, ${this.value(p)}, ${this.k(insn.b)}, ${this.value(v)});`);
        S.push({ e: t });
        return;
      }
      case Op.MADDR: {
        const p = this.value(pop());
        const t = this.tmp(pc);
        const info = insn.b as MemberInfo;
        faulting();
        const slow = `H.memberAddr(model, ${p}, ${this.k(info)})`;
        if (info.bits || info.bitfield !== undefined) this.emit(`${t} = ${slow};`);
        else this.emit(`${t} = typeof ${p} === "object" && ${p}.s === "c" && ${p}.bo === undefined ? { t: "p", s: "c", b: ${p}.b, i: ${p}.i + ${info.slot} } : ${slow};`);
        S.push({ e: t });
        return;
      }
      case Op.PADD: {
        let n = pop();
        let p = pop();
        const how = insn.b as 'swap' | { swap?: boolean; size: number } | undefined;
        if (how === 'swap' || (typeof how === 'object' && how.swap)) [n, p] = [p, n];
        const size = typeof how === 'object' ? String(how.size) : 'undefined';
        const t = this.tmp(pc);
        const pv = this.value(p);
        faulting();
        const slow = `H.padd(mem, model, ${pv}, ${this.value(n)}, ${insn.a}, ${size})`;
        const nOk = n.lit !== undefined ? '' : n.bool ? null : n.big ? '' : `typeof ${n.e} === "bigint" && `;
        // A user address moves by the element's bytes (memory.ts ptrAdd), C memory by slots.
        const scaled = (k: number): string => (n.lit !== undefined ? String(Number(n.lit) * k) : `Number(${n.e}) * ${k}`);
        const userBytes = insn.a === BYTE_STEP ? 1 : typeof how === 'object' ? how.size : insn.a * 8;
        const user = `typeof ${pv} === "object" && ${pv}.s === "u" ? { t: "p", s: "u", b: 0, i: ${pv}.i + ${scaled(userBytes)} } : `;
        if (nOk === null) this.emit(`${t} = ${slow};`);
        else if (insn.a === BYTE_STEP) this.emit(`${t} = ${nOk}${user}${slow};`);
        else this.emit(`${t} = ${nOk}typeof ${pv} === "object" && ${pv}.s === "c" && ${pv}.bo === undefined ? { t: "p", s: "c", b: ${pv}.b, i: ${pv}.i + ${scaled(insn.a)} } : ${nOk ? `${nOk}${user}` : user}${slow};`);
        S.push({ e: t });
        return;
      }
      case Op.BIN: {
        const { op, type } = insn.b as { op: BinOp; type: IntType };
        const b = pop();
        const a = pop();
        S.push(this.bin(pc, op, type, a, b, faulting));
        return;
      }
      case Op.CMP: {
        const { op, type } = insn.b as { op: CmpOp; type: IntType };
        const b = pop();
        const a = pop();
        const t = this.tmp(pc);
        faulting();
        this.emit(`y = ${this.convOf(b, type)}; x = ${this.convOf(a, type)}; ${t} = x ${JS_CMP[op]} y;`);
        S.push({ e: t, bool: true });
        return;
      }
      case Op.PCMP: {
        const b = pop();
        const a = pop();
        const t = this.tmp(pc);
        faulting();
        this.emit(`${t} = H.pcmp(${JSON.stringify(insn.b)}, ${this.value(a)}, ${this.value(b)});`);
        S.push({ e: t, bool: true });
        return;
      }
      case Op.NEG: {
        const t = this.tmp(pc);
        faulting();
        this.emit(`${t} = H.neg(${this.value(pop())}, ${this.k(insn.b)});`);
        S.push({ e: t, big: true, ty: insn.b as IntType });
        return;
      }
      case Op.BNOT: {
        const t = this.tmp(pc);
        const ty = insn.b as IntType;
        faulting();
        this.emit(`${t} = ${asN(ty, `~${this.bigOf(pop())}`)};`);
        S.push({ e: t, big: true, ty });
        return;
      }
      case Op.NOT: {
        const t = this.tmp(pc);
        faulting();
        this.emit(`${t} = !(${this.truthyOf(pop())});`);
        S.push({ e: t, bool: true });
        return;
      }
      case Op.TOBOOL: {
        const a = pop();
        if (a.bool) {
          S.push(a);
          return;
        }
        const t = this.tmp(pc);
        faulting();
        this.emit(`${t} = ${this.truthyOf(a)};`);
        S.push({ e: t, bool: true });
        return;
      }
      case Op.CONV: {
        const ty = insn.b as IntType;
        const a = pop();
        if (a.lit !== undefined) {
          const v = conv(a.lit, ty);
          S.push({ e: litExpr(v), big: true, lit: v, ty });
        } else if (a.bool) S.push(a);
        else if (a.ty && fits(a.ty, ty)) S.push({ ...a, ty });
        else {
          const t = this.tmp(pc);
          faulting();
          this.emit(`${t} = ${asN(ty, this.bigOf(a))};`);
          S.push({ e: t, big: true, ty });
        }
        return;
      }
      case Op.PTR2INT: {
        const t = this.tmp(pc);
        faulting();
        this.emit(`${t} = H.ptrToInt(${this.value(pop())}, ${this.k(insn.b)});`);
        S.push({ e: t, big: true, ty: insn.b as IntType });
        return;
      }
      case Op.INT2PTR: {
        const t = this.tmp(pc);
        faulting();
        this.emit(`${t} = H.int2ptr(${this.value(pop())});`);
        S.push({ e: t });
        return;
      }
      case Op.JMP:
        this.flush(S);
        this.emit(this.jumpTo(S.map((_, k) => ({ e: `s${k}` })), insn.a));
        this.S = null;
        return;
      case Op.JZ:
      case Op.JNZ: {
        const c = pop();
        let cond = c.e;
        if (!c.bool) {
          cond = this.tmp(pc);
          faulting();
          this.emit(`${cond} = ${this.truthyOf(c)};`);
        }
        this.flush(S);
        const slots = this.slots(S.length);
        this.emit(`if (${insn.op === Op.JZ ? '!' : ''}${cond}) { ${this.jumpTo(slots, insn.a)} }`);
        this.S = slots;
        return;
      }
      case Op.SWITCH: {
        const v = pop();
        faulting();
        this.emit(`x = H.switchTarget(${this.k(insn.b)}, ${this.value(v)});`);
        this.flush(S);
        if (this.region) this.emit(`if (RG[x] !== ${this.region.index}) { ${this.leave(this.slots(S.length), 'x')} }`);
        this.emit('pc = x; continue;');
        this.S = null;
        return;
      }
      case Op.CALL:
        if (this.call(S, pc, insn)) return;
        this.fallback(S, pc, insn);
        return;
      case Op.CALLI:
        this.callIndirect(S, pc, insn);
        return;
      case Op.RET:
        if (insn.a === 2) this.fallback(S, pc, insn);
        else this.ret(S, pc, insn);
        return;
      default:
        this.fallback(S, pc, insn);
    }
  }

  /**
   * A call of a C function: its frame pushed here (machine.ts call() does the same), the
   * caller's stack below the arguments left in data. The step ends at the callee's first
   * statement. Natives go through the interpreter's call (the native gate, sleeping).
   */
  private call(S: Ent[], pc: number, insn: Insn): boolean {
    const name = insn.b as string;
    const fi = Object.prototype.hasOwnProperty.call(this.program.fnIndex, name) ? this.program.fnIndex[name] : undefined;
    if (fi === undefined) return false;
    const f = this.program.functions[fi];
    let entry = 0;
    while (f.code[entry] && f.code[entry].op === Op.ALLOCL) entry++;
    if (f.code[entry]?.op !== Op.STMT || f.locals.length > 64) return false;
    const argc = insn.a;
    const args = S.splice(S.length - argc, argc);
    this.emit(`ip = ${pc}; if (t.frames.length >= m.maxCallDepth) H.callDepth(m.maxCallDepth);`);
    this.spill(S);
    const vars: string[] = [];
    for (let k = 0; k < f.locals.length; k++) vars.push(k < f.params && k < argc ? this.value(args[k]) : 'H.UNINIT');
    this.emit(`fr.pc = ${pc + 1}; ip = -1;`);
    this.emit(`v = { fn: ${fi}, pc: 0, vars: [${vars.join(', ')}], stack: H.emptyStack(), regions: [], stmtLoc: -1 }; t.frames.push(v);`);
    if (entry > 0) this.emit('m.prologue(t, v);');
    // On in the callee: its first statement ends the step, unless runFor lets it run.
    this.emit('return "frame";');
    this.S = null;
    return true;
  }

  /** A call through a function pointer: inline when it points at a C function, else as CALL. */
  private callIndirect(S: Ent[], pc: number, insn: Insn): void {
    const argc = insn.a;
    const f = S[S.length - argc - 1];
    const args = S.slice(S.length - argc).map((x) => this.value(x));
    const below = S.slice(0, S.length - argc - 1);
    const fv = this.value(f);
    this.emit(`if (typeof ${fv} === "object" && ${fv}.t === "f" && (j = m.cFunctionIndex(${fv}.name)) !== undefined) {`);
    this.emit(`ip = ${pc}; if (t.frames.length >= m.maxCallDepth) H.callDepth(m.maxCallDepth);`);
    this.spill(below);
    this.emit(`fr.pc = ${pc + 1}; ip = -1; H.enter(m, t, j, [${args.join(', ')}]); return "frame"; }`);
    this.fallback(S, pc, insn);
  }

  /** RET of a value (a = 1), of nothing (0), or main's implicit 0 (3): machine.ts exec RET. */
  private ret(S: Ent[], pc: number, insn: Insn): void {
    // The return of a page-fault handler run for a user access goes through the interpreter.
    this.emit(`if (fr.trap !== undefined) { ${insn.a === 1 ? `st.push(${this.value(S[S.length - 1])}); ` : ''}fr.pc = ${pc}; return m.execInsn(t, fr, C[${pc}]); }`);
    const v = insn.a === 1 ? this.value(S.pop()!) : insn.a === 3 ? '0n' : 'undefined';
    this.emit(`v = ${v}; m.freeRegions(fr); t.frames.pop();`);
    this.emit('if (t.frames.length === 0) { t.status = "done"; t.ret = v; return "frame"; }');
    if (insn.a !== 0) this.emit('t.frames[t.frames.length - 1].stack.push(v);');
    this.emit('return "frame";');
    this.S = null;
  }

  /** A scalar load of slot `p.i + off`: inline when it is an integer or pointer cell of C memory. */
  private loadCell(t: string, p: Ent, off: string, type: CType, slow: string): Ent {
    const pv = this.value(p);
    if (type.k !== 'int' && type.k !== 'ptr') {
      this.emit(`${t} = ${slow};`);
      return { e: t };
    }
    const idx = off === '0' ? `${pv}.i` : `${pv}.i + ${off}`;
    const cell = `typeof ${pv} === "object" && ${pv}.s === "c" && ${pv}.bo === undefined && (rg = mem[${pv}.b]) !== undefined && rg.freed !== true && rg.untyped !== true && (j = ${idx}) >= 0 && j < rg.cells.length`;
    if (type.k === 'int') {
      const got = type.bits < 64 ? asN(type, 'v') : 'v';
      this.emit(`if (${cell} && typeof (v = rg.cells[j]) === "bigint") ${t} = ${got}; else ${t} = ${slow};`);
      return type.bits < 64 ? { e: t } : { e: t };
    }
    this.emit(`if (${cell} && typeof (v = rg.cells[j]) === "object" && v.t === "p") ${t} = v; else ${t} = ${slow};`);
    return { e: t };
  }

  private bin(pc: number, op: BinOp, type: IntType, a: Ent, b: Ent, faulting: () => void): Ent {
    if (a.lit !== undefined && b.lit !== undefined) {
      try {
        const v = binop(op, a.lit, b.lit, type);
        return { e: litExpr(v), big: true, lit: v, ty: type };
      } catch {
        // Undefined behaviour: left to run time, where it faults at its position.
      }
    }
    const t = this.tmp(pc);
    const T = this.k(type);
    const OP = JSON.stringify(op);
    faulting();
    // b is converted before a, as the interpreter pops it first (the first fault wins).
    if (op === '<<' || op === '>>') {
      const inRange = b.lit !== undefined && b.lit >= 0n && b.lit < BigInt(type.bits);
      this.emit(`y = ${this.bigOf(b)}; x = ${this.convOf(a, type)};`);
      if (!inRange) this.emit(`if (y < 0n || y >= ${type.bits}n) H.binop(${OP}, x, y, ${T});`);
      this.emit(op === '<<' ? `${t} = ${asN(type, 'x << y')};` : `${t} = x >> y;`);
      return { e: t, big: true, ty: type };
    }
    this.emit(`y = ${this.convOf(b, type)}; x = ${this.convOf(a, type)};`);
    const overflow = `if (BigInt.asIntN(${type.bits}, ${t}) !== ${t}) H.binop(${OP}, x, y, ${T});`;
    switch (op) {
      case '+':
      case '-':
      case '*':
        if (type.signed) this.emit(`${t} = x ${op} y; ${overflow}`);
        else this.emit(`${t} = ${asN(type, `x ${op} y`)};`);
        break;
      case '/':
      case '%':
        this.emit(`if (y === 0n) H.binop(${OP}, x, y, ${T}); ${t} = x ${op} y;${type.signed ? ` ${overflow}` : ''}`);
        break;
      default:
        // & | ^ of two values of the type stay in the type.
        this.emit(`${t} = x ${op} y;`);
    }
    return { e: t, big: true, ty: type };
  }
}
