// `mmstep selftest`: run a kselftest-style C file (the kernel tree's hmm-tests.c, or any file
// written against kselftest_harness.h) test by test, each in a fresh model.
//
// Why: the kernel's harness forks a child per test, so no test sees another's state; here each
// test × variant gets a new model and a new interpreter over the one compiled program, with its
// own step budget. The file is compiled against mmstep's user-space headers
// (kernel/user/include: our kselftest harness and a small libc) and kernel/user/lib/libc.c,
// never against a tree's own harness. How a test ends — returned, SKIP, a failed ASSERT or
// EXPECT, exit(), a call to a function the model does not have, a fault — becomes one result,
// printed as TAP as the kernel's harness prints it (selftest-result.ts). Same path as `mmstep exec`
// (src/sim/exec.ts): the interpreter on a model with the model's natives.
//
// A kernel tree keeps its hmm selftest in tools/testing/selftests/vm/ before Linux 6.3 and in
// …/mm/ from 6.3 on (the directory was renamed); findTreeSelftest finds it from the tree's
// version (its top Makefile, kernel-tree.ts), the other directory too (a backport).

import { Machine } from '../c/machine';
import type { MachineLimits } from '../c/limits';
import { SimFault, type NativeTable, type SourceLoc } from '../c/native';
import { NULL, type Value } from '../c/value';
import { join } from '../c/paths';
import type { Program } from '../c/ir';
import { createModelMemory } from '../mm/memory';
import type { MmModel } from '../mm/state';
import type { Diagnostic } from './types';
import { findKernelTree, formatKernelVersion, kernelAtLeast, type KernelTree, type TextReader } from './kernel-tree';
import { caseCount, reachableMissing, selectCases, selftestCases, type SelftestCase } from './selftest-cases';
import { KSFT_PASS, type SelftestReport } from './selftest-natives';
import { finishResult, tapFooter, tapHeader, tapResult, tapRun, tapTotals, type SelftestResult, type SelftestTotals } from './selftest-result';
import { bootInitFunctions, paramFunctions, type SelftestDriver } from './selftest-driver';
import { loadSelftestProgram, selftestNatives } from './selftest-load';
import { runOthers, type TaskRunner } from './user-tasks';

export type { SelftestResult } from './selftest-result';
export { SYSCALL_SOURCES, selftestUnitConfig, userPaths } from './selftest-load';

/**
 * Statements one test may run before it is stopped as a runaway (`--step-budget`), as for
 * `mmstep exec`: hmm-tests write and check every int of a 1024-page buffer several times (about
 * 3 million statements before a test's first ioctl), far past a scenario's 2,000,000.
 */
/**
 * Every function of a selftest program is generated (codegen-split.ts cuts the long ones):
 * hmm-tests' TEST_F bodies and the driver's dmirror_do_read are longer than the default
 * limit, and anon_read ran 13.6 M statements in 10.7 s instead of 13.6 s with them generated
 * (the code is generated once per program: each test's fresh machine reuses it).
 */
const SELFTEST_GEN_MAX = Number.POSITIVE_INFINITY;

/**
 * A test's statements before it is stopped as a runaway. hmm-tests' longest, migrate_multiple,
 * runs about 167 M statements (ten 1024-page buffers migrated and checked int by int);
 * anon_read_multiple and anon_teardown about 100 M. 200 M leaves them room and still ends a
 * `for (;;)` in a minute or two.
 */
export const DEFAULT_SELFTEST_STEP_BUDGET = 200_000_000;


export interface SelftestOptions {
  read(path: string): Promise<string>;
  /** mmstep's kernel/ folder: user/include (harness, libc headers) and user/lib/libc.c. */
  kernelDir: string;
  /** A kernel tree whose uapi headers the file includes with <…> (lib/test_hmm_uapi.h). */
  treeRoot?: string;
  /** The file is a tree's own: its "…" includes never look beside it (the tree's harness). */
  treeFile?: boolean;
  /** TEST… selectors (selftest-cases.ts selectCases); none: every test. */
  selectors?: string[];
  stepBudget?: number;
  /** The hugetlb pool of each test's machine, in 2 MiB pages (default DEFAULT_SELFTEST_NR_HUGEPAGES). */
  nrHugepages?: number;
  limits?: MachineLimits;
  /** Characters one test may print (default 4 Mi). */
  outputBudget?: number;
  /** The process the tests run as (default: user-program.ts's user process with user memory). */
  process?: SelftestProcess;
  /** TAP text as it is produced. */
  onOutput?(text: string): void;
  /** How a file is named in a fault's reason (the CLI's relative paths); default: as is. */
  display?(path: string): string;
  /**
   * A kernel tree's driver to link (selftest-driver.ts: lib/test_hmm.c behind /dev/hmm_dmirror*):
   * its sources replace the process's kernel C, and its init runs before each test.
   */
  driver?: SelftestDriver;
}

