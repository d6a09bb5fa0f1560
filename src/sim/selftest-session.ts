// One test of a kernel tree's hmm-tests.c as a debug session (issue 12 item 6): the test × variant
// a launch names, built as the runner builds it (selftest-load.ts: the same sources, the tree's
// lib/test_hmm.c and mm/migrate_device.c, the same natives and endings), but handed to a
// Simulation instead of a bare Machine, so breakpoints, stepping from the test's ioctl() into the
// driver and migrate_vma_*, step back and the state panel all work on the kernel's own test.
//
// Why a scenario of our making: the Simulation runs scenarios. This one has no YAML; it says what
// `mmstep selftest` does for the test: main runs the case's wrapper (setup, body, teardown) as the
// user program of the test's process, with the variant's getter as its argument; the driver's
// module init runs first, as a thread started `first` (insmod before the test, steppable too).
// Its verdict is the test's TAP line (judge), decided as selftest-result.ts decides it for the
// runner, not by scenario expectations.

import type { Regions } from '../c/memory';
import type { Program } from '../c/ir';
import type { NativeTable } from '../c/native';
import type { MmModel } from '../mm/state';
import { setInvariant } from '../mm/invariants';
import type { Scenario } from '../scenario/types';
import { selectCases, selftestCases, type SelftestCase } from './selftest-cases';
import { loadSelftestProgram, selftestNatives, selftestUnitConfig, userPaths } from './selftest-load';
import { loadProgram } from '../c';
import { KSFT_PASS, type SelftestReport } from './selftest-natives';
import { finishResult, tapResult } from './selftest-result';
import { findTreeSelftest } from './selftest';
import { formatKernelVersion } from './kernel-tree';
import { BOOT_INIT_PREFIX, bootInitFunctions, PARAM_FN_PREFIX, paramFunctions, treeSelftestDriver } from './selftest-driver';
import { SourcePolicy, type PolicyFileAccess } from './source-policy';
import { LoadError, type Diagnostic, type FileAccess, type RunResult } from './types';
import { USER_PID } from './user-program';

export interface SelftestTarget {
  /** Root of the kernel tree whose hmm-tests.c, lib/test_hmm.c and mm/migrate_device.c run. */
  kernelTree: string;
  /** The test: `fixture.variant.test`, or any selector naming exactly one run (`hmm.migrate` when the fixture has one variant). */
  test: string;
  /** mmstep's kernel/ folder (user headers, libc.c, the fault path). */
  kernelDir: string;
}

export interface LoadedSelftestCase {
  scenario: Scenario;
  model: MmModel;
  program: Program;
  natives: NativeTable;
  warnings: Diagnostic[];
  case: SelftestCase;
  /** The natives read C memory through this; set it once the machine exists. */
  bindMemory(mem: () => Regions): void;
  /** The run's verdict as the test's TAP result (the runner's judgement of the same facts). */
  judge(base: RunResult): RunResult;
}

function fail(file: string, message: string): LoadError {
  return new LoadError([{ file, line: 1, column: 1, severity: 'error', message }]);
}

/** Load the tree's hmm-tests.c and pick `target.test`; every problem is a LoadError with its place. */
export async function loadSelftestCase(target: SelftestTarget, files: FileAccess): Promise<LoadedSelftestCase> {
  const pf = files as PolicyFileAccess;
  const found = await findTreeSelftest(target.kernelTree, files);
  if (!found.ok) throw new LoadError(found.diagnostics);
  const { tree, file } = found;
  const policy = new SourcePolicy(pf, [tree.root, target.kernelDir]);
  const d = await treeSelftestDriver(tree, target.kernelDir, policy);
  if (!d.driver) throw new LoadError(d.diagnostics);
  const driver = d.driver;
  const loaded = await loadSelftestProgram(file, { read: (p) => policy.readText(p), kernelDir: target.kernelDir, treeRoot: tree.root, treeFile: true, driver });
  if (!loaded.program) throw new LoadError(loaded.diagnostics);
  const program = loaded.program;
  const c = pickCase(selftestCases(program), target.test, file);

  const report: SelftestReport = { code: KSFT_PASS };
  const model = loaded.proc.model();
  let mem: (() => Regions) | undefined;
  const { natives } = selftestNatives(model, program, loaded.proc, report, () => {
    if (!mem) throw new Error('selftest natives used before the machine exists');
    return mem();
  }, undefined, driver.params);
  const display = (p: string): string => (p.startsWith(tree.root + '/') ? p.slice(tree.root.length + 1) : p);
  const scenario: Scenario = {
    path: file,
    name: `${c.name} (${display(file)}, Linux ${formatKernelVersion(tree.version)})`,
    description: `The kernel's own ${c.test} test of ${display(file)}, against the tree's lib/test_hmm.c and mm/migrate_device.c.`,
    sources: loaded.sources,
    entry: { function: c.entry, args: [c.variantFn ? { kind: 'fn', name: c.variantFn } : { kind: 'null' }], userProcess: USER_PID },
    // Boot (built-in drivers' initcalls), then insmod test_hmm before the test: its parameters,
    // then the module's init, each to its end.
    threads: [
      ...bootInitFunctions(program).map((fn) => ({ name: `boot ${fn.slice(BOOT_INIT_PREFIX.length)}`, function: fn, args: [], start: 'first' as const })),
      ...paramFunctions(program).map((fn) => ({ name: `insmod ${fn.slice(PARAM_FN_PREFIX.length)}`, function: fn, args: [], start: 'first' as const })),
      { name: 'insmod', function: driver.init, args: [], start: 'first' },
    ],
    memory: { cpus: model.cpus, processes: [] },
    // The end-of-run leak check stays off: the driver holds system pages of its own (the page
    // backing each device-private page in use, alloc_page()d by dmirror_devmem_alloc_page and
    // freed by its page_free, which runs as C: page-free-calls.ts), references no mapping,
    // pin or LRU list explains, so each would be reported (docs/selftests.md).
    // The runner checks no invariant; every other invariant is on here.
    invariants: { leak: false },
    view: { ranges: [] },
    expect: {},
    spans: {},
    keySpans: {},
  };
  for (const [name, on] of Object.entries(scenario.invariants)) setInvariant(model, name, on);
  return {
    scenario,
    model,
    program,
    natives,
    warnings: loaded.diagnostics.filter((x) => x.severity === 'warning'),
    case: c,
    bindMemory: (m) => (mem = m),
    judge: (base) => judge(c, report, base, display),
  };
}

