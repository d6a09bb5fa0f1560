// The `mmstep` command line, as a function of (argv, io) → exit status, so tests can run it
// in-process. src/cli/main.ts binds it to the real process. No stack traces reach the user:
// usage errors print the usage, unexpected errors print one line (MMSTEP_DEBUG=1 shows the stack).

import * as nodePath from 'path';
import { scenarioSchema } from '../scenario/schema';
import { parseArgs, USAGE, UsageError } from './args';
import { checkCommand } from './check';
import { NodeFileAccess } from './file-access';
import type { CliIo } from './load';
import { runCommand } from './run';
import { execCommand } from './exec';
import { reviewCommand } from './review';
import { escapeTerminal } from './terminal-text';

export const VERSION = '0.1.0';

/** An io writing to the real process streams. */
export function processIo(): CliIo {
  const cwd = process.cwd();
  const color = !!process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return {
    // No control character of user text reaches the terminal (terminal-text.ts).
    out: (t) => void process.stdout.write(escapeTerminal(t, color)),
    err: (t) => void process.stderr.write(escapeTerminal(t, color)),
    color,
    files: new NodeFileAccess(),
    absolute: (p) => nodePath.resolve(cwd, p),
    display: (p) => {
      if (!nodePath.isAbsolute(p)) return p;
      const rel = nodePath.relative(cwd, p);
      return rel && !rel.startsWith('..') && !nodePath.isAbsolute(rel) ? rel : p;
    },
  };
}

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'version':
        io.out(`mmstep ${VERSION}\n`);
        return 0;
      case 'schema':
        io.out(JSON.stringify(scenarioSchema, null, 2) + '\n');
        return 0;
      case 'run':
        return await runCommand(io, args.files[0], args);
      case 'check':
        return await checkCommand(io, args.files, args);
      case 'lint':
        return await (await import('./lint')).lintCommand(io, args.files[0], args);
      case 'exec':
        return await execCommand(io, args.files, args);
      case 'review':
        return await reviewCommand(io, args.files, args);
      case 'selftest':
        return await (await import('./selftest')).selftestCommand(io, args);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`mmstep: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`mmstep: internal error: ${msg}\n`);
    if (typeof process !== 'undefined' && process.env.MMSTEP_DEBUG && e instanceof Error && e.stack) io.err(e.stack + '\n');
    return 2;
  }
}
