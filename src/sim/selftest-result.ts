// One selftest run's result: pass, fail or skip, and why, from what the test reported to the
// harness natives and how its thread ended.
//
// Why: the kernel's harness decides from the child's exit status and its _metadata (SKIP's
// reason, the exit code an EXPECT set); mmstep's runner has the same facts as a SelftestReport
// plus the interpreter's fault, and decides the same way:
//   returned                 the code the test reported (pass unless SKIP or an EXPECT failed)
//   exit(n) / _exit(n)       n when not 0 (KSFT_SKIP is a skip), else the reported code
//   failed ASSERT, abort()   fail ("Test terminated by assertion")
//   a function not modelled  skip naming the function and the call's file:line:col (fail when
//                            an EXPECT had already failed: a failure is never hidden)
//   a fault, the step budget fail with the fault's kind, message and file:line:col
// The lines the kernel's harness prints before a test's TAP line are printed here too.
//
// TAP output, line for line as the kernel's kselftest harness prints it, so tools that read
// kselftest output (and reviewers used to it) read mmstep's unchanged:
//   TAP version 13
//   1..58
//   # Starting 58 tests from 4 test cases.
//   #  RUN           hmm.hmm_device_private.open_close ...
//   #            OK  hmm.hmm_device_private.open_close
//   ok 1 hmm.hmm_device_private.open_close
//   ok 2 hmm.hmm_device_private.anon_read # SKIP open() is not modelled by mmstep (…)
//   not ok 3 hmm.hmm_device_private.x #  file:line:col: null-deref: …
//   # PASSED: 57 / 58 tests passed.
//   # Totals: pass:1 fail:1 xfail:0 xpass:0 skip:56 error:0
//
// As in the kernel's harness (6.3 and later), a skipped test's line carries its name and the
// reason; a failed test's line carries the fault after "#  " (the kernel's form of a
// diagnostic without a directive). "tests passed" counts skips, as the kernel's harness does.

import type { SelftestCase } from './selftest-cases';
import { KSFT_FAIL, KSFT_PASS, KSFT_SKIP, KSFT_XFAIL, KSFT_XPASS, type SelftestReport } from './selftest-natives';

export type SelftestStatus = 'pass' | 'fail' | 'skip';

export interface SelftestLocation {
  file: string;
  line: number;
  column: number;
}

export interface SelftestResult {
  /** 1-based TAP number. */
  index: number;
  name: string;
  fixture: string;
  variant: string;
  test: string;
  status: SelftestStatus;
  /** Why it was skipped or failed (SKIP's text, the missing function, the fault). */
  reason?: string;
  /** A run-time fault (not a harness ending). */
  fault?: SelftestLocation & { kind: string; message: string };
  /** The function the model does not have that ended the test. */
  missing?: SelftestLocation & { name: string };
  /** Functions outside the model the test's code could reach (selftest-cases.ts reachableMissing), sorted. */
  needs?: string[];
  /** Statements run (setup, test and teardown). */
  steps: number;
  /** What the test printed (TH_LOG, printf, the check failures). */
  output: string;
  /** The kernel log of the run (a tree driver's printk: its module init, pr_debug), its end. */
  kernelLog?: string;
}

