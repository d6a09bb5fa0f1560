// Compiled C (src/c/codegen*.ts) against the switch interpreter: every function of the
// differential corpus and of the interpreter benchmarks compiles to JavaScript, and the two
// engines run each corpus program in lockstep to the same state after every statement (frames,
// pc, locals, operand stacks, memory, step counts), with and without the debugger's native
// gate (a stop at every native call's entry and exit). Faults, the call-depth limit and the
// memory budget end at the same position with the same message.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadProgram, printfNatives } from '../../../src/c';
import { generatedFunction, generateSource } from '../../../src/c/codegen';
import { GEN_MAX_INSNS, Machine, setDefaultEngine, setGeneratedSizeLimit, type Engine, type StepOutcome } from '../../../src/c/machine';
import type { MachineLimits } from '../../../src/c/limits';
import type { Program } from '../../../src/c/ir';
import { SimFault } from '../../../src/c/native';
import { createModel } from '../../../src/mm/build';
import { createModelMemory } from '../../../src/mm/memory';
import { createNatives } from '../../../src/mm/natives';
import { includeDirsFor } from '../../../src/sim/load';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'test', 'c-corpus'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`test/c-corpus not found above ${from}`);
    dir = up;
  }
  return dir;
}

const root = findRoot(__dirname);
const corpusDir = path.join(root, 'test', 'c-corpus');
const benchDir = path.join(root, 'bench', 'interpreter');
const corpus = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.c')).sort();
const PRINT_NAMES = ['printf', 'pr_info', 'pr_err', 'pr_warn', 'pr_debug', 'printk'];
/** Statements per corpus program compared in lockstep (the gcc differential test runs them whole). */
const LOCKSTEP_STEPS = 4000;

function freshNatives(): ReturnType<typeof createNatives> {
  return createNatives(createModel({ processes: [{ pid: 1, name: 'exec', vmas: [{ start: 0x10000, end: 0x20000 }] }] }));
}

async function load(files: Record<string, string> | string): Promise<Program> {
  const names = typeof files === 'string' ? [files] : Object.keys(files);
  const read = typeof files === 'string' ? (p: string) => fs.promises.readFile(p, 'utf8') : async (p: string) => {
    if (!(p in files)) throw new Error('ENOENT');
    return files[p];
  };
  const r = await loadProgram(names, {
    reader: { read },
    includeDirs: typeof files === 'string' ? includeDirsFor(names) : ['/inc'],
    nativeNames: new Set([...Object.keys(freshNatives()), ...PRINT_NAMES]),
  });
  assert.ok(r.program, r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return r.program;
}

/** A machine as `mmstep exec` builds it (exec.ts), on the given engine; output collected. */
function machine(program: Program, engine: Engine, limits?: MachineLimits): { m: Machine; out: string[] } {
  const out: string[] = [];
  setDefaultEngine(engine);
  // Every function generated, whatever its size (GEN_MAX_INSNS keeps long ones interpreted).
  setGeneratedSizeLimit(Infinity);
  try {
    const model = createModel({ processes: [{ pid: 1, name: 'exec', vmas: [{ start: 0x10000, end: 0x20000 }] }] });
    const m: Machine = new Machine(
      program,
      { ...createNatives(model), ...printfNatives(() => m.state.mem) },
      createModelMemory(model),
      { warn: (msg) => out.push(msg + '\n'), print: (t) => out.push(t) },
      limits,
    );
    assert.strictEqual(m.engine, engine);
    return { m, out };
  } finally {
    setDefaultEngine(undefined);
    setGeneratedSizeLimit(undefined);
  }
}

const json = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));

function outcome(o: StepOutcome): string {
  return json(o);
}

