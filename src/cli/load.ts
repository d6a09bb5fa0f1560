// What the CLI commands share: the I/O they write to (injectable so tests can run the CLI
// in-process) and loading a scenario into a Simulation with load errors turned into
// `file:line:col: error: msg` lines instead of exceptions.

import { parseScenario } from '../scenario/parse';
import { formatDiagnostic, LoadError } from '../sim/types';
import { escapeControls } from './terminal-text';
import type { Diagnostic, FileAccess, SimEvents, SimulationApi } from '../sim/types';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Colour only when writing to a terminal. */
  color: boolean;
  files: FileAccess;
  /** Makes a path absolute (relative to the working directory). */
  absolute(path: string): string;
  /** How a path is shown: relative to the working directory when below it. */
  display(path: string): string;
  /** Override how a scenario becomes a simulation (tests). Default: Simulation.load. */
  load?(path: string, files: FileAccess, events: SimEvents, opts?: { kernelTree?: string; stepBudget?: number }): Promise<SimulationApi>;
}

export type Loaded =
  | { ok: true; sim: SimulationApi; name: string; description?: string; path: string; /** With --patch: the patched files. */ files?: FileAccess }
  | { ok: false; diagnostics: Diagnostic[]; path: string };

/**
 * Read and parse the scenario (for its name and early diagnostics), then load the simulation.
 * Every failure becomes diagnostics; nothing throws.
 */
export async function loadScenario(io: CliIo, file: string, events: SimEvents, opts: { kernelTree?: string; patch?: string[]; patchBase?: string; stepBudget?: number } = {}): Promise<Loaded> {
  const path = io.absolute(file);
  if (opts.patch?.length) {
    // --patch: the same load, reading the patched files (patch-arg.ts).
    const patched = await (await import('./patch-arg')).patchedIo(io, path, opts.patch, opts.kernelTree, opts.patchBase);
    if (!patched.ok) return { ok: false, path: file, diagnostics: patched.diagnostics };
    for (const w of patched.run.warnings) io.err(escapeControls(formatDiagnostic({ ...w, file: io.display(w.file) })) + '\n');
    for (const [abs, f] of patched.run.byPath) {
      const moved = f.placements.filter((p) => p.offset !== 0).map((p) => `at ${p.actual} (offset ${p.offset > 0 ? '+' : ''}${p.offset})`);
      const what = f.created ? 'created' : f.deleted ? 'deleted' : `${f.placements.length} hunk${f.placements.length === 1 ? '' : 's'} applied${moved.length ? `, ${moved.join(', ')}` : ''}`;
      io.err(escapeControls(`mmstep: patched in memory by ${patched.run.target.message.messageId}: ${io.display(abs)} (${what})`) + '\n');
    }
    const r = await loadScenario(patched.io, file, events, { ...(opts.kernelTree !== undefined ? { kernelTree: opts.kernelTree } : {}), ...(opts.stepBudget !== undefined ? { stepBudget: opts.stepBudget } : {}) });
    return r.ok ? { ...r, files: patched.io.files } : r;
  }
  const at = (message: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'error', message });
  let text: string;
  try {
    text = await io.files.readText(path);
  } catch (e) {
    return { ok: false, path: file, diagnostics: [at(e instanceof Error ? e.message : String(e))] };
  }
  // Report positions with the path as the user typed it (clickable in terminals and editors).
  const parsed = parseScenario(file, text);
  if (!parsed.scenario) return { ok: false, path: file, diagnostics: parsed.diagnostics.filter((d) => d.severity === 'error') };
  for (const w of parsed.diagnostics) io.err(escapeControls(formatDiagnostic(w)) + '\n');
  try {
    // Imported on first use so that `mmstep help` / `schema` never pay for the interpreter.
    const load =
      io.load ??
      (async (p: string, f: FileAccess, ev: SimEvents, o?: { kernelTree?: string; stepBudget?: number }) =>
        (await import('../sim/simulation')).Simulation.load(p, f, ev, { ...(o?.kernelTree !== undefined ? { kernelTree: o.kernelTree } : {}), ...(o?.stepBudget !== undefined ? { stepBudget: o.stepBudget } : {}) }));
    const kernelTree = opts.kernelTree !== undefined ? io.absolute(opts.kernelTree) : undefined;
    const sim = await load(path, io.files, events, { ...(kernelTree !== undefined ? { kernelTree } : {}), ...(opts.stepBudget !== undefined ? { stepBudget: opts.stepBudget } : {}) });
    return { ok: true, sim, name: parsed.scenario.name, description: parsed.scenario.description, path: file };
  } catch (e) {
    if (e instanceof LoadError || (e instanceof Error && Array.isArray((e as Partial<LoadError>).diagnostics))) {
      return { ok: false, path: file, diagnostics: (e as LoadError).diagnostics.map((d) => ({
          ...d,
          file: d.file === path ? file : io.display(d.file),
          ...(d.related ? { related: d.related.map((r) => ({ ...r, file: io.display(r.file) })) } : {}),
        })) };
    }
    return { ok: false, path: file, diagnostics: [at(`cannot load the scenario: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}

export function printDiagnostics(io: CliIo, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) io.err(escapeControls(formatDiagnostic(d)) + '\n');
}
