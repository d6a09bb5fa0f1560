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
  /** Functions outside the model the test's code could reach (selftest-needs.ts), sorted. */
  needs?: string[];
  /** Statements run (setup, test and teardown). */
  steps: number;
  /** What the test printed (TH_LOG, printf, the check failures). */
  output: string;
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
