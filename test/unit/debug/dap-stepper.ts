// A small DAP driver for the stepping tests and the golden transcripts: an in-process session
// (InlineClient) with helpers that send a run request and wait for where it stopped, and a log
// of every message in both directions in the order they happened.

import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { InlineClient } from './inline-client';

export const ROOT = path.resolve(__dirname, '../../../..');

export function example(name: string): string {
  return path.join(ROOT, 'examples', `${name}.mmstep.yaml`);
}

export interface Where {
  name: string;
  line: number;
  depth: number;
}

export class Stepper {
  readonly c: InlineClient;
  /** Every message, in order: requests as sent, then responses and events as they came. */
  readonly log: DebugProtocol.ProtocolMessage[] = [];

  constructor() {
    const session = new MmstepDebugSession(new NodeFileAccess());
    // (the session's emitter has one listener, the client's: log what is sent instead)
    const sendEvent = session.sendEvent.bind(session);
    const sendResponse = session.sendResponse.bind(session);
    session.sendEvent = (e) => {
      if (!this.disposed) this.log.push(JSON.parse(JSON.stringify(e)));
      sendEvent(e);
    };
    session.sendResponse = (r) => {
      if (!this.disposed) this.log.push(JSON.parse(JSON.stringify(r)));
      sendResponse(r);
    };
    this.c = new InlineClient(session);
  }

  async request(command: string, args?: unknown): Promise<DebugProtocol.Response> {
    this.log.push({ seq: 0, type: 'request', command, ...(args !== undefined ? { arguments: args } : {}) } as DebugProtocol.Request);
    return this.c.request(command, args);
  }

  /**
   * initialize, launch, configurationDone: resolves with the first stop (or the end). `target`:
   * a scenario's path, or launch arguments of another kind (a selftest launch).
   */
  async launch(target: string | Record<string, unknown>, stopOnEntry: boolean, before?: () => Promise<void>): Promise<DebugProtocol.Event> {
    await this.request('initialize', { adapterID: 'mmstep', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
    const r = await this.request('launch', { ...(typeof target === 'string' ? { scenario: target } : target), stopOnEntry });
    if (!r.success) throw new Error(`launch failed: ${r.message}`);
    if (before) await before();
    const next = this.stopOrEnd();
    await this.request('configurationDone');
    return next;
  }

  /** How long a run request may take to stop or end (long runs: a selftest's millions of statements). */
  eventTimeoutMs = 10000;

  private stopOrEnd(): Promise<DebugProtocol.Event> {
    return Promise.race([this.c.nextEvent('stopped', undefined, this.eventTimeoutMs), this.c.nextEvent('terminated', undefined, this.eventTimeoutMs)]);
  }

  /** Sends a run request (next, stepBack, continue, ...) and waits for the stop or the end. */
  async run(command: string, args: Record<string, unknown> = {}): Promise<DebugProtocol.Event> {
    const next = this.stopOrEnd();
    const r = await this.request(command, { threadId: 1, ...args });
    if (!r.success) throw new Error(`${command} failed: ${r.message}`);
    return next;
  }

  async stack(): Promise<DebugProtocol.StackFrame[]> {
    const r = await this.request('stackTrace', { threadId: 1 });
    return (r.body as DebugProtocol.StackTraceResponse['body']).stackFrames;
  }

  async where(): Promise<Where> {
    const s = await this.stack();
    return { name: s[0].name, line: s[0].line, depth: s.length };
  }

  private disposed = false;

  dispose(): void {
    // A run still going (a failed test's continue) stops with the session (not in the log).
    this.disposed = true;
    void this.c.request('disconnect', {}).catch(() => undefined);
    this.c.dispose();
  }
}
