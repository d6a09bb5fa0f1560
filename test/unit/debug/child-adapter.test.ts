// The debug adapter as a child process (issue 7, class 10), driven at the message level as the
// extension drives it: a normal session (stop on entry, the state panel's custom request and
// event, disconnect), a scenario that exhausts the child's heap (the client gets an error for the
// pending request, "mmstep debug adapter ended: out of memory (heap limit 128 MB)" and
// `terminated`, and this process lives on), and a child killed from outside.

import * as assert from 'assert';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ChildDebugAdapter } from '../../../src/debug/child-adapter';
import { describeExit } from '../../../src/debug/node-child';

const root = path.resolve(__dirname, '../../../..');
const SCRIPT = path.join(root, 'out/src/debug/main.js');
const PRIVATE = path.join(root, 'examples/private-4pages.mmstep.yaml');
const HOG = path.join(root, 'test/unit/debug/fixtures/hog.mmstep.yaml');

class Client {
  seq = 1;
  readonly messages: DebugProtocol.ProtocolMessage[] = [];
  private waiters: (() => boolean)[] = [];
  constructor(readonly a: ChildDebugAdapter) {
    a.onDidSendMessage((m) => {
      this.messages.push(m);
      this.waiters = this.waiters.filter((w) => !w());
    });
  }
  send(command: string, args?: unknown): number {
    const seq = this.seq++;
    this.a.handleMessage({ seq, type: 'request', command, arguments: args } as DebugProtocol.Request);
    return seq;
  }
  wait<M extends DebugProtocol.ProtocolMessage>(pred: (m: DebugProtocol.ProtocolMessage) => boolean, what: string, ms = 20000): Promise<M> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
      const check = (): boolean => {
        const m = this.messages.find(pred);
        if (!m) return false;
        clearTimeout(t);
        resolve(m as M);
        return true;
      };
      if (!check()) this.waiters.push(check);
    });
  }
  response(seq: number): Promise<DebugProtocol.Response> {
    return this.wait((m) => m.type === 'response' && (m as DebugProtocol.Response).request_seq === seq, `response to ${seq}`);
  }
  event(name: string): Promise<DebugProtocol.Event> {
    return this.wait((m) => m.type === 'event' && (m as DebugProtocol.Event).event === name, `${name} event`);
  }
}

describe('debug adapter in a child process', function () {
  this.timeout(60000);

  it('serves a session: stop on entry, the state panel request and event, disconnect', async () => {
    const a = new ChildDebugAdapter({ script: SCRIPT, cwd: root });
    const c = new Client(a);
    try {
      assert.ok((await c.response(c.send('initialize', { adapterID: 'mmstep', pathFormat: 'path' }))).success);
      assert.ok((await c.response(c.send('launch', { scenario: PRIVATE }))).success);
      c.send('configurationDone');
      const stop = (await c.event('stopped')) as DebugProtocol.StoppedEvent;
      assert.strictEqual(stop.body.reason, 'entry');
      const state = (await c.event('mmstepState')) as DebugProtocol.Event;
      assert.strictEqual((state.body as { state: { pages: unknown[] } }).state.pages.length, 4);
      const r = await c.response(c.send('mmstepState'));
      assert.strictEqual((r.body as { state: { pages: unknown[] } }).state.pages.length, 4);
      assert.ok((await c.response(c.send('disconnect', {}))).success);
      const exit = await a.exited;
      assert.ok(exit.normal, exit.why);
      assert.ok(!c.messages.some((m) => m.type === 'event' && (m as DebugProtocol.Event).event === 'terminated' && m.seq >= 1e9));
    } finally {
      a.dispose();
    }
  });

  it('a scenario that exhausts the heap ends the child with a clear message', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const a = new ChildDebugAdapter({ script: SCRIPT, cwd: root, heapMb: 128 });
    const c = new Client(a);
    try {
      await c.response(c.send('initialize', { adapterID: 'mmstep', pathFormat: 'path' }));
      const launch = c.send('launch', { scenario: HOG, stopOnEntry: false });
      c.send('configurationDone');
      const exit = await a.exited;
      assert.strictEqual(exit.why, 'out of memory (heap limit 128 MB)');
      const out = await c.wait<DebugProtocol.OutputEvent>(
        (m) => m.type === 'event' && (m as DebugProtocol.Event).event === 'output' && /ended/.test((m as DebugProtocol.OutputEvent).body.output),
        'the end message',
      );
      assert.strictEqual(out.body.output, 'mmstep debug adapter ended: out of memory (heap limit 128 MB)\n');
      await c.event('terminated');
      // the launch was pending or answered; either way it has an answer
      await c.response(launch);
      const late = await c.response(c.send('threads'));
      assert.strictEqual(late.success, false);
      assert.match(late.message!, /the mmstep debug adapter has ended/);
      // this process was not touched: its heap did not grow by the child's
      assert.ok(process.memoryUsage().heapUsed - heapBefore < 64 * 1024 * 1024);
    } finally {
      a.dispose();
    }
  });

  it('a child killed from outside is reported as such', async () => {
    const a = new ChildDebugAdapter({ script: SCRIPT, cwd: root });
    const c = new Client(a);
    try {
      await c.response(c.send('initialize', { adapterID: 'mmstep', pathFormat: 'path' }));
      process.kill(a.pid!, 'SIGKILL');
      const exit = await a.exited;
      assert.match(exit.why, /^killed by SIGKILL — possibly by the system running out of memory/);
      await c.event('terminated');
    } finally {
      a.dispose();
    }
  });

  it('names the cause of an exit', () => {
    assert.strictEqual(describeExit(null, 'SIGABRT', '<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed', 512).why, 'out of memory (heap limit 512 MB)');
    assert.strictEqual(describeExit(0, null, '', 512).why, 'ended');
    assert.match(describeExit(7, null, 'boom\nlast words\n', 512).why, /^crashed \(exit code 7\): last words$/);
    assert.ok(describeExit(null, 'SIGTERM', '', 512, true).normal);
  });
});
