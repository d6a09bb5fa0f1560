// `mmstep check SCENARIO...`: run each scenario and report PASS/FAIL per scenario, with the
// failed expectations. For CI: exit 0 iff all pass, 1 if any fails, 2 if any cannot be loaded.

import type { ExpectationResult, RunResult } from '../sim/types';
import type { WarningView } from '../protocol/state';
import { formatWarnings } from './format';
import { CliIo, loadScenario, printDiagnostics } from './load';
import { escapeControls } from './terminal-text';

interface CheckEntry {
  scenario: string;
  name?: string;
  status: 'pass' | 'fail' | 'error';
  outcome?: RunResult['outcome'];
  expectations?: ExpectationResult[];
  /** The moment the expectations describe (the first violation, or the end of the run). */
  checkedAt?: RunResult['checkedAt'];
  errors?: string[];
  /** The run's warnings (file:line:col and message), when there are any. */
  warnings?: WarningView[];
}

export async function checkCommand(io: CliIo, files: string[], opts: { json: boolean; kernelTree?: string; patch?: string[]; patchBase?: string; stepBudget?: number }): Promise<number> {
  const entries: CheckEntry[] = [];
  const paint = (s: string, ok: boolean) => (io.color ? `${ok ? '\x1b[32m' : '\x1b[31m'}${s}\x1b[0m` : s);
  for (const file of files) {
    const loaded = await loadScenario(io, file, {}, { kernelTree: opts.kernelTree, patch: opts.patch, patchBase: opts.patchBase, stepBudget: opts.stepBudget });
    if (!loaded.ok) {
      if (!opts.json) {
        printDiagnostics(io, loaded.diagnostics);
        io.out(`${paint('ERROR', false)} ${file}: cannot be loaded (${loaded.diagnostics.length} error${loaded.diagnostics.length === 1 ? '' : 's'})\n`);
      }
      entries.push({
        scenario: file,
        status: 'error',
        errors: loaded.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`),
      });
      continue;
    }
    const result = loaded.sim.runToEnd();
    const status = result.passed ? 'pass' : 'fail';
    const warnings = loaded.sim.stateView().warnings;
    entries.push({ scenario: file, name: loaded.name, status, outcome: result.outcome, expectations: result.expectations, ...(result.checkedAt ? { checkedAt: result.checkedAt } : {}), ...(warnings?.length ? { warnings } : {}) });
    if (!opts.json) {
      io.out(`${paint(result.passed ? 'PASS' : 'FAIL', result.passed)} ${escapeControls(`${loaded.name} (${file})`)}\n`);
      for (const e of result.expectations) if (!e.ok) io.out(escapeControls(`  FAIL ${e.what} — ${e.detail}`) + '\n');
      io.out(formatWarnings(warnings, { color: io.color, display: (f) => io.display(f) }).replace(/^/gm, '  ').replace(/ +$/, ''));
    }
  }
  const code = entries.some((e) => e.status === 'error') ? 2 : entries.some((e) => e.status === 'fail') ? 1 : 0;
  if (opts.json) {
    io.out(JSON.stringify({ passed: code === 0, scenarios: entries }, null, 2) + '\n');
  } else {
    const n = (s: CheckEntry['status']) => entries.filter((e) => e.status === s).length;
    const warned = entries.reduce((k, e) => k + (e.warnings?.length ?? 0), 0);
    io.out(`${n('pass')} passed, ${n('fail')} failed, ${n('error')} not loaded${warned ? `, ${warned} warning${warned === 1 ? '' : 's'}` : ''}\n`);
  }
  return code;
}
