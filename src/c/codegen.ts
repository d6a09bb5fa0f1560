// Compiled C: each C function's stack-machine code becomes one JavaScript function, generated
// at load (lazily, at a function's first step) with `new Function`. It runs one step: from the
// frame's pc to the next statement boundary, a call, a return, a sleep or a fault, exactly as
// the switch interpreter (machine.ts exec) would. All execution state stays plain data: the
// generated code reads the pc and the operand stack from the frame when it starts, keeps them
// in JavaScript locals while the statement runs, and writes them back to the frame wherever
// the thread may stop (statement boundaries, calls), so snapshots, hashing, time travel and
// exploration see the same state as with the interpreter. Rare instructions (calls, returns,
// allocations, builtins) run through the interpreter's own code with the stack in data.
//
// Integers are BigInt as everywhere else (value.ts); the gain is in dispatch, the operand
// stack, constant folding and per-instruction specialisation (width, signedness, member slot).

import { analyseFlow } from './codegen-flow';
import { FnGen } from './codegen-ops';
import { runtime } from './codegen-rt';
import { Op, type FnCode, type Insn, type Program } from './ir';
import type { Frame, StepOutcome, ThreadState } from './machine-state';
import type { ModelMemory } from './native';
import type { Regions } from './memory';

/** What generated code needs of the machine. */
export interface GenHost {
  readonly state: { mem: Regions; steps: number };
  readonly model: ModelMemory;
  readonly maxCallDepth: number;
  readonly program: Program;
  /** Statement boundaries the step may still cross (Machine.runFor); 0: stop at the next. */
  quota: number;
  cFunctionIndex(name: string): number | undefined;
  execInsn(t: ThreadState, fr: Frame, insn: Insn): StepOutcome | 'frame' | undefined;
  /** A called function's allocations (parameters and locals in memory), run as part of the call. */
  prologue(t: ThreadState, fr: Frame): void;
  /** A returning frame's objects released. */
  freeRegions(fr: Frame): void;
}

/** One step of a thread whose top frame runs this function (see the file comment). */
export type GenFn = (m: GenHost, t: ThreadState, fr: Frame, first: boolean) => StepOutcome | 'frame' | typeof runtime.USE_SWITCH;

/** Generated functions by their code (a Program shared by many machines compiles once). */
const cache = new WeakMap<FnCode, GenFn | null>();

/** The generated function for `fn`, or undefined where its code has no static shape. */
export function generatedFunction(program: Program, fn: FnCode, done: StepOutcome): GenFn | undefined {
  let g = cache.get(fn);
  if (g === undefined) {
    g = generate(program, fn, done) ?? null;
    cache.set(fn, g);
  }
  return g ?? undefined;
}

/** The JavaScript source of `fn`'s step function (exported for tests and inspection). */
export function generateSource(program: Program, fn: FnCode): { source: string; consts: unknown[] } | undefined {
  const flow = analyseFlow(fn, program);
  if (!flow) return undefined;
  const g = new FnGen(program, fn, flow);
  const code = fn.code;
  for (let pc = 0; pc < code.length; pc++) {
    const d = flow.depth[pc];
    if (d === undefined) {
      g.S = null;
      continue;
    }
    const insn = code[pc];
    if (flow.labels.has(pc)) {
      // Falling into a label: the symbolic stack goes into the slot variables.
      if (g.S) g.flush(g.S);
      g.emit(`case ${pc}:`);
      g.S = g.slots(d);
      if (insn.op === Op.STMT) {
        g.emit(`if (!first) { if (m.quota <= 0) { ${g.stopAt(g.S, pc)} } m.quota--; }`);
        g.emit(`first = false; fr.stmtLoc = ${insn.loc}; m.state.steps++;`);
        continue;
      }
    } else if (!g.S) continue;
    if (insn.op === Op.STMT) {
      // A statement boundary that is not a label cannot happen (every STMT is one).
      throw new Error(`codegen: statement at ${pc} is not an entry`);
    }
    g.insn(pc, insn);
  }
  if (g.S) g.emit('return H.USE_SWITCH;');
  const slots: string[] = [];
  for (let k = 0; k < flow.maxDepth; k++) slots.push(`s${k}`);
  const reload: string[] = [];
  for (let k = flow.maxDepth; k > 0; k--) reload.push(`case ${k}: s${k - 1} = st[${k - 1}];`);
  const entries = new Array(code.length).fill(false);
  for (const l of flow.labels) entries[l] = true;
  const locals = ['r', 'p', 'rg', 'j', 'v', 'x', 'y', ...slots, ...g.temps];
  const source = [
    `return function ${jsName(fn.name)}(m, t, fr, first) {`,
    'const vars = fr.vars, st = fr.stack, model = m.model;',
    'let mem = m.state.mem, pc = fr.pc, ip = -1;',
    `let ${locals.join(', ')};`,
    'if (E[pc] !== true) return H.USE_SWITCH;',
    // Pops, not `st.length = 0`: that gives the stack's storage back, and the next call's push allocates it again.
    reload.length ? `if (st.length !== 0) { switch (D[pc]) { ${reload.join(' ')} } while (st.length !== 0) st.pop(); }` : 'while (st.length !== 0) st.pop();',
    'if (first && C[pc].op !== 0) first = false;',
    'try {',
    'for (;;) {',
    'switch (pc) {',
    ...g.out,
    'default: return H.USE_SWITCH;',
    '}',
    '}',
    '} catch (e) { if (ip >= 0) fr.pc = ip; throw e; }',
    '};',
  ].join('\n');
  g.consts.push(entries, flow.depth);
  return { source, consts: g.consts };
}

function jsName(name: string): string {
  return `c_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function generate(program: Program, fn: FnCode, done: StepOutcome): GenFn | undefined {
  const src = generateSource(program, fn);
  if (!src) return undefined;
  const n = src.consts.length;
  const entries = src.consts[n - 2];
  const depth = src.consts[n - 1];
  const make = new Function('K', 'H', 'C', 'D', 'E', 'DONE', src.source) as (...a: unknown[]) => GenFn;
  return make(src.consts, runtime, fn.code, depth, entries, done);
}
