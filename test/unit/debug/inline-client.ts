// Drives a debug session the way VS Code's inline adapter does: messages go in through
// handleMessage, come out through onDidSendMessage. No sockets, no framing: fast enough for
// property tests that send thousands of requests.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { MmstepDebugSession } from '../../../src/debug/session';

export class InlineClient {
  private seq = 1;
  readonly events: DebugProtocol.Event[] = [];
  readonly responses: DebugProtocol.Response[] = [];
  private waiting = new Map<number, (r: DebugProtocol.Response) => void>();
  private eventWaiters: { pred: (e: DebugProtocol.Event) => boolean; resolve: (e: DebugProtocol.Event) => void }[] = [];
  private subscription: { dispose(): void };

  constructor(readonly session: MmstepDebugSession) {
    this.subscription = session.onDidSendMessage((m) => {
      const msg = m as DebugProtocol.ProtocolMessage;
      if (msg.type === 'response') {
        const r = msg as DebugProtocol.Response;
        this.responses.push(r);
        const w = this.waiting.get(r.request_seq);
        if (w) {
          this.waiting.delete(r.request_seq);
          w(r);
        }
      } else if (msg.type === 'event') {
        const e = msg as DebugProtocol.Event;
        this.events.push(e);
        const hit = this.eventWaiters.filter((w) => w.pred(e));
        this.eventWaiters = this.eventWaiters.filter((w) => !hit.includes(w));
        for (const w of hit) w.resolve(e);
      }
    });
  }

  /** Sends any message as it is (for malformed ones); returns the seq it used, if any. */
  raw(msg: unknown): void {
    this.session.handleMessage(msg as DebugProtocol.ProtocolMessage);
  }

  /** Sends a request; resolves with its response, rejects when none comes within `timeoutMs`. */
  request(command: string, args?: unknown, timeoutMs = 10000): Promise<DebugProtocol.Response> {
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(seq);
        reject(new Error(`no response to ${command} (seq ${seq}) within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(seq, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      const msg: Record<string, unknown> = { seq, type: 'request', command };
      if (args !== undefined) msg.arguments = args;
      this.session.handleMessage(msg as unknown as DebugProtocol.ProtocolMessage);
    });
  }

  /** The next event (from now on) of `type` matching `pred`. */
  nextEvent(type: string, pred: (e: DebugProtocol.Event) => boolean = () => true, timeoutMs = 10000): Promise<DebugProtocol.Event> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
      // The loser of a race (stopped or terminated) must not hold the process after the tests.
      timer.unref();
      this.eventWaiters.push({
        pred: (e) => e.event === type && pred(e),
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }

  /** Launches `scenario` and waits for the stop on entry. */
  async launchToEntry(scenario: string): Promise<DebugProtocol.StoppedEvent> {
    await this.request('initialize', { adapterID: 'mmstep', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
    const launched = await this.request('launch', { scenario, stopOnEntry: true });
    if (!launched.success) throw new Error(`launch failed: ${launched.message}`);
    const stopped = this.nextEvent('stopped');
    await this.request('configurationDone');
    return (await stopped) as DebugProtocol.StoppedEvent;
  }

  dispose(): void {
    this.subscription.dispose();
    this.session.dispose();
  }
}