/**
 * The user process each test runs as, for the runner to build afresh per test: its model, the
 * natives of user memory and system calls, the kernel C they need (the fault path), and what
 * makes a new thread current in the process.
 */
export interface SelftestProcess {
  model(): MmModel;
  /** With `base`, the runner's own exit/_exit/abort, which a forked child's override (user-program.ts). */
  natives?(model: MmModel, base?: NativeTable): NativeTable;
  sources?: string[];
  bindThread?(model: MmModel, tid: number): void;
}

export interface SelftestRun {
  file: string;
  /** Test cases (fixture × variant pairs), as the TAP header counts them. */
  caseCount: number;
  results: SelftestResult[];
  totals: SelftestTotals;
  diagnostics: Diagnostic[];
  /** Selectors that matched no test. */
  unknown: string[];
}

export async function runSelftests(file: string, opts: SelftestOptions): Promise<SelftestRun> {
  const { program, diagnostics, proc } = await loadSelftestProgram(file, opts);
  const empty: SelftestRun = { file, caseCount: 0, results: [], totals: tapTotals([]), diagnostics, unknown: [] };
  if (!program) return empty;
  const all = selftestCases(program);
  if (!all.length) {
    empty.diagnostics = [...diagnostics, { file, line: 1, column: 1, severity: 'error', message: 'no TEST() or TEST_F() in this file (does it include kselftest_harness.h?)' }];
    return empty;
  }
  const { cases, unknown } = selectCases(all, opts.selectors ?? []);
  // A selector that names no test is a usage error: nothing runs.
  if (unknown.length) return { ...empty, unknown };
  const out = opts.onOutput ?? ((): void => undefined);
  const count = caseCount(cases);
  out(tapHeader(cases.length, count));
  const results: SelftestResult[] = [];
  for (const c of cases) {
    out(tapRun(c.name));
    const r = runCase(program, c, proc, opts, out);
    results.push(r);
    out(tapResult(r));
  }
  const totals = tapTotals(results);
  out(tapFooter(totals));
  return { file, caseCount: count, results, totals, diagnostics, unknown };
}

