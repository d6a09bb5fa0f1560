// `mmstep lint SCENARIO [--stdin] [--json]`: load a scenario exactly as `run` and the debugger do
// (YAML, schema, checks, its C sources, the names it gives), without running it, and report
// every problem as file:line:col. The editor runs it as a child process on the text being edited
// (--stdin: the text comes from standard input, the path still says where the sources are), so
// the Problems view shows what a launch would say before there is one — and a runaway in the
// loader ends the child, not the extension host.

import { OverlayFileAccess } from '../sim/overlay';
import { formatDiagnostic } from '../sim/types';
import type { Diagnostic } from '../sim/types';
import { CliIo, loadScenario } from './load';
import { escapeControls } from './terminal-text';

/** What `lint --json` prints. */
export interface LintReport {
  scenario: string;
  loaded: boolean;
  diagnostics: Diagnostic[];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function lintCommand(io: CliIo, file: string, opts: { json: boolean; stdin?: boolean; kernelTree?: string }, stdinText?: () => Promise<string>): Promise<number> {
  const path = io.absolute(file);
  let files = io.files;
  if (opts.stdin) {
    const text = await (stdinText ?? readStdin)();
    files = new OverlayFileAccess(io.files, new Map([[path, text]]), [], 'the editor');
  }
  const warnings: string[] = [];
  // Paths stay absolute in JSON (the editor puts them on its documents).
  const lintIo: CliIo = { ...io, files, err: (t) => void warnings.push(t), ...(opts.json ? { display: (p: string) => p } : {}) };
  const loaded = await loadScenario(lintIo, opts.json ? path : file, {}, opts.kernelTree !== undefined ? { kernelTree: opts.kernelTree } : {});
  const diagnostics = loaded.ok ? [] : loaded.diagnostics;
  if (opts.json) {
    const report: LintReport = { scenario: path, loaded: loaded.ok, diagnostics };
    io.out(JSON.stringify(report) + '\n');
  } else {
    for (const w of warnings) io.err(w);
    for (const d of diagnostics) io.err(escapeControls(formatDiagnostic(d)) + '\n');
    io.out(loaded.ok ? `${file}: loads\n` : `${file}: ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}\n`);
  }
  return loaded.ok ? 0 : 2;
}