/**
 * The runs of the tree's hmm-tests.c, for a picker (the extension's "Debug a Kernel Selftest"):
 * the file compiled with libc.c alone, which is all selftestCases needs to read the harness's
 * functions (no driver, no kernel C: a second, not a load).
 */
export async function treeSelftestList(kernelTree: string, files: FileAccess, kernelDir: string): Promise<{ file: string; version: string; cases: SelftestCase[] }> {
  const found = await findTreeSelftest(kernelTree, files);
  if (!found.ok) throw new LoadError(found.diagnostics);
  const { tree, file } = found;
  const policy = new SourcePolicy(files as PolicyFileAccess, [tree.root, kernelDir]);
  const { libc } = userPaths(kernelDir);
  const loaded = await loadProgram([file, libc], {
    reader: { read: (p) => policy.readText(p) },
    includeDirs: [],
    units: { [file]: selftestUnitConfig(kernelDir, tree.root, false), [libc]: selftestUnitConfig(kernelDir, undefined, true) },
  });
  if (!loaded.program) throw new LoadError(loaded.diagnostics);
  const cases = selftestCases(loaded.program);
  if (!cases.length) throw fail(file, 'no TEST() or TEST_F() in this file');
  return { file, version: formatKernelVersion(tree.version), cases };
}

/** The one run `selector` names, or a LoadError listing the runs it could mean. */
function pickCase(all: SelftestCase[], selector: string, file: string): SelftestCase {
  const { cases } = selectCases(all, [selector]);
  if (cases.length === 1) return { ...cases[0], index: all.find((x) => x.name === cases[0].name)?.index ?? 1 };
  if (!cases.length) {
    const near = all.filter((x) => x.test.includes(selector) || selector.includes(x.test)).slice(0, 6);
    const hint = near.length ? `; did you mean ${near.map((x) => x.name).join(', ')}?` : ` (${all.length} runs, e.g. ${all.slice(0, 3).map((x) => x.name).join(', ')})`;
    throw fail(file, `no test named '${selector}' in this file${hint}`);
  }
  throw fail(file, `'${selector}' names ${cases.length} runs (${cases.slice(0, 6).map((x) => x.name).join(', ')}${cases.length > 6 ? ', …' : ''}); name one as fixture.variant.test`);
}

/**
 * The test's TAP result from the ended run: a harness ending (a failed ASSERT, exit(), a function
 * the model lacks) is what the test reported, not a fault; any other fault, the step budget or a
 * deadlock fails it, as in the runner. An invariant violation (which the runner does not check)
 * is a finding of its own beside the TAP line.
 */
function judge(c: SelftestCase, report: SelftestReport, base: RunResult, display: (p: string) => string): RunResult {
  const ended = base.outcome === 'completed' || base.outcome === 'violation' ? undefined : { kind: base.outcome, message: `the run ended by ${base.outcome}`, file: c.file, line: c.line, column: 1 };
  const fault = report.end ? undefined : base.fault ?? ended;
  const r = finishResult(c, { ...report }, fault, base.steps, [base.output.join('\n')], () => undefined, display);
  const expectations = [{ what: `selftest ${c.name}: ${tapResult(r).trim()}`, ok: r.status !== 'fail', detail: r.reason ?? '' }];
  if (base.violation) {
    const v = base.violation;
    expectations.push({ what: 'no invariant of the model is violated', ok: false, detail: `${display(v.file)}:${v.line}:${v.column}: ${v.invariant}: ${v.message}` });
  }
  return { ...base, passed: expectations.every((e) => e.ok), expectations };
}
