// Compiled C: each C function's stack-machine code becomes one JavaScript function (a long
// one several, one per region, behind a dispatcher on pc: codegen-split.ts), generated
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

import { analyseFlow, type Flow } from './codegen-flow';
import { FnGen } from './codegen-ops';
import { runtime } from './codegen-rt';
import { splitRegions } from './codegen-split';
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

/**
 * The longest region of a generated function (codegen-split.ts): longer functions become
 * several JavaScript functions and a dispatcher on pc. The kernel's short functions stay
 * whole; migrate_vma_collect_pmd, __migrate_device_pages and __migrate_device_finalize are cut.
 * MMSTEP_GEN_REGION overrides it (bench/migrate/warm.ts measures runs in one process).
 */
export const GEN_REGION_INSNS = 160;
let regionOverride: number | undefined;

/** The region size for functions generated from now on (undefined: MMSTEP_GEN_REGION, else GEN_REGION_INSNS). */
export function setGeneratedRegionSize(n: number | undefined): void {
  regionOverride = n;
}

function regionSize(): number {
  if (regionOverride !== undefined) return regionOverride;
  const env = typeof process !== 'undefined' ? Number(process.env?.MMSTEP_GEN_REGION) : NaN;
  return Number.isFinite(env) && env >= 1 ? env : GEN_REGION_INSNS;
}

/** Generated functions by their code and region size (a Program shared by many machines compiles once). */
const cache = new WeakMap<FnCode, { size: number; g: GenFn | null }>();

/** The generated function for `fn`, or undefined where its code has no static shape. */
export function generatedFunction(program: Program, fn: FnCode, done: StepOutcome): GenFn | undefined {
  const size = regionSize();
  let c = cache.get(fn);
  if (c === undefined || c.size !== size) {
    c = { size, g: generate(program, fn, done, size) ?? null };
    cache.set(fn, c);
  }
  return c.g ?? undefined;
}

/** What generateSource gives: `new Function` source over K, H, C, D, E, RG, DONE. */
export interface GenSource {
  source: string;
  consts: unknown[];
  /** Depth before each instruction (D), dispatch entries (E), each entry's region (RG). */
  depth: (number | undefined)[];
  entries: boolean[];
  regionOf: number[];
  /** The first instruction of each region. */
  regions: number[];
}

/** The JavaScript source of `fn`'s step function (exported for tests and inspection). */
export function generateSource(program: Program, fn: FnCode, maxRegion = regionSize()): GenSource | undefined {
  const flow = analyseFlow(fn, program);
  if (!flow) return undefined;
  const g = new FnGen(program, fn, flow);
  const code = fn.code;
  const starts = splitRegions(code, flow, maxRegion);
  const name = jsName(fn.name);
  const bodies: string[] = [];
  starts.forEach((lo, index) => {
    const hi = index + 1 < starts.length ? starts[index + 1] : code.length;
    if (starts.length > 1) g.region = { lo, hi, index };
    g.out.length = 0;
    g.temps.clear();
    g.S = null;
    regionBody(g, code, flow, lo, hi);
    bodies.push(stepFunction(starts.length > 1 ? `${name}__${index}` : name, g, flow.maxDepth));
  });
  const entries = new Array(code.length).fill(false);
  const regionOf = new Array(code.length).fill(-1);
  for (const l of flow.labels) {
    entries[l] = true;
    let k = starts.length - 1;
    while (starts[k] > l) k--;
    regionOf[l] = k;
  }
  let source: string;
  if (starts.length === 1) source = `return ${bodies[0]};`;
  else {
    // The dispatcher: the region holding the frame's pc runs; a jump to another region
    // returns "jump" with the pc in the frame (no statement boundary was crossed there: a
    // boundary is always inside a region, at its label).
    source = [
      ...bodies.map((b, k) => `const R${k} = ${b};`),
      `const RS = [${bodies.map((_, k) => `R${k}`).join(', ')}];`,
      `return function ${name}(m, t, fr, first) {`,
      'for (;;) {',
      'const k = RG[fr.pc];',
      'if (k === undefined || k < 0) return H.USE_SWITCH;',
      'const r = RS[k](m, t, fr, first);',
      'if (r !== "jump") return r;',
      'first = false;',
      '}',
      '};',
    ].join('\n');
  }
  return { source, consts: g.consts, depth: flow.depth, entries, regionOf, regions: starts };
}

/** The switch cases of instructions lo..hi-1 into g.out. */
function regionBody(g: FnGen, code: FnCode['code'], flow: Flow, lo: number, hi: number): void {
  for (let pc = lo; pc < hi; pc++) {
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
  if (!g.S) return;
  if (hi >= code.length) g.emit('return H.USE_SWITCH;');
  else {
    // Falling into the next region, which starts at a label.
    g.flush(g.S);
    g.emit(g.leave(g.slots(g.S.length), String(hi)));
  }
}

/** One JavaScript step function over g.out (a whole function's code or one region's). */
function stepFunction(name: string, g: FnGen, maxDepth: number): string {
  const slots: string[] = [];
  for (let k = 0; k < maxDepth; k++) slots.push(`s${k}`);
  const reload: string[] = [];
  for (let k = maxDepth; k > 0; k--) reload.push(`case ${k}: s${k - 1} = st[${k - 1}];`);
  const locals = ['r', 'p', 'rg', 'j', 'v', 'x', 'y', ...slots, ...g.temps];
  return [
    `function ${name}(m, t, fr, first) {`,
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
    '}',
  ].join('\n');
}

function jsName(name: string): string {
  return `c_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

function generate(program: Program, fn: FnCode, done: StepOutcome, maxRegion: number): GenFn | undefined {
  const src = generateSource(program, fn, maxRegion);
  if (!src) return undefined;
  const make = new Function('K', 'H', 'C', 'D', 'E', 'RG', 'DONE', src.source) as (...a: unknown[]) => GenFn;
  return make(src.consts, runtime, fn.code, src.depth, src.entries, src.regionOf, done);
}
