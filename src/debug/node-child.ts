// A Node child process for work that runs user-written C: the debug adapter and the headless
// run. Whatever the C does — loop for ever, exhaust the heap, overflow the stack — happens in the
// child, with its own heap limit; the host (VS Code's extension host) only sees the child end and
// tells the user why, in words: "out of memory (heap limit 2048 MB)", "killed (SIGKILL)".
// Inside VS Code, process.execPath is Electron (or code-server's node): ELECTRON_RUN_AS_NODE=1
// makes it a plain Node.

import * as cp from 'child_process';

/** Default heap limit of a child, in MB (MMSTEP_ADAPTER_HEAP_MB overrides it). */
export const DEFAULT_HEAP_MB = 2048;

export function heapLimitMb(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.MMSTEP_ADAPTER_HEAP_MB);
  return Number.isInteger(v) && v >= 16 && v <= 65536 ? v : DEFAULT_HEAP_MB;
}

export interface NodeChild {
  proc: cp.ChildProcess;
  heapMb: number;
  /** The last few KB the child wrote to stderr (V8 prints its out-of-memory report there). */
  stderrTail(): string;
  /** Resolves when the child has exited, with what happened in words. */
  exited: Promise<ChildExit>;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** A normal end (exit code 0 or the signal we sent). */
  normal: boolean;
  /** "out of memory (heap limit 2048 MB)", "crashed (exit code 3)", ... */
  why: string;
}

const TAIL_BYTES = 8192;

/** Starts `script` (a bundled .js) under this process's Node with a heap limit. */
export function startNodeChild(
  script: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; heapMb?: number; onStderr?: (text: string) => void } = {},
): NodeChild {
  const heapMb = opts.heapMb ?? heapLimitMb(opts.env ?? process.env);
  const env: NodeJS.ProcessEnv = { ...(opts.env ?? process.env), ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' };
  // Debug flags of the extension host (--inspect) must not be inherited by the child.
  delete env.NODE_OPTIONS;
  const proc = cp.spawn(process.execPath, [`--max-old-space-size=${heapMb}`, script, ...args], {
    cwd: opts.cwd,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  let tail = '';
  proc.stderr?.setEncoding('utf8');
  proc.stderr?.on('data', (d: string) => {
    tail = (tail + d).slice(-TAIL_BYTES);
    opts.onStderr?.(d);
  });
  let killedByUs = false;
  const kill = proc.kill.bind(proc);
  proc.kill = (signal?: NodeJS.Signals | number): boolean => {
    killedByUs = true;
    return kill(signal);
  };
  const exited = new Promise<ChildExit>((resolve) => {
    proc.on('error', (e) => resolve({ code: null, signal: null, normal: false, why: `could not be started: ${e.message}` }));
    proc.on('exit', (code, signal) => {
      // Let the last stderr bytes arrive (the heap report comes just before the abort).
      setImmediate(() => resolve(describeExit(code, signal, tail, heapMb, killedByUs)));
    });
  });
  return { proc, heapMb, stderrTail: () => tail, exited };
}

/** What an exit status means, for the user. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null, stderr: string, heapMb: number, killedByUs = false): ChildExit {
  const base = { code, signal };
  if (/heap limit|JavaScript heap out of memory|Allocation failed|Reached heap limit|Ineffective mark-compacts/i.test(stderr)) {
    return { ...base, normal: false, why: `out of memory (heap limit ${heapMb} MB)` };
  }
  if (/Maximum call stack size exceeded|stack overflow/i.test(stderr)) return { ...base, normal: false, why: 'stack overflow' };
  if (code === 0) return { ...base, normal: true, why: 'ended' };
  if (signal) {
    if (killedByUs) return { ...base, normal: true, why: `stopped (${signal})` };
    const hint = signal === 'SIGKILL' ? ' — possibly by the system running out of memory' : signal === 'SIGABRT' ? ' (aborted)' : '';
    return { ...base, normal: false, why: `killed by ${signal}${hint}` };
  }
  const last = stderr.trim().split('\n').filter((l) => l.trim()).pop();
  return { ...base, normal: false, why: `crashed (exit code ${code})${last ? `: ${last.trim().slice(0, 200)}` : ''}` };
}
