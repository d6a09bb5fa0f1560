// The Problems panel for scenarios that do not load: the adapter's `mmstepDiagnostics` event
// (src/debug/run-control.ts, after every load) becomes vscode.Diagnostics on each file they name
// — the scenario's YAML, a C source, a header — with their `related` places (where the macro
// whose expansion failed is defined, the preprocessor's notes) as DiagnosticRelatedInformation,
// so a click goes to the #define. A load that succeeds clears what the scenario left before.
// Read through a debug adapter tracker: it sees the event even when the session ends right after.

import * as vscode from 'vscode';
import type { Diagnostic } from '../sim/types';
import { DEBUG_TYPE } from './debug-config';

export const DIAGNOSTICS_EVENT = 'mmstepDiagnostics';

function toUri(p: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(p) ? vscode.Uri.parse(p) : vscode.Uri.file(p);
}

function position(line: unknown, column: unknown): vscode.Position {
  const l = typeof line === 'number' && line >= 1 ? line - 1 : 0;
  const c = typeof column === 'number' && column >= 1 ? column - 1 : 0;
  return new vscode.Position(l, c);
}

/** One of the adapter's diagnostics as VS Code's (a zero-width range when it has no end). */
export function toVscodeDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const start = position(d.line, d.column);
  const end = d.endLine !== undefined ? position(d.endLine, d.endColumn) : start;
  const out = new vscode.Diagnostic(
    new vscode.Range(start, end.isBefore(start) ? start : end),
    String(d.message),
    d.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error,
  );
  out.source = 'mmstep';
  if (Array.isArray(d.related) && d.related.length) {
    out.relatedInformation = d.related
      .filter((r) => r && typeof r.file === 'string' && r.file !== '')
      .map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(toUri(r.file), position(r.line, r.column)), String(r.message)));
  }
  return out;
}

function isDiagnostic(d: unknown): d is Diagnostic {
  const x = d as Partial<Diagnostic> | null;
  return !!x && typeof x.file === 'string' && x.file !== '' && typeof x.message === 'string';
}

export class LoadProblems implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('mmstep');
  /** The files each scenario's last report put problems on. */
  private readonly byScenario = new Map<string, vscode.Uri[]>();

  /** Replaces what `scenario` reported before with `diagnostics`. */
  report(scenario: string, diagnostics: unknown[]): void {
    for (const uri of this.byScenario.get(scenario) ?? []) this.collection.delete(uri);
    const byFile = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    for (const d of diagnostics) {
      if (!isDiagnostic(d)) continue;
      const uri = toUri(d.file);
      const key = uri.toString();
      const entry = byFile.get(key) ?? { uri, list: [...(this.collection.get(uri) ?? [])] };
      entry.list.push(toVscodeDiagnostic(d));
      byFile.set(key, entry);
    }
    for (const { uri, list } of byFile.values()) this.collection.set(uri, list);
    this.byScenario.set(scenario, [...byFile.values()].map((e) => e.uri));
  }

  /** The tracker factory that feeds report() from every mmstep session. */
  tracker(): vscode.Disposable {
    return vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, {
      createDebugAdapterTracker: () => ({
        onDidSendMessage: (m: { type?: string; event?: string; body?: { scenario?: unknown; diagnostics?: unknown } }) => {
          if (m.type !== 'event' || m.event !== DIAGNOSTICS_EVENT || !m.body) return;
          const { scenario, diagnostics } = m.body;
          if (typeof scenario === 'string' && Array.isArray(diagnostics)) this.report(scenario, diagnostics);
        },
      }),
    });
  }

  dispose(): void {
    this.collection.dispose();
  }
}
