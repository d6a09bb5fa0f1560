// Node entry point of the `mmstep` CLI (bundled to dist/cli.js): runs the command line on the
// real process and sets the exit status. All logic lives in cli.ts so tests can call it directly.

import { runCli, VERSION } from './cli';
import { installDiskCompiledStore } from './compile-cache-disk';

// Compiled C is kept on disk between runs (compile-cache-disk.ts; MMSTEP_COMPILE_CACHE=off: not).
installDiskCompiledStore(VERSION);

// `mmstep run X | head`: a closed pipe ends the output quietly instead of an EPIPE trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mmstep: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
