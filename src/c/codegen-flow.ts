// The static shape of a function's stack-machine code that the JavaScript generator needs: the
// operand-stack depth at every instruction (so stack slots become JavaScript locals) and the
// places execution may enter from data (statement starts, jump targets, calls and the
// instruction after them, where a thread resumes after a call, a sleep or a stop in a native).
// Code whose depth is not static (a goto out of a statement expression) is not generated: the
// function runs in the switch interpreter.

import { Op, type FnCode, type Insn, type Program } from './ir';
import type { BuiltinInfo } from './intrinsics';

export interface Flow {
  /** Stack depth before each instruction; undefined where the code is unreachable. */
  depth: (number | undefined)[];
  /** Instructions a dispatch (`switch (pc)`) can enter. */
  labels: Set<number>;
  maxDepth: number;
}

function own<T>(o: Record<string, T>, k: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

/** Does a call to `name` leave a value on the caller's stack (machine.ts call and RET)? */
function callPushes(program: Program, name: string): boolean {
  const fi = own(program.fnIndex, name);
  if (fi !== undefined) return program.functions[fi].type.ret.k !== 'void';
  const nt = own(program.natives, name);
  return nt !== undefined && nt.ret.k !== 'void';
}

/** [values popped, values pushed] of an instruction, or undefined when not static. */
export function stackEffect(program: Program, insn: Insn): [number, number] | undefined {
  switch (insn.op) {
    case Op.STMT:
    case Op.JMP:
    case Op.ALLOCL:
      return [0, 0];
    case Op.PUSH:
    case Op.LVAR:
    case Op.GADDR:
      return [0, 1];
    case Op.POP:
    case Op.JZ:
    case Op.JNZ:
    case Op.SWITCH:
      return [1, 0];
    case Op.DUP:
      return [1, 2];
    case Op.SVAR:
    case Op.LOAD:
    case Op.MLOAD:
    case Op.MADDR:
    case Op.NEG:
    case Op.NOT:
    case Op.BNOT:
    case Op.CONV:
    case Op.TOBOOL:
    case Op.PTR2INT:
    case Op.INT2PTR:
    case Op.ZEROAGG:
    case Op.AGGGET:
    case Op.PTYPE:
      return [1, 1];
    case Op.STORE:
    case Op.MSTORE:
    case Op.PADD:
    case Op.PDIFF:
    case Op.BIN:
    case Op.CMP:
    case Op.PCMP:
      return [2, 1];
    case Op.CALL:
      return typeof insn.b === 'string' ? [insn.a, callPushes(program, insn.b) ? 1 : 0] : undefined;
    case Op.CALLI:
      // The compiler notes whether the pointer's type returns a value (compile-call.ts).
      return insn.b === 'void' ? [insn.a + 1, 0] : insn.b === 'value' ? [insn.a + 1, 1] : undefined;
    case Op.BUILTIN: {
      const kind = (insn.b as BuiltinInfo | undefined)?.kind;
      return kind === 'bug' ? [1, 0] : kind === 'warn' ? [1, 1] : kind === 'yield' ? [0, 0] : undefined;
    }
    case Op.RET:
      return insn.a === 1 ? [1, 0] : [0, 0];
    default:
      return undefined;
  }
}

/** Where control may go after an instruction (besides faults). */
function successors(insn: Insn, pc: number): number[] {
  switch (insn.op) {
    case Op.JMP:
      return [insn.a];
    case Op.JZ:
    case Op.JNZ:
      return [pc + 1, insn.a];
    case Op.SWITCH: {
      const tb = insn.b as { targets: number[]; dflt: number; ranges?: { target: number }[] };
      return [...tb.targets, tb.dflt, ...(tb.ranges ?? []).map((r) => r.target)];
    }
    case Op.RET:
      return [];
    default:
      return [pc + 1];
  }
}

export function analyseFlow(fn: FnCode, program: Program): Flow | undefined {
  const code = fn.code;
  const depth: (number | undefined)[] = new Array(code.length).fill(undefined);
  const labels = new Set<number>();
  let maxDepth = 0;
  const work: number[] = [];
  const reach = (pc: number, d: number): boolean => {
    if (pc < 0 || pc >= code.length) return false;
    if (depth[pc] === undefined) {
      depth[pc] = d;
      work.push(pc);
      return true;
    }
    return depth[pc] === d;
  };
  reach(0, 0);
  // Statements the entry does not reach (after a return) may still be entered by a goto of the
  // debugger: each starts with an empty stack.
  for (let seed = 0; seed <= code.length; seed++) {
    while (work.length) {
      const pc = work.pop()!;
      const insn = code[pc];
      const eff = stackEffect(program, insn);
      const d = depth[pc]!;
      if (!eff || d < eff[0]) return undefined;
      const after = d - eff[0] + eff[1];
      maxDepth = Math.max(maxDepth, d, after);
      for (const s of successors(insn, pc)) {
        if (!reach(s, after)) return undefined;
        if (insn.op === Op.JMP || insn.op === Op.JZ || insn.op === Op.JNZ || insn.op === Op.SWITCH) labels.add(s);
      }
      if (insn.op === Op.STMT) labels.add(pc);
      if (insn.op === Op.CALL || insn.op === Op.CALLI || insn.op === Op.BUILTIN) {
        labels.add(pc);
        labels.add(pc + 1);
      }
    }
    while (seed < code.length && !(code[seed].op === Op.STMT && depth[seed] === undefined)) seed++;
    if (seed < code.length) reach(seed, 0);
  }
  let entry = 0;
  while (entry < code.length && code[entry].op === Op.ALLOCL) entry++;
  labels.add(entry);
  return { depth, labels, maxDepth };
}
