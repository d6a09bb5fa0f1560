// Standalone entry of the mmstep debug adapter (bundled to dist/debugAdapter.js): DAP over
// stdin/stdout for any DAP client, or `--server=PORT` to serve each TCP connection with a fresh
// session (for debugging the adapter itself). Files are read with Node's fs. The extension runs
// this bundle as a child process (src/debug/child-adapter.ts) so the extension host is isolated
// from whatever the simulated C does.

import * as net from 'net';
import { NodeFileAccess } from '../cli/file-access';
import { VERSION } from '../cli/cli';
import { installDiskCompiledStore } from '../cli/compile-cache-disk';
import { OutputEvent } from '@vscode/debugadapter';
import { MmstepDebugSession } from './session';

function serverPort(argv: string[]): number | undefined {
  for (const a of argv) {
    const m = /^--server=(\d{1,5})$/.exec(a);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function main(): void {
  // Each debug session is a new process: compiled C kept on disk (as the CLI does) makes the
  // second session of a scenario load warm (MMSTEP_COMPILE_CACHE=off: not).
  installDiskCompiledStore(VERSION);
  process.on('unhandledRejection', (e) => {
    process.stderr.write(`mmstep debug adapter: unexpected error: ${e instanceof Error ? e.stack : String(e)}\n`);
  });
  const files = new NodeFileAccess();
  const port = serverPort(process.argv.slice(2));
  if (port !== undefined) {
    const server = net.createServer((socket) => {
      const session = new MmstepDebugSession(files);
      session.setRunAsServer(true);
      session.start(socket, socket);
    });
    server.on('error', (e) => {
      process.stderr.write(`mmstep debug adapter: cannot listen on port ${port}: ${e.message}\n`);
      process.exit(1);
    });
    server.listen(port, '127.0.0.1', () => {
      process.stderr.write(`mmstep debug adapter: waiting for DAP clients on 127.0.0.1:${port}\n`);
    });
    return;
  }
  // stdout carries DAP messages: anything else printed there would corrupt the stream.
  console.log = console.error;
  console.info = console.error;
  const session = new MmstepDebugSession(files);
  process.on('SIGTERM', () => session.shutdown());
  // An exception that escapes every handler is reported in the debug console; the session goes
  // on answering (it never ends silently: only the client closing stdin ends it).
  process.on('uncaughtException', (e) => {
    const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`mmstep debug adapter: unexpected error: ${text}\n`);
    try {
      session.sendEvent(new OutputEvent(`mmstep: internal error in the debug adapter: ${text}\n`, 'stderr'));
    } catch {
      // stdout is gone: nothing more to tell
    }
  });
  session.start(process.stdin, process.stdout);
}

main();
