// What every run of a selftest file needs before its first statement, for the runner (`mmstep
// selftest`, selftest.ts) and for the debugger (one test as a debug session, selftest-session.ts):
// the file compiled with mmstep's user headers and libc.c, the process's kernel C (the fault
// path, or a tree's driver with its compatibility headers), and one test's natives — the model's,
// printf, the process's system calls, the harness's __ksft_* and, for every function the program
// declares but nothing provides, a native that ends the test as a SKIP naming it.
//
// Why one place: the debugger must run a test exactly as the runner does (same sources, same
// natives, same endings), or what a reviewer steps through is not what `mmstep selftest` judged.

import { loadProgram, type UnitConfig } from '../c';
import type { Regions } from '../c/memory';
import type { NativeTable } from '../c/native';
import type { Program } from '../c/ir';
import { join } from '../c/paths';
import { printfNatives } from '../c/printf';
import { RUNTIME_NATIVE_NAMES } from '../c/runtime-natives';
import { createNatives } from '../mm/natives';
import type { MmModel } from '../mm/state';
import { newHugetlbPool } from '../mm/huge';
import type { Diagnostic } from './types';
import type { SelftestOptions, SelftestProcess } from './selftest';
import { driverProcess, moduleParamNatives } from './selftest-driver';
import { harnessNatives, HARNESS_NATIVE_NAMES, missingNatives, type SelftestReport } from './selftest-natives';
import { userProcess } from './user-program';

/** Where open/ioctl/close reach a character device's file_operations (kernel/ relative). */
export const SYSCALL_SOURCES = ['fs/chrdev_syscalls.c'];

/** The user-space include directory and libc of mmstep's kernel/ folder. */
export function userPaths(kernelDir: string): { include: string; libc: string } {
  return { include: join(kernelDir, 'user/include'), libc: join(kernelDir, 'user/lib/libc.c') };
}

/** How a selftest file (and libc.c) is preprocessed: mmstep's user headers, never the tree's. */
export function selftestUnitConfig(kernelDir: string, treeRoot: string | undefined, localFirst: boolean): UnitConfig {
  const inc = userPaths(kernelDir).include;
  return {
    // `#include "../kselftest_harness.h"` (a tree's selftests/<dir>/ file) resolves to ours.
    quoteDirs: [join(inc, 'selftests')],
    includeDirs: [inc, ...(treeRoot ? [treeRoot] : [])],
    ownHeaderRoots: [inc],
    kconfig: {},
    predefines: { __mmstep__: '1', __linux__: '1', __x86_64__: '1' },
    localFirst,
    builtinHeaders: [],
  };
}

export type SelftestLoadOptions = Pick<SelftestOptions, 'read' | 'kernelDir' | 'treeRoot' | 'treeFile' | 'driver' | 'process' | 'nrHugepages'>;

/**
 * The hugetlb pool a test's machine boots with: 128 pages of 2 MiB, the 256 MiB that
 * tools/testing/selftests/mm/run_vmtests.sh reserves in /proc/sys/vm/nr_hugepages before it runs
 * the tests (hmm-tests' anon_write_hugetlbfs and compound map one page each).
 */
export const DEFAULT_SELFTEST_NR_HUGEPAGES = 128;

/** The process's machines boot with a hugetlb pool of `nr` pages (none for 0). */
function withHugetlbPool(proc: SelftestProcess, nr: number): SelftestProcess {
  if (nr <= 0) return proc;
  return {
    ...proc,
    model: () => {
      const m = proc.model();
      m.hugetlb = newHugetlbPool(nr);
      return m;
    },
  };
}

export interface LoadedSelftest {
  program?: Program;
  diagnostics: Diagnostic[];
  /** The process each test runs as. */
  proc: SelftestProcess;
  /** Every C file linked, the test's first. */
  sources: string[];
}

/** Compile `file` with libc.c and the process's kernel C (a tree's driver when given). */
export async function loadSelftestProgram(file: string, opts: SelftestLoadOptions): Promise<LoadedSelftest> {
  const { libc } = userPaths(opts.kernelDir);
  const proc = withHugetlbPool(opts.process ?? (opts.driver ? driverProcess(opts.kernelDir) : userProcess(opts.kernelDir)), opts.nrHugepages ?? DEFAULT_SELFTEST_NR_HUGEPAGES);
  const kernelC = opts.driver ? opts.driver.sources : [...(proc.sources ?? []), ...SYSCALL_SOURCES.map((s) => join(opts.kernelDir, s))];
  const sources = [...new Set([file, libc, ...kernelC])];
  const loaded = await loadProgram(sources, {
    reader: { read: opts.read },
    // The process's kernel C (not the test, not libc.c): mmstep's kernel headers.
    includeDirs: [join(opts.kernelDir, 'include')],
    units: {
      [file]: selftestUnitConfig(opts.kernelDir, opts.treeRoot, !opts.treeFile),
      [libc]: selftestUnitConfig(opts.kernelDir, undefined, true),
      ...(opts.driver?.units ?? {}),
    },
  });
  return { ...(loaded.program ? { program: loaded.program } : {}), diagnostics: loaded.diagnostics, proc, sources };
}

/**
 * One test's natives, writing its ending into `report`. With `kernelLog`, the kernel's printk
 * family (a tree driver's pr_info, pr_debug) goes there, as dmesg, instead of the test's output.
 * `has` tells what was provided before the not-modelled functions got their SKIP natives.
 */
export function selftestNatives(
  model: MmModel,
  program: Program,
  proc: SelftestProcess,
  report: SelftestReport,
  mem: () => Regions,
  kernelLog?: (text: string) => void,
  params?: Record<string, bigint>,
): { natives: NativeTable; has(name: string): boolean } {
  // The process's natives may bring their own exit/_exit/abort (a forked child's); the
  // harness's __ksft_* always stay the runner's.
  const harness = harnessNatives(report, mem);
  const natives: NativeTable = { ...createNatives(model), ...printfNatives(mem), ...harness, ...(proc.natives?.(model, harness) ?? {}) };
  for (const n of HARNESS_NATIVE_NAMES.filter((x) => x.startsWith('__ksft_'))) natives[n] = harness[n];
  if (kernelLog) Object.assign(natives, kernelLogNatives(mem, kernelLog));
  if (params) Object.assign(natives, moduleParamNatives(params, mem));
  const provided = new Set(Object.keys(natives));
  const has = (n: string): boolean => provided.has(n) || RUNTIME_NATIVE_NAMES.has(n);
  Object.assign(natives, missingNatives(Object.keys(program.natives), has, report));
  return { natives, has };
}

/** pr_info & co. (src/c/printf.ts's printf) writing to `log` instead of the test's output. */
function kernelLogNatives(mem: () => Regions, log: (t: string) => void): NativeTable {
  const printf = printfNatives(mem).printf;
  const impl: NativeTable[string] = (ctx, args) => printf(Object.create(ctx, { print: { value: log } }) as typeof ctx, args);
  return { pr_info: impl, pr_err: impl, pr_warn: impl, pr_debug: impl, printk: impl };
}
