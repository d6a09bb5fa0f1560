// `mmstep exec FILE.c ...`: run a C program's main() in the interpreter and print its output
// as it comes. The exit status is main's return value, so a differential test can compare it
// with the same program built by gcc; a fault prints file:line:col and exits 70 (EX_SOFTWARE).

import { formatDiagnostic } from '../sim/types';
import { execProgram } from '../sim/exec';
import type { CliArgs } from './args';
import type { CliIo } from './load';

export const EXIT_FAULT = 70;

export async function execCommand(io: CliIo, files: string[], args: CliArgs): Promise<number> {
  const paths = files.map((f) => io.absolute(f));
  const r = await execProgram(paths, {
    read: (p) => io.files.readText(p),
    onOutput: args.json ? undefined : (t) => io.out(t),
  });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (args.json) {
    io.out(JSON.stringify({ exitCode: r.exitCode ?? null, stdout: r.stdout, fault: r.fault ?? null, steps: r.steps, diagnostics: r.diagnostics }, null, 2) + '\n');
  }
  for (const d of r.diagnostics) if (!args.json) io.err(formatDiagnostic({ ...d, file: io.display(d.file) }) + '\n');
  if (errors.length) return 2;
  if (r.fault) {
    if (!args.json) io.err(`${io.display(r.fault.file)}:${r.fault.line}:${r.fault.column}: fault: ${r.fault.kind}: ${r.fault.message}\n`);
    return EXIT_FAULT;
  }
  return r.exitCode ?? 0;
}
