// `mmstep exec FILE.c ...`: run a plain C program's main() in the interpreter, with the model's
// natives available (on an empty memory model) and printf to stdout. The differential tests
// against gcc use this same path, so what they check is what the debugger runs. With `user`,
// the program is a user-space program of the model's process (user-program.ts): its thread is
// current in process 1, whose address space is empty apart from a heap; its pointers from
// mmap / malloc are user addresses reached through the page tables, and the kernel's fault
// path (kernel/mm/memory.c) is linked in.

import { loadProgram } from '../c';
import { Machine } from '../c/machine';
import type { MachineLimits } from '../c/limits';
import { SimFault } from '../c/native';
import { printfNatives } from '../c/printf';
import { createModel } from '../mm/build';
import { createModelMemory } from '../mm/memory';
import { createNatives } from '../mm/natives';
import type { Diagnostic } from './types';
import { includeDirsFor } from './load';
import { bindUserThread, userKernelSources, userNatives, userProcessModel, USER_PID } from './user-program';
import type { Value } from '../c/value';
import type { MmModel } from '../mm/state';
import { runOthers, type TaskRunner } from './user-tasks';

export interface ExecResult {
  /** main's return value as the process exit status (0–255), or undefined when it did not return. */
  exitCode?: number;
  stdout: string;
  fault?: { kind: string; message: string; file: string; line: number; column: number };
  diagnostics: Diagnostic[];
  steps: number;
  /** Wall time of the run alone (from main's first statement), without loading: benches. */
  runMs?: number;
}

export interface ExecOptions {
  read(path: string): Promise<string>;
  includeDirs?: string[];
  /** Statements before the run is stopped as a runaway (default 50 million). */
  stepBudget?: number;
  /** Call depth, memory budget of the interpreter (defaults in src/c/limits.ts). */
  limits?: MachineLimits;
  /** Characters of output before the run is stopped (default 64 Mi). */
  outputBudget?: number;
  /** Called with output as it is produced (in addition to ExecResult.stdout). */
  onOutput?(text: string): void;
  /** Run as a user program of the model's process (see the file comment). */
  user?: UserExecOptions;
}

export interface UserExecOptions {
  /** mmstep's kernel/ folder (for kernel/mm/memory.c and kernel/include). */
  kernelDir: string;
  /** The C function to run (default main). */
  entry?: string;
  /** Its arguments (default none; main gets argc 0, argv NULL). */
  args?: Value[];
  /** Called with the model once the run ends (tests look at pages, ptes, the heap). */
  onModel?(model: MmModel): void;
  /** Called after every statement (tests step back and forth; a runner counts). */
  onStep?(machine: Machine, model: MmModel, tid: number): void;
}