/** One test × variant in a fresh model. */
function runCase(program: Program, c: SelftestCase, proc: SelftestProcess, opts: SelftestOptions, out: (t: string) => void): SelftestResult {
  const report: SelftestReport = { code: KSFT_PASS };
  const model = proc.model();
  const outputBudget = opts.outputBudget ?? 4 * 1024 * 1024;
  const printed: string[] = [];
  let size = 0;
  const emit = (t: string): void => {
    size += t.length;
    if (size > outputBudget) throw new SimFault('memory-budget', `output budget of ${outputBudget} characters exhausted`);
    printed.push(t);
    out(t);
  };
  let machine: Machine | undefined;
  const mem = () => machine!.state.mem;
  // The kernel's printk (the driver's pr_info, pr_debug, ...) goes to the kernel log, as dmesg,
  // not into the test's output; the result keeps its end (kernelLog).
  const klog: string[] = [];
  let klogSize = 0;
  const log = (t: string): void => {
    klog.push(t);
    klogSize += t.length;
    while (klogSize > KERNEL_LOG_BUDGET && klog.length > 1) klogSize -= klog.shift()!.length;
  };
  const { natives, has } = selftestNatives(model, program, proc, report, mem, opts.driver ? log : undefined, opts.driver?.params);
  const withLog = (r: SelftestResult): SelftestResult => {
    if (klog.length) r.kernelLog = klog.join('');
    return r;
  };
  const needs = reachableMissing(program, [c.entry, c.teardown], has);
  const budget = opts.stepBudget ?? DEFAULT_SELFTEST_STEP_BUDGET;
  const arg: Value = c.variantFn ? { t: 'f', name: c.variantFn } : NULL;
  try {
    machine = new Machine(program, natives, createModelMemory(model), { warn: (m) => emit(`# WARNING: ${m}\n`), print: emit }, { maxGeneratedInsns: SELFTEST_GEN_MAX, ...opts.limits });
    const bind = (tid: number): void => proc.bindThread?.(model, tid);
    // The driver's module init first, as insmod before the test (its own step budget), after
    // its parameters (module_param) took insmod's values.
    if (opts.driver) {
      // Built-in drivers' initcalls (mm/gup_test.c's late_initcall) at boot, before insmod.
      for (const fn of [...bootInitFunctions(program), ...paramFunctions(program)]) {
        const set = runThread({ machine, model, budget }, fn, [], report, bind);
        if (set.fault) return withLog(withNeeds(finishResult(c, report, set.fault, machine.state.steps, printed, out, opts.display), needs));
      }
      const init = runThread({ machine, model, budget }, opts.driver.init, [], report, bind);
      const failed = init.fault ?? (report.end ? endFault(report.end, opts.driver.init) : badInit(machine, opts.driver.init, init.value));
      if (failed) {
        delete report.end;
        return withLog(withNeeds(finishResult(c, report, failed, machine.state.steps, printed, out, opts.display), needs));
      }
    }
    const first = runThread({ machine, model, budget }, c.entry, [arg], report, bind);
    // A failed ASSERT ends the test where it failed; the teardown runs after it, once.
    if (report.end?.kind === 'bail' && !first.fault) {
      const end = report.end;
      const td = runThread({ machine, model, budget }, c.teardown, [arg], report, bind);
      report.end = end;
      return withLog(withNeeds(finishResult(c, report, td.fault, machine.state.steps, printed, out, opts.display), needs));
    }
    return withLog(withNeeds(finishResult(c, report, first.fault, machine.state.steps, printed, out, opts.display), needs));
  } catch (err) {
    if (!(err instanceof SimFault)) throw err;
    // Before the test's first statement: a file-scope initializer, or the output budget.
    const l = err.loc ?? { file: c.file, line: c.line, column: 1 };
    return withLog(withNeeds(finishResult(c, report, { kind: err.kind, message: err.message, file: l.file, line: l.line, column: l.column }, machine?.state.steps ?? 0, printed, out, opts.display), needs));
  }
}

function withNeeds(r: SelftestResult, needs: string[]): SelftestResult {
  if (needs.length) r.needs = needs;
  return r;
}