describe('codegen: C compiled to JavaScript', () => {
  it('compiles every function of the corpus and of the interpreter benchmarks', async function () {
    this.timeout(120_000);
    const files = [...corpus.map((f) => path.join(corpusDir, f)), ...fs.readdirSync(benchDir).filter((f) => f.endsWith('.c')).map((f) => path.join(benchDir, f))];
    const missing: string[] = [];
    let n = 0;
    for (const file of files) {
      const program = await load(file);
      for (const fn of program.functions) {
        n++;
        if (!generateSource(program, fn)) missing.push(`${path.basename(file)}: ${fn.name}`);
      }
    }
    assert.deepStrictEqual(missing, [], 'functions left to the interpreter');
    assert.ok(n > 500, `only ${n} functions`);
  });

  it('a function longer than GEN_MAX_INSNS stays in the interpreter, a short one is generated', async () => {
    const body = Array.from({ length: GEN_MAX_INSNS / 2 }, (_, k) => `  s += ${k};`).join('\n');
    const src = `int big(int s) {\n${body}\n  return s; }\nint small(int s) { return s + 1; }\nint main(void) { return small(big(0)); }\n`;
    const program = await load({ '/t.c': src });
    assert.ok(program.functions[program.fnIndex.big].code.length > GEN_MAX_INSNS);
    const gen = (m: Machine, name: string): unknown => (m as unknown as { generated(fi: number): unknown }).generated(program.fnIndex[name]);
    setDefaultEngine('codegen');
    try {
      const m = new Machine(program, freshNatives(), createModelMemory(createModel({ processes: [] })), { warn: () => {}, print: () => {} });
      assert.strictEqual(gen(m, 'big'), null, 'big runs in the interpreter');
      assert.strictEqual(typeof gen(m, 'small'), 'function', 'small is generated');
      const tid = m.spawn('main', 'main', [], 0);
      let o: StepOutcome;
      do o = m.step(tid);
      while (o.kind === 'stmt');
      const want = BigInt((GEN_MAX_INSNS / 2) * (GEN_MAX_INSNS / 2 - 1) / 2 + 1);
      assert.strictEqual(outcome(o), outcome({ kind: 'done', value: want }));
    } finally {
      setDefaultEngine(undefined);
    }
    // The lockstep tests lift the limit: there every function is generated.
    const { m } = machine(program, 'codegen');
    assert.strictEqual(typeof gen(m, 'big'), 'function');
  });

  it('a function call and its statements run as generated code, with the same results', async () => {
    const src = 'int sq(int x) { return x * x; }\nint main(void) { int i, s = 0;\n for (i = 0; i < 10; i++) s += sq(i);\n return s; }\n';
    const program = await load({ '/t.c': src });
    const fn = program.functions[program.fnIndex.sq];
    assert.ok(generatedFunction(program, fn, { kind: 'stmt' }), 'sq has a generated step function');
    for (const engine of ['codegen', 'switch'] as Engine[]) {
      const { m } = machine(program, engine);
      const tid = m.spawn('main', 'main', [], 0);
      let o: StepOutcome;
      do o = m.step(tid);
      while (o.kind === 'stmt');
      assert.strictEqual(outcome(o), outcome({ kind: 'done', value: 285n }), engine);
    }
  });
});

/** Run both engines statement by statement; compare the state after every step. */
function lockstep(program: Program, gate: boolean, name: string): void {
  const a = machine(program, 'switch');
  const b = machine(program, 'codegen');
  if (gate) {
    a.m.nativeGate = () => 'test';
    b.m.nativeGate = () => 'test';
  }
  const main = program.functions[program.fnIndex.main];
  const args = main.params === 0 ? [] : [0n, { t: 'p' as const, s: 'null' as const, b: 0, i: 0 }];
  const ta = a.m.spawn('main', 'main', args.slice(0, main.params), 0);
  const tb = b.m.spawn('main', 'main', args.slice(0, main.params), 0);
  assert.strictEqual(json(b.m.state), json(a.m.state), `${name}: state at entry`);
  for (let n = 0; n < LOCKSTEP_STEPS; n++) {
    const oa = a.m.step(ta);
    const ob = b.m.step(tb);
    assert.strictEqual(outcome(ob), outcome(oa), `${name}: outcome of step ${n + 1}`);
    const threadA = a.m.thread(ta);
    const threadB = b.m.thread(tb);
    if (oa.kind === 'fault') {
      // The operand stack at a fault is not compared: the thread is dead.
      assert.strictEqual(json(threadB.frames.map((f) => [f.fn, f.pc, f.vars, f.stmtLoc])), json(threadA.frames.map((f) => [f.fn, f.pc, f.vars, f.stmtLoc])), `${name}: frames at the fault`);
      break;
    }
    // Cheap comparison each step (the top frame), the whole state now and then and at the end.
    const topA = threadA.frames[threadA.frames.length - 1];
    const topB = threadB.frames[threadB.frames.length - 1];
    assert.strictEqual(json([threadB.frames.length, threadB.status, threadB.native, topB]), json([threadA.frames.length, threadA.status, threadA.native, topA]), `${name}: thread after step ${n + 1}`);
    if (n % 250 === 0 || oa.kind !== 'stmt' && oa.kind !== 'native') assert.strictEqual(json(b.m.state), json(a.m.state), `${name}: state after step ${n + 1}`);
    if (oa.kind !== 'stmt' && oa.kind !== 'native' && oa.kind !== 'yield') break;
  }
  assert.strictEqual(json(b.m.state), json(a.m.state), `${name}: final state`);
  assert.strictEqual(b.out.join(''), a.out.join(''), `${name}: output`);
}

