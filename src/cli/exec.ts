// `mmstep exec FILE.c ...`: run a C program's main() in the interpreter and print its output
// as it comes. The exit status is main's return value, so a differential test can compare it
// with the same program built by gcc; a fault prints file:line:col and exits 70 (EX_SOFTWARE).

import { formatDiagnostic } from '../sim/types';
import { execProgram } from '../sim/exec';
import { includeDirsFor } from '../sim/load';
import type { CliArgs } from './args';
import type { CliIo } from './load';
import { dirname } from '../c/paths';
import { SourcePolicy, type PolicyFileAccess } from '../sim/source-policy';
import { escapeControls } from './terminal-text';

export const EXIT_FAULT = 70;

export async function execCommand(io: CliIo, files: string[], args: CliArgs): Promise<number> {
  const paths = files.map((f) => io.absolute(f));
  // The program's own folders, the working directory and mmstep's headers (source-policy.ts).
  const pf = io.files as PolicyFileAccess;
  const policy = new SourcePolicy(pf, [...paths.map((p) => dirname(p)), ...(pf.sourceRoots?.() ?? [])]);
  const r = await execProgram(paths, {
    read: (p) => policy.readText(p),
    onOutput: args.json ? undefined : (t) => io.out(escapeControls(t)),
  });
  r.diagnostics = policy.explainIncludes(r.diagnostics, includeDirsFor(paths));
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (args.json) {
    io.out(JSON.stringify({ exitCode: r.exitCode ?? null, stdout: r.stdout, fault: r.fault ?? null, steps: r.steps, diagnostics: r.diagnostics }, null, 2) + '\n');
  }
  for (const d of r.diagnostics) if (!args.json) io.err(escapeControls(formatDiagnostic({ ...d, file: io.display(d.file), ...(d.related ? { related: d.related.map((r) => ({ ...r, file: io.display(r.file) })) } : {}) })) + '\n');
  if (errors.length) return 2;
  if (r.fault) {
    if (!args.json) io.err(escapeControls(`${io.display(r.fault.file)}:${r.fault.line}:${r.fault.column}: fault: ${r.fault.kind}: ${r.fault.message}`) + '\n');
    return EXIT_FAULT;
  }
  return r.exitCode ?? 0;
}
