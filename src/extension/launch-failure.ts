// Which failed launch is the scenario's fault and which is launch.json's (pure: no vscode, so it
// is unit-tested): the adapter sends `mmstepDiagnostics` after every load; a launch or restart
// response that fails right after a load that reported problems is a scenario that did not load
// — VS Code must not show its "Open launch.json" dialog for it (showUser: false), the problems
// are in the Problems view and a short notice says so. Any other failure (bad launch attributes,
// a kernelTree that is no tree, a patch that does not apply) is left as it is.

import type { Diagnostic } from '../sim/types';

/** The adapter's event after every load (src/debug/run-control.ts). */
export const DIAGNOSTICS_EVENT = 'mmstepDiagnostics';

export type DapMessage = { type?: string; event?: string; command?: string; success?: boolean; message?: string; body?: Record<string, unknown> };

export interface LoadFailure {
  scenario: string;
  diagnostics: Diagnostic[];
}

export class LaunchFailureWatch {
  /** The problems of the last load, until the launch or restart response that follows it. */
  private lastLoad: LoadFailure | undefined;

  /** The message to pass on (a rewritten response when the scenario did not load) and that failure. */
  observe(m: DapMessage): { message: DapMessage; failure?: LoadFailure } {
    if (m.type === 'event' && m.event === DIAGNOSTICS_EVENT) {
      const b = m.body ?? {};
      const ds = Array.isArray(b.diagnostics) ? (b.diagnostics as Diagnostic[]).filter((d) => d && typeof d.file === 'string' && typeof d.message === 'string') : [];
      this.lastLoad = typeof b.scenario === 'string' && ds.some((d) => d.severity !== 'warning') ? { scenario: b.scenario, diagnostics: ds } : undefined;
      return { message: m };
    }
    if (m.type === 'response' && (m.command === 'launch' || m.command === 'restart')) {
      const failure = m.success === false ? this.lastLoad : undefined;
      this.lastLoad = undefined;
      if (!failure) return { message: m };
      const error = (m.body?.error ?? {}) as Record<string, unknown>;
      return { message: { ...m, body: { ...(m.body ?? {}), error: { id: 1, format: m.message ?? 'the scenario did not load', ...error, showUser: false } } }, failure };
    }
    return { message: m };
  }
}

/** The notice for a scenario that did not load: its first error, how many more, where to look. */
export function loadFailureNotice(f: LoadFailure): string {
  const errors = f.diagnostics.filter((d) => d.severity !== 'warning');
  const first = errors[0] ?? f.diagnostics[0];
  const base = (p: string) => p.split(/[\\/]/).pop() ?? p;
  const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
  return `mmstep: ${base(f.scenario)} did not load: ${base(first.file)}:${first.line}:${first.column}: ${first.message}${more}. See the Problems view.`;
}