describe('codegen: the corpus in lockstep with the switch interpreter', () => {
  corpus.forEach((file, i) => {
    const gate = i % 2 === 0;
    it(`${file}${gate ? ' (stopping in every native)' : ''}`, async function () {
      this.timeout(60_000);
      lockstep(await load(path.join(corpusDir, file)), gate, file);
    });
  });
});

/** Run main to its end on one engine: the outcome and where the thread rests. */
async function runToEnd(src: string, engine: Engine, limits?: MachineLimits): Promise<string> {
  const program = await load({ '/t.c': src });
  const { m, out } = machine(program, engine, limits);
  let tid: number;
  try {
    tid = m.spawn('main', 'main', [], 0);
  } catch (err) {
    if (!(err instanceof SimFault)) throw err;
    return json({ spawnFault: err.kind, message: err.message, loc: err.loc });
  }
  let o: StepOutcome;
  let steps = 0;
  do o = m.step(tid);
  while ((o.kind === 'stmt' || o.kind === 'yield') && ++steps < 100_000);
  const t = m.thread(tid);
  return json({ o, steps: m.state.steps, out: out.join(''), at: m.currentLoc(t), frames: t.frames.map((f) => [f.fn, f.pc, f.stmtLoc]) });
}

describe('codegen: faults as the interpreter reports them', () => {
  const cases: Record<string, string> = {
    'uninitialized local': 'int main(void) { int x; int y = 2;\n y = y + x;\n return y; }',
    'signed overflow': 'int main(void) { int x = 2147483647;\n x = x + 1;\n return x; }',
    'signed multiply overflow': 'int main(void) { long x = 1L << 40;\n x = x * x;\n return 0; }',
    'INT_MIN / -1': 'int main(void) { int x = -2147483647 - 1, y = -1;\n x = x / y;\n return x; }',
    'division by zero': 'int main(void) { unsigned int z = 0;\n return 5u % z; }',
    'shift out of range': 'int main(void) { int n = 70;\n unsigned long v = 1UL << n;\n return (int)v; }',
    'NULL member read': 'struct s { int a, b; };\nint main(void) { struct s *p = 0;\n return p->b; }',
    'out-of-bounds array read': 'int a[4];\nint main(void) { int i = 4;\n return a[i]; }',
    'use after scope': 'int *f(void) { int x = 1; return &x; }\nint main(void) { int *p = f();\n return *p; }',
    'call through NULL': 'int main(void) { int (*f)(int) = 0;\n return f(1); }',
    'runaway recursion': 'int f(int n) { return n ? f(n - 1) + 1 : 0; }\nint main(void) { return f(100000); }',
    'falling off a non-void function': 'int f(int n) { if (n) return 1; }\nint main(void) { int r = f(0);\n return r; }',
    'BUG_ON': 'int main(void) { int n = 3;\n BUG_ON(n > 2);\n return 0; }',
  };
  for (const [name, src] of Object.entries(cases)) {
    it(name, async () => {
      const want = await runToEnd(src, 'switch', { maxCallDepth: 500 });
      assert.match(want, /"kind":"fault"/, `the case must fault: ${want}`);
      assert.strictEqual(await runToEnd(src, 'codegen', { maxCallDepth: 500 }), want);
    });
  }

  it('the memory budget, at the declaration that crosses it', async () => {
    const src = 'void f(void) { char big[4096]; big[0] = 1; }\nint main(void) { f();\n return 0; }';
    const want = await runToEnd(src, 'switch', { maxMemoryBytes: 16 * 1024 });
    assert.match(want, /memory-budget/);
    assert.strictEqual(await runToEnd(src, 'codegen', { maxMemoryBytes: 16 * 1024 }), want);
  });

  it('statement expressions keep their operand stack across statement boundaries', async () => {
    const src = 'int main(void) { int a = 1;\n int b = 10 + ({ int t = a + 1;\n t * 3; }) + ({ a++; a; });\n return b; }';
    const want = await runToEnd(src, 'switch');
    assert.match(want, /"value":"18n"/);
    assert.strictEqual(await runToEnd(src, 'codegen'), want);
  });
});
