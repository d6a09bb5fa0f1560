// Pause while C runs forever (issue 7, class 1 in the debugger): the adapter runs the simulation
// in slices of about 10 ms, so a pause request sent during `for(;;) x++;`, during `for(;;){}`
// (a statement boundary on every loop back-edge, src/c) and during a `next` over a call that never
// returns is answered with a `stopped` event inside the loop. The delays are measured and printed;
// the assertion is only a generous bound that catches a hang (tests never assert timings).

import * as assert from 'assert';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { InlineClient } from './inline-client';

const FIXTURES = path.join(__dirname, '../../../../test/unit/debug/fixtures');
const HANG_BOUND_MS = 5000;

type Stopped = DebugProtocol.StoppedEvent;

async function pauseAfter(c: InlineClient, start: () => Promise<DebugProtocol.Response>): Promise<{ ms: number; stop: Stopped }> {
  const r = await start();
  assert.ok(r.success, r.message);
  await new Promise((resolve) => setTimeout(resolve, 60));
  const stopped = c.nextEvent('stopped', undefined, HANG_BOUND_MS * 2);
  const t0 = performance.now();
  const p = await c.request('pause', { threadId: 1 }, HANG_BOUND_MS);
  assert.ok(p.success, p.message);
  const stop = (await stopped) as Stopped;
  const ms = performance.now() - t0;
  assert.ok(ms < HANG_BOUND_MS, `pause answered after ${ms.toFixed(0)} ms: the run loop does not yield`);
  return { ms, stop };
}

async function topLine(c: InlineClient): Promise<{ name: string; line: number }> {
  const st = await c.request('stackTrace', { threadId: 1 });
  const f = (st.body as DebugProtocol.StackTraceResponse['body']).stackFrames[0];
  return { name: f.name, line: f.line };
}

describe('debug adapter: pause while C runs forever', function () {
  this.timeout(30000);
  const measured: string[] = [];
  after(() => console.log(`      pause → stopped: ${measured.join(', ')}`));

  for (const [scenario, fn, lines] of [
    ['count-forever', 'count_forever', [8, 9]],
    ['spin-forever', 'spin_forever', [15]],
  ] as const) {
    it(`continue, then pause, in ${fn} (${scenario === 'spin-forever' ? 'for(;;){}' : 'for(;;) x++;'})`, async () => {
      const c = new InlineClient(new MmstepDebugSession(new NodeFileAccess()));
      try {
        await c.launchToEntry(path.join(FIXTURES, `${scenario}.mmstep.yaml`));
        const { ms, stop } = await pauseAfter(c, () => c.request('continue', { threadId: 1 }));
        measured.push(`${fn} ${ms.toFixed(1)} ms`);
        assert.strictEqual(stop.body.reason, 'pause');
        const top = await topLine(c);
        assert.strictEqual(top.name, fn);
        assert.ok((lines as readonly number[]).includes(top.line), `paused at line ${top.line}`);
        // and it can be continued and paused again
        const again = await pauseAfter(c, () => c.request('continue', { threadId: 1 }));
        measured.push(`${fn} again ${again.ms.toFixed(1)} ms`);
        assert.strictEqual(again.stop.body.reason, 'pause');
      } finally {
        c.dispose();
      }
    });
  }

  it('a next over a call that never returns is paused inside the callee', async () => {
    const c = new InlineClient(new MmstepDebugSession(new NodeFileAccess()));
    try {
      await c.launchToEntry(path.join(FIXTURES, 'call-forever.mmstep.yaml'));
      // `if (which)` → `r = count_forever(which);`
      const stop = c.nextEvent('stopped');
      await c.request('next', { threadId: 1 });
      await stop;
      assert.strictEqual((await topLine(c)).line, 26);
      const { ms, stop: paused } = await pauseAfter(c, () => c.request('next', { threadId: 1 }));
      measured.push(`next over count_forever ${ms.toFixed(1)} ms`);
      assert.strictEqual(paused.body.reason, 'pause');
      assert.strictEqual((await topLine(c)).name, 'count_forever');
      // while paused, requests are served as usual
      const ev = await c.request('evaluate', { expression: 'x > 0', context: 'watch' });
      assert.ok(ev.success, ev.message);
    } finally {
      c.dispose();
    }
  });

  it('a reverse continue over a long history (a replay from the start) is paused too', async () => {
    const c = new InlineClient(new MmstepDebugSession(new NodeFileAccess()));
    try {
      await c.launchToEntry(path.join(FIXTURES, 'count-forever.mmstep.yaml'));
      await c.request('continue', { threadId: 1 });
      await new Promise((resolve) => setTimeout(resolve, 400));
      let stopped = c.nextEvent('stopped');
      await c.request('pause', { threadId: 1 });
      await stopped;
      const mark = c.events.length;
      const r = await c.request('reverseContinue', { threadId: 1 });
      assert.ok(r.success, r.message);
      stopped = c.nextEvent('stopped', undefined, HANG_BOUND_MS * 2);
      const t0 = performance.now();
      await c.request('pause', { threadId: 1 }, HANG_BOUND_MS);
      const stop = (await stopped) as Stopped;
      const ms = performance.now() - t0;
      measured.push(`reverse continue ${ms.toFixed(1)} ms (${stop.body.reason})`);
      assert.ok(ms < HANG_BOUND_MS, `pause answered after ${ms.toFixed(0)} ms`);
      // The replay of ~400 ms of execution takes far longer than one 10 ms slice: the first stop
      // after the request is the pause, on the way back (not the end of the replay).
      const first = c.events.slice(mark).find((e) => e.event === 'stopped') as Stopped;
      assert.strictEqual(first.body.reason, 'pause');
      assert.strictEqual(stop, first);
    } finally {
      c.dispose();
    }
  });

  it('a disconnect during a run stops it', async () => {
    const c = new InlineClient(new MmstepDebugSession(new NodeFileAccess()));
    try {
      await c.launchToEntry(path.join(FIXTURES, 'count-forever.mmstep.yaml'));
      await c.request('continue', { threadId: 1 });
      await new Promise((resolve) => setTimeout(resolve, 30));
      const d = await c.request('disconnect', {}, HANG_BOUND_MS);
      assert.ok(d.success);
      const before = c.events.length;
      await new Promise((resolve) => setTimeout(resolve, 100));
      // no stop, no budget exception after the disconnect: the run is over
      assert.ok(!c.events.slice(before).some((e) => e.event === 'stopped'));
    } finally {
      c.dispose();
    }
  });
});
