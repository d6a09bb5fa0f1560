// Texts the adapter shows the user: why a scenario did not load (every diagnostic as
// file:line:col) and the verdict at the end of a run. Kept apart so the CLI-like wording is in
// one place and testable without a DAP client.

import { formatDiagnostic, LoadError } from '../sim/types';
import type { Diagnostic, RunResult } from '../sim/types';
import { describeCheckedAt } from '../sim/verdict';

/** The diagnostics a load failure carries (a LoadError, from this bundle or another), if any. */
export function diagnosticsOf(e: unknown): Diagnostic[] | undefined {
  if (e instanceof LoadError) return e.diagnostics;
  // A LoadError from another copy of the module (another bundle) still has its diagnostics.
  if (e && typeof e === 'object' && (e as { name?: unknown }).name === 'LoadError') {
    const d = (e as { diagnostics?: unknown }).diagnostics;
    if (Array.isArray(d)) return d as Diagnostic[];
  }
  return undefined;
}

/** An exception from a bug (a JavaScript runtime error), as opposed to a message for the user. */
export function isInternal(e: unknown): boolean {
  return !(e instanceof Error) || e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || e instanceof SyntaxError;
}

/** The launch error for a scenario that could not be loaded (a bug's text is not shown: see isInternal). */
export function describeLoadFailure(scenario: string, e: unknown): string {
  const diags = diagnosticsOf(e);
  if (diags && diags.length > 0) {
    const n = diags.length;
    return [`mmstep: cannot load ${scenario} (${n} problem${n === 1 ? '' : 's'}):`, ...diags.map(formatDiagnostic)].join(
      '\n',
    );
  }
  if (isInternal(e)) return `mmstep: cannot load ${scenario}: internal error in mmstep (details in the debug console)`;
  return `mmstep: cannot load ${scenario}: ${(e as Error).message}`;
}

/** The end-of-run report printed to the debug console. */
export function formatRunSummary(r: RunResult): string {
  const lines: string[] = [];
  let how: string = r.outcome;
  if (r.returned !== undefined) how += `, returned ${r.returned}`;
  lines.push(`== run ended: ${how} after ${r.steps} step${r.steps === 1 ? '' : 's'}`);
  if (r.fault) {
    lines.push(`   ${r.fault.file}:${r.fault.line}:${r.fault.column}: ${r.fault.kind}: ${r.fault.message}`);
  }
  for (const x of r.expectations) {
    lines.push(`   ${x.ok ? 'ok  ' : 'FAIL'} ${x.what}${x.detail ? ` — ${x.detail}` : ''}`);
  }
  const moment = describeCheckedAt(r.checkedAt);
  lines.push(`== verdict: ${r.passed ? 'PASS' : 'FAIL'}${moment ? ` (${moment})` : ''}`);
  return lines.join('\n') + '\n';
}
