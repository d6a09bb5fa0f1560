// The natives of the selftest runner: how a test hands its result over and how it ends early.
//
// Why: the kernel's harness learns a test's result from the forked child's exit status and a
// shared results page, and leaves a failed ASSERT by longjmp. mmstep runs each test as a thread
// of a fresh model, so mmstep's harness (kernel/user/include/kselftest_harness.h) calls these
// instead: __ksft_result (the result code and SKIP's reason), __ksft_cmp_failed (an ASSERT_* /
// EXPECT_* that failed: the values, printed as the kernel's harness prints them), __ksft_bail
// (a failed ASSERT ends the test here). exit, _exit and abort end the test as they end the
// kernel harness's child. A function the program declares but neither defines nor finds among
// the natives (mmap before user memory exists, ioctl, fork, ...) ends the test as a SKIP that
// names it: the test needs something outside the model, which is never a pass and never a crash.
// Each native records what happened in a SelftestEnd before throwing, so the runner tells these
// endings apart from a real fault.

import { SimFault, type NativeImpl, type NativeTable, type SourceLoc } from '../c/native';
import type { Regions } from '../c/memory';
import { ptrToInt } from '../c/memory';
import { readCString } from '../c/printf';
import type { Value } from '../c/value';

export const KSFT_PASS = 0;
export const KSFT_FAIL = 1;
export const KSFT_XFAIL = 2;
export const KSFT_XPASS = 3;
export const KSFT_SKIP = 4;

/** How a test ended other than by returning. */
export type SelftestEnd =
  | { kind: 'exit'; code: number; loc: SourceLoc }
  | { kind: 'bail'; loc: SourceLoc }
  | { kind: 'abort'; loc: SourceLoc }
  | { kind: 'missing'; name: string; loc: SourceLoc };

/** What the test told the runner (the kernel harness's _metadata->exit_code and reason). */
export interface SelftestReport {
  code: number;
  reason?: string;
  end?: SelftestEnd;
}

/** The names the harness natives take (never stubbed as missing). */
export const HARNESS_NATIVE_NAMES = ['__ksft_result', '__ksft_bail', '__ksft_cmp_failed', 'exit', '_exit', 'abort'];

/** A value as the kernel's harness prints a compared operand (%jd / %ju of the value). */
function operandText(v: Value | undefined): string {
  if (typeof v === 'bigint') return v.toString();
  if (v && typeof v === 'object' && v.t === 'p') return ptrToInt(v).toString();
  if (v && typeof v === 'object' && v.t === 'f') return `&${v.name}`;
  return '?';
}

function str(mem: Regions, v: Value | undefined): string | undefined {
  if (v === undefined || (typeof v === 'object' && v.t === 'p' && v.s === 'null') || v === 0n) return undefined;
  return readCString(mem, v, 4096);
}

/** exit()'s argument as the status a parent sees (its low 8 bits); not an integer: failure. */
function exitStatus(v: Value | undefined): number {
  return typeof v === 'bigint' ? Number(BigInt.asUintN(8, v)) : KSFT_FAIL;
}

/** Natives that end the test: record the ending, then stop the thread with a fault. */
function ending(report: SelftestReport, make: (loc: SourceLoc, args: Value[]) => SelftestEnd, message: string): NativeImpl {
  return (ctx, args) => {
    report.end = make(ctx.loc, args);
    throw new SimFault('unsupported', message);
  };
}

/** The runner's natives for one test run, writing into `report`. */
export function harnessNatives(report: SelftestReport, mem: () => Regions): NativeTable {
  return {
    __ksft_result: (_ctx, args) => {
      report.code = Number(args[0]);
      const reason = str(mem(), args[1]);
      if (reason !== undefined) report.reason = reason;
    },
    __ksft_cmp_failed: (ctx, args) => {
      const [file, line, test, expected, op, seen] = [0, 1, 2, 3, 4, 5].map((i) => args[i]);
      const text = `${str(mem(), file)}:${operandText(line)}:${str(mem(), test)}:Expected ${str(mem(), expected)} (${operandText(args[6])}) ${str(mem(), op)} ${str(mem(), seen)} (${operandText(args[7])})`;
      ctx.print(`# ${text}\n`);
      report.code = KSFT_FAIL;
    },
    __ksft_bail: ending(report, (loc) => ({ kind: 'bail', loc }), 'a failed ASSERT ends the test'),
    exit: ending(report, (loc, a) => ({ kind: 'exit', code: exitStatus(a[0]), loc }), 'exit() ends the test'),
    _exit: ending(report, (loc, a) => ({ kind: 'exit', code: exitStatus(a[0]), loc }), '_exit() ends the test'),
    abort: ending(report, (loc) => ({ kind: 'abort', loc }), 'abort() ends the test'),
  };
}

/**
 * For every function the program declares without a body that `available` does not provide:
 * a native that ends the test as a SKIP naming it.
 */
export function missingNatives(declared: Iterable<string>, available: (name: string) => boolean, report: SelftestReport): NativeTable {
  const out: NativeTable = Object.create(null) as NativeTable;
  for (const name of declared) {
    if (available(name)) continue;
    out[name] = ending(report, (loc) => ({ kind: 'missing', name, loc }), `'${name}' is not modelled`);
  }
  return out;
}
