// TAP output of `mmstep selftest`, line for line as the kernel's kselftest harness prints it,
// so tools that read kselftest output (and reviewers used to it) read mmstep's unchanged:
//
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

import type { SelftestResult } from './selftest-result';

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
