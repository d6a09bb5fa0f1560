// The debug adapter in a child process, seen from the host as a message-level DAP adapter (what
// VS Code's DebugAdapterInlineImplementation wraps): messages go to the child's stdin as frames,
// the child's frames come back as messages. The session itself runs in the child (main.ts), so a
// runaway or an out-of-memory in the simulated C ends the child, never the extension host. When
// the child ends unexpectedly, every request still waiting is answered with an error, the debug
// console says why ("mmstep debug adapter ended: out of memory (heap limit 2048 MB)"), and the
// session is terminated, so the client is never left waiting.

import type { DebugProtocol } from '@vscode/debugprotocol';
import { FrameReader } from './framing';
import { type ChildExit, type NodeChild, startNodeChild } from './node-child';

export interface ChildAdapterOptions {
  /** The adapter bundle (dist/debugAdapter.js). */
  script: string;
  cwd?: string;
  heapMb?: number;
  env?: NodeJS.ProcessEnv;
  /** The child's stderr, as it comes (for a log). */
  onStderr?: (text: string) => void;
  /** The child ended without a disconnect: what happened, in words (after the DAP messages). */
  onCrash?: (exit: ChildExit, message: string) => void;
}

export class ChildDebugAdapter {
  private readonly child: NodeChild;
  private readonly reader: FrameReader;
  private seq = 1_000_000_000;
  /** Requests sent and not yet answered, by seq. */
  private readonly pending = new Map<number, string>();
  private disconnecting = false;
  private ended = false;
  private listeners: ((m: DebugProtocol.ProtocolMessage) => void)[] = [];
  /** Resolves when the child has exited. */
  readonly exited: Promise<ChildExit>;

  constructor(private readonly opts: ChildAdapterOptions) {
    this.child = startNodeChild(opts.script, [], { cwd: opts.cwd, heapMb: opts.heapMb, env: opts.env, onStderr: opts.onStderr });
    this.reader = new FrameReader({
      message: (m) => this.fromChild(m as DebugProtocol.ProtocolMessage),
      problem: (p) => opts.onStderr?.(`mmstep: the debug adapter wrote a malformed frame: ${p.message}\n`),
    });
    this.child.proc.stdout?.on('data', (d: Buffer) => this.reader.push(d));
    // A child that died leaves a broken pipe: writes fail quietly, the exit handler reports.
    this.child.proc.stdin?.on('error', () => undefined);
    this.exited = this.child.exited.then((exit) => {
      this.onExit(exit);
      return exit;
    });
  }

  get heapMb(): number {
    return this.child.heapMb;
  }

  get pid(): number | undefined {
    return this.child.proc.pid;
  }

  onDidSendMessage(listener: (m: DebugProtocol.ProtocolMessage) => void): { dispose(): void } {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }

  handleMessage(m: DebugProtocol.ProtocolMessage): void {
    if (this.ended) {
      if (m?.type === 'request') this.answerDead(m as DebugProtocol.Request);
      return;
    }
    if (m?.type === 'request') {
      const r = m as DebugProtocol.Request;
      if (typeof r.seq === 'number') this.pending.set(r.seq, String(r.command));
      if (r.command === 'disconnect') this.disconnecting = true;
    }
    let json: string;
    try {
      json = JSON.stringify(m);
    } catch {
      return;
    }
    this.child.proc.stdin?.write(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`, 'utf8');
  }

  /** Ends the child (after a disconnect VS Code disposes the adapter). */
  dispose(): void {
    this.disconnecting = true;
    this.reader.dispose();
    if (this.child.proc.exitCode === null && this.child.proc.signalCode === null) {
      this.child.proc.stdin?.end();
      const t = setTimeout(() => this.child.proc.kill('SIGKILL'), 2000);
      t.unref?.();
    }
  }

  private emit(m: DebugProtocol.ProtocolMessage): void {
    for (const l of this.listeners) {
      try {
        l(m);
      } catch {
        // a listener's failure is not the adapter's
      }
    }
  }

  private fromChild(m: DebugProtocol.ProtocolMessage): void {
    if (m?.type === 'response') this.pending.delete((m as DebugProtocol.Response).request_seq);
    this.emit(m);
  }

  private answerDead(r: DebugProtocol.Request, why = 'the mmstep debug adapter has ended'): void {
    const message = `mmstep: ${why}`;
    this.emit({
      seq: this.seq++,
      type: 'response',
      request_seq: r.seq,
      command: r.command,
      success: r.command === 'disconnect',
      message,
      body: { error: { id: 2, format: message, showUser: r.command !== 'disconnect' } },
    } as DebugProtocol.Response);
  }

  private onExit(exit: ChildExit): void {
    this.reader.end();
    this.ended = true;
    if (this.disconnecting && exit.normal) return;
    if (this.disconnecting && this.pending.size === 0) return;
    const message = `mmstep debug adapter ended: ${exit.why}`;
    for (const [seq, command] of this.pending) this.answerDead({ seq, command, type: 'request' } as DebugProtocol.Request, `debug adapter ended: ${exit.why}`);
    this.pending.clear();
    this.emit({ seq: this.seq++, type: 'event', event: 'output', body: { category: 'stderr', output: `${message}\n` } } as DebugProtocol.OutputEvent);
    this.emit({ seq: this.seq++, type: 'event', event: 'terminated', body: {} } as DebugProtocol.TerminatedEvent);
    this.opts.onCrash?.(exit, message);
  }
}