/** `file:line:col`. */
export function formatLocation(l: SelftestLocation): string {
  return `${l.file}:${l.line}:${l.column}`;
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function statusOf(code: number): SelftestStatus {
  if (code === KSFT_PASS || code === KSFT_XFAIL || code === KSFT_XPASS) return 'pass';
  if (code === KSFT_SKIP) return 'skip';
  return 'fail';
}

export function finishResult(
  c: SelftestCase,
  report: SelftestReport,
  fault: (SelftestLocation & { kind: string; message: string }) | undefined,
  steps: number,
  printed: string[],
  out: (text: string) => void,
  display: (path: string) => string = (p) => p,
): SelftestResult {
  const lines: string[] = [];
  const r: SelftestResult = { index: c.index, name: c.name, fixture: c.fixture, variant: c.variant, test: c.test, status: 'pass', steps, output: '' };
  const end = report.end;
  if (fault) {
    r.status = 'fail';
    r.fault = fault;
    r.reason = `${formatLocation({ ...fault, file: display(fault.file) })}: ${fault.kind}: ${fault.message}`;
    lines.push(`# ${c.name}: ${r.reason}`);
  } else if (end?.kind === 'missing') {
    const at = { file: end.loc.file, line: end.loc.line, column: end.loc.column };
    r.missing = { name: end.name, ...at };
    // The file's base name keeps the reason short and the same on every machine (docs/selftests.md).
    r.reason = `${end.name}() is not modelled by mmstep (called at ${formatLocation({ ...at, file: baseName(at.file) })})`;
    if (report.code === KSFT_FAIL) {
      r.status = 'fail';
      lines.push(`# ${c.name}: ${r.reason}, after a failed check`);
    } else {
      r.status = 'skip';
      lines.push(`#      SKIP      ${r.reason}`);
    }
  } else if (end?.kind === 'bail' || end?.kind === 'abort') {
    r.status = 'fail';
    r.reason = end.kind === 'bail' ? 'Test terminated by assertion' : `Test terminated by abort() at ${formatLocation({ ...end.loc, file: display(end.loc.file) })}`;
    lines.push(`# ${c.name}: ${r.reason}`);
  } else if (end?.kind === 'exit' && end.code !== 0) {
    r.status = statusOf(end.code);
    if (r.status === 'fail') {
      r.reason = `Test failed (exit(${end.code}) at ${formatLocation({ ...end.loc, file: display(end.loc.file) })})`;
      lines.push(`# ${c.name}: ${r.reason}`);
    } else if (report.reason) r.reason = report.reason;
  } else {
    r.status = statusOf(report.code);
    if (report.reason && r.status !== 'pass') r.reason = report.reason;
  }
  if (r.status === 'skip' && !r.reason) r.reason = 'unknown';
  lines.push(`#          ${r.status === 'fail' ? 'FAIL' : '  OK'}  ${c.name}`);
  const text = lines.map((l) => l + '\n').join('');
  out(text);
  r.output = printed.join('');
  return r;
}

export interface SelftestTotals {
  pass: number;
  fail: number;
  skip: number;
  xfail: number;
  xpass: number;
  error: number;
}

/** A reason on one TAP line (a newline would end the line early). */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function tapHeader(tests: number, cases: number): string {
  return `TAP version 13\n1..${tests}\n# Starting ${tests} tests from ${cases} test cases.\n`;
}

export function tapRun(name: string): string {
  return `#  RUN           ${name} ...\n`;
}

export function tapResult(r: SelftestResult): string {
  if (r.status === 'skip') return `ok ${r.index} ${r.name} # SKIP ${oneLine(r.reason ?? 'unknown')}\n`;
  if (r.status === 'fail') return `not ok ${r.index} ${r.name}${r.reason ? ` #  ${oneLine(r.reason)}` : ''}\n`;
  return `ok ${r.index} ${r.name}\n`;
}

export function tapTotals(results: SelftestResult[]): SelftestTotals {
  const t: SelftestTotals = { pass: 0, fail: 0, skip: 0, xfail: 0, xpass: 0, error: 0 };
  for (const r of results) t[r.status]++;
  return t;
}

export function tapFooter(t: SelftestTotals): string {
  const run = t.pass + t.fail + t.skip;
  const passed = t.pass + t.skip;
  return `# ${t.fail ? 'FAILED' : 'PASSED'}: ${passed} / ${run} tests passed.\n` + `# Totals: pass:${t.pass} fail:${t.fail} xfail:${t.xfail} xpass:${t.xpass} skip:${t.skip} error:${t.error}\n`;
}