export async function execProgram(files: string[], opts: ExecOptions): Promise<ExecResult> {
  // One idle process: the model wants at least one; plain programs never touch it.
  const user = opts.user;
  const model = user ? userProcessModel('exec') : createModel({ processes: [{ pid: 1, name: 'exec', vmas: [{ start: 0x10000, end: 0x20000 }] }] });
  const natives = user ? { ...createNatives(model), ...userNatives(model) } : createNatives(model);
  const sources = user ? [...files, ...userKernelSources(user.kernelDir)] : files;
  const loaded = await loadProgram(sources, {
    reader: { read: opts.read },
    includeDirs: opts.includeDirs ?? includeDirsFor(sources),
    nativeNames: new Set([...Object.keys(natives), 'printf', 'pr_info', 'pr_err', 'pr_warn', 'pr_debug', 'printk']),
  });
  const out: string[] = [];
  if (!loaded.program) return { stdout: '', diagnostics: loaded.diagnostics, steps: 0 };
  const entry = user?.entry ?? 'main';
  if (loaded.program.fnIndex[entry] === undefined) {
    return {
      stdout: '',
      steps: 0,
      diagnostics: [...loaded.diagnostics, { file: files[0], line: 1, column: 1, severity: 'error', message: `no ${entry}() function to run` }],
    };
  }
  const outputBudget = opts.outputBudget ?? 64 * 1024 * 1024;
  let printed = 0;
  const emit = (t: string): void => {
    // A program printing in a loop must not fill the heap with its output.
    printed += t.length;
    if (printed > outputBudget) throw new SimFault('memory-budget', `output budget of ${outputBudget} characters exhausted`);
    out.push(t);
    opts.onOutput?.(t);
  };
  let machine: Machine | undefined;
  let tid: number;
  try {
    const m: Machine = new Machine(
      loaded.program,
      { ...natives, ...printfNatives(() => m.state.mem) },
      createModelMemory(model),
      { warn: (msg) => emit(msg + '\n'), print: emit },
      opts.limits,
    );
    machine = m;
    const main = loaded.program.functions[loaded.program.fnIndex[entry]];
    const args = user?.args ?? (main.params === 0 ? [] : [0n, { t: 'p' as const, s: 'null' as const, b: 0, i: 0 }]);
    // The thread is current in the user process before its first statement runs.
    if (user) bindUserThread(model, m.state.threads.length + 1, USER_PID);
    tid = m.spawn(entry, entry, entry === 'main' ? args.slice(0, main.params) : args, 0);
  } catch (err) {
    // A fault before main's first statement: in a file-scope initializer or main's parameters.
    if (!(err instanceof SimFault)) throw err;
    const l = err.loc ?? { file: files[0], line: 1, column: 1 };
    return {
      stdout: out.join(''),
      diagnostics: loaded.diagnostics,
      steps: machine?.state.steps ?? 0,
      fault: { kind: err.kind, message: err.message, file: l.file, line: l.line, column: l.column },
    };
  }
  const budget = opts.stepBudget ?? 50_000_000;
  try {
    const onStep = user?.onStep;
    const t0 = performance.now();
    const tasks: TaskRunner | undefined = user ? { machine, model, budget, ...(onStep ? { onStep: (t: number) => onStep(machine!, model, t) } : {}) } : undefined;
    const res = run(machine, tid, budget, out, loaded.diagnostics, onStep ? () => onStep(machine!, model, tid) : undefined, tasks);
    res.runMs = performance.now() - t0;
    return res;
  } finally {
    user?.onModel?.(model);
  }
}

function run(machine: Machine, tid: number, budget: number, out: string[], diagnostics: Diagnostic[], onStep?: () => void, tasks?: TaskRunner): ExecResult {
  const loaded = { diagnostics };
  for (;;) {
    // Nothing looks between statements unless onStep does: run in batches up to the budget.
    const o = onStep ? machine.step(tid) : machine.runWithin(tid, budget);
    if (o.kind === 'stmt' || o.kind === 'yield') {
      onStep?.();
      if (machine.state.steps > budget) {
        const loc = machine.currentLoc(machine.thread(tid));
        return {
          stdout: out.join(''),
          diagnostics: loaded.diagnostics,
          steps: machine.state.steps,
          fault: { kind: 'step-budget', message: `step budget of ${budget} statements exhausted`, file: loc.file, line: loc.line, column: loc.column },
        };
      }
      continue;
    }
    // Main sleeps (waitpid): the processes it forked run until they wake it.
    const others = o.kind === 'blocked' && tasks ? runOthers(tasks, tid) : undefined;
    if (others?.kind === 'ready') continue;
    const res: ExecResult = { stdout: out.join(''), diagnostics: loaded.diagnostics, steps: machine.state.steps };
    if (others?.kind === 'fault' || others?.kind === 'budget') {
      const f = others.kind === 'fault' ? others.fault : undefined;
      const loc = f ?? machine.currentLoc(machine.thread(others.kind === 'budget' ? others.tid : tid));
      res.fault = { kind: f?.kind ?? 'step-budget', message: f?.message ?? `step budget of ${budget} statements exhausted`, file: loc.file, line: loc.line, column: loc.column };
      return res;
    }
    if (o.kind === 'done') res.exitCode = Number(BigInt.asUintN(8, typeof o.value === 'bigint' ? o.value : 0n));
    else if (o.kind === 'fault') {
      const l = o.fault.loc;
      res.fault = { kind: o.fault.kind, message: o.fault.message, file: l.file, line: l.line, column: l.column };
    } else if (o.kind === 'blocked') {
      const loc = machine.currentLoc(machine.thread(tid));
      res.fault = { kind: 'deadlock', message: `main sleeps forever in ${o.reason}`, file: loc.file, line: loc.line, column: loc.column };
    }
    return res;
  }
}