export interface ThreadFault {
  kind: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

/** The module init ended by a harness native (exit, a missing function): not ok, naming it. */
function endFault(end: NonNullable<SelftestReport['end']>, init: string): ThreadFault {
  const what = end.kind === 'missing' ? `calls ${end.name}(), which is not modelled by mmstep` : `ended by ${end.kind}`;
  return { kind: 'module-init', message: `the driver's module init (${init}) ${what}`, file: end.loc.file, line: end.loc.line, column: end.loc.column };
}

/** A module init that returned an error: the test cannot run (insmod would fail). */
function badInit(m: Machine, init: string, v: Value | undefined): ThreadFault | undefined {
  if (typeof v === 'bigint' && v === 0n) return undefined;
  const f = m.program.functions[m.program.fnIndex[init] ?? -1];
  return { kind: 'module-init', message: `the driver's module init (${init}) returned ${typeof v === 'bigint' ? v : '?'}`, file: f?.file ?? init, line: f?.line ?? 1, column: 1 };
}

/**
 * Run `fn(args)` to its end; a fault other than the harness's own endings is returned. A call
 * of a missing function from inside libc.c (open of a path that is not a device: vfs_open) is
 * reported at the test's own call into libc.c.
 */
function runThread(tasks: TaskRunner, fn: string, args: Value[], report: SelftestReport, bind: (tid: number) => void): { fault?: ThreadFault; value?: Value } {
  const { machine: m, budget } = tasks;
  const before = report.end;
  // The thread is current in the process before its first statement runs.
  bind(m.state.threads.length + 1);
  const tid = m.spawn(fn, fn, args, 0);
  for (;;) {
    // Nothing looks between statements here: batches, as `mmstep exec` runs (Machine.runFor).
    const o = m.runWithin(tid, budget);
    if (o.kind === 'stmt' || o.kind === 'yield') {
      if (m.state.steps > budget) {
        const loc = m.currentLoc(m.thread(tid));
        return { fault: { kind: 'step-budget', message: `step budget of ${budget} statements exhausted (--step-budget)`, file: loc.file, line: loc.line, column: loc.column } };
      }
      continue;
    }
    if (o.kind === 'done') return { value: o.value };
    if (o.kind === 'fault') {
      // exit(), a failed ASSERT, a missing function: the native recorded it, then stopped us.
      if (report.end !== before) {
        if (report.end?.kind === 'missing') report.end.loc = callerOutsideLibc(m, tid, report.end.loc);
        return {};
      }
      const l = o.fault.loc;
      return { fault: { kind: o.fault.kind, message: o.fault.message, file: l.file, line: l.line, column: l.column } };
    }
    // The test sleeps (waitpid): the processes it forked run until they wake it.
    const others = o.kind === 'blocked' ? runOthers(tasks, tid) : undefined;
    if (others?.kind === 'ready') continue;
    if (others?.kind === 'fault') return { fault: { kind: others.fault.kind, message: others.fault.message, file: others.fault.file, line: others.fault.line, column: others.fault.column } };
    if (others?.kind === 'budget') {
      const at = m.currentLoc(m.thread(others.tid));
      return { fault: { kind: 'step-budget', message: `step budget of ${budget} statements exhausted (--step-budget) in a forked child`, file: at.file, line: at.line, column: at.column } };
    }
    const loc = m.currentLoc(m.thread(tid));
    const why = o.kind === 'blocked' ? `the test sleeps forever in ${o.reason}` : `the test stopped (${o.kind})`;
    return { fault: { kind: 'deadlock', message: why, file: loc.file, line: loc.line, column: loc.column } };
  }
}

/** Characters of the kernel log a result keeps (its end). */
const KERNEL_LOG_BUDGET = 16 * 1024;

export const HMM_TESTS = 'hmm-tests.c';

/** The selftest directories of a tree, the version's own first. */
export function selftestDirs(tree: KernelTree): string[] {
  const dirs = ['tools/testing/selftests/mm', 'tools/testing/selftests/vm'];
  return kernelAtLeast(tree.version, 6, 3) ? dirs : dirs.reverse();
}

export type TreeSelftest = { ok: true; tree: KernelTree; file: string } | { ok: false; diagnostics: Diagnostic[] };

/** The tree at `root` and its hmm-tests.c. */
export async function findTreeSelftest(root: string, reader: TextReader): Promise<TreeSelftest> {
  const problems: Diagnostic[] = [];
  const tree = await findKernelTree(root, reader, (p) => problems.push({ ...p, severity: 'error' }));
  const at = (message: string): TreeSelftest => ({ ok: false, diagnostics: [...problems, { file: root, line: 1, column: 1, severity: 'error', message }] });
  if (!tree) return at(`--kernel-tree: '${root}' is not a kernel tree (no top Makefile setting VERSION and PATCHLEVEL)`);
  if (tree.relative !== '') return at(`--kernel-tree: '${root}' is inside the kernel tree ${tree.root}; give the tree's top directory`);
  const tried: string[] = [];
  for (const d of selftestDirs(tree)) {
    const file = join(tree.root, d, HMM_TESTS);
    tried.push(file);
    try {
      await reader.readText(file);
      return { ok: true, tree, file };
    } catch {
      // the other directory next
    }
  }
  return at(`Linux ${formatKernelVersion(tree.version)} tree without ${HMM_TESTS} (looked for ${tried.join(' and ')})`);
}

const LIBC = /(^|\/)user\/lib\/libc\.c$/;

/** `loc` if it is not in libc.c, else the innermost frame's place that is not (the test's call). */
function callerOutsideLibc(m: Machine, tid: number, loc: SourceLoc): SourceLoc {
  if (!LIBC.test(loc.file)) return loc;
  const t = m.thread(tid);
  for (let i = t.frames.length - 1; i >= 0; i--) {
    const l = m.currentLoc(t, i);
    if (!LIBC.test(l.file)) return l;
  }
  return loc;
}
