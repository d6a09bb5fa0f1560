// Pause during a long run: continue runs the simulation in chunks of statements, so a pause
// request is heard and the run stops where it is, inside the loop, and can be continued to the
// end afterwards.

import * as assert from 'assert';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Adapter, nextEvent, startAdapter } from './harness';

const root = path.resolve(__dirname, '../../../..');
const LONG = path.join(root, 'test/fixtures/scenarios/long-loop.mmstep.yaml');

describe('debug adapter: pause, conditions and logpoints', function () {
  this.timeout(30000);
  let a: Adapter;
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(() => a.close());

  it('pauses a long continue inside the loop, then continues to the end', async () => {
    const { dc } = a;
    const initialized = dc.waitForEvent('initialized');
    await dc.launch({ scenario: LONG, stopOnEntry: true });
    await initialized;
    const entry = nextEvent<DebugProtocol.StoppedEvent>(dc, 'stopped');
    await dc.configurationDoneRequest();
    const tid = (await entry).body.threadId!;

    const paused = nextEvent<DebugProtocol.StoppedEvent>(dc, 'stopped');
    await dc.continueRequest({ threadId: tid });
    await dc.pauseRequest({ threadId: tid });
    const p = await paused;
    assert.strictEqual(p.body.reason, 'pause');
    const st = await dc.stackTraceRequest({ threadId: tid });
    assert.strictEqual(st.body.stackFrames[0].name, 'spin');
    assert.ok([7, 6].includes(st.body.stackFrames[0].line), `paused in the loop, at line ${st.body.stackFrames[0].line}`);

    const exited = nextEvent<DebugProtocol.ExitedEvent>(dc, 'exited');
    await dc.continueRequest({ threadId: tid });
    assert.strictEqual((await exited).body.exitCode, 0);
  });

  it('a conditional breakpoint and a logpoint set from the client', async () => {
    const { dc } = a;
    const initialized = dc.waitForEvent('initialized');
    await dc.launch({ scenario: LONG, stopOnEntry: false });
    await initialized;
    const spin = path.join(root, 'test/fixtures/c/spin.c');
    const set = await dc.setBreakpointsRequest({
      source: { path: spin },
      breakpoints: [
        { line: 7, logMessage: 'loop i={i}', hitCondition: '<= 2' },
        { line: 8, condition: 'sum > 0 && i == n' },
      ],
    });
    assert.deepStrictEqual(set.body.breakpoints.map((b) => b.verified), [true, true]);
    const logs: string[] = [];
    dc.on('output', (e: DebugProtocol.OutputEvent) => {
      if (e.body.output.startsWith('loop i=')) logs.push(e.body.output.trim());
    });
    const stopped = nextEvent<DebugProtocol.StoppedEvent>(dc, 'stopped');
    await dc.configurationDoneRequest();
    const s = await stopped;
    assert.strictEqual(s.body.reason, 'breakpoint');
    const st = await dc.stackTraceRequest({ threadId: s.body.threadId! });
    const v = await dc.evaluateRequest({ expression: 'i', frameId: st.body.stackFrames[0].id, context: 'watch' });
    assert.strictEqual(v.body.result, '0x7a120'); // 500000: large unsigned values show in hex
    assert.deepStrictEqual(logs, ['loop i=0', 'loop i=1']);
  });

  it('steps back and reverse-continues to the previous breakpoint hit', async () => {
    const { dc } = a;
    const initialized = dc.waitForEvent('initialized');
    await dc.launch({ scenario: LONG, stopOnEntry: false });
    await initialized;
    const spin = path.join(root, 'test/fixtures/c/spin.c');
    await dc.setBreakpointsRequest({ source: { path: spin }, breakpoints: [{ line: 7, condition: 'i % 100 == 0' }] });
    let stopped = nextEvent<DebugProtocol.StoppedEvent>(dc, 'stopped');
    await dc.configurationDoneRequest();
    const tid = (await stopped).body.threadId!;
    const valueOf = async (expr: string): Promise<string> => {
      const st = await dc.stackTraceRequest({ threadId: tid });
      return (await dc.evaluateRequest({ expression: expr, frameId: st.body.stackFrames[0].id, context: 'watch' })).body.result;
    };
    assert.strictEqual(await valueOf('i'), '0');
    for (const want of ['100', '200']) {
      stopped = nextEvent(dc, 'stopped');
      await dc.continueRequest({ threadId: tid });
      await stopped;
      assert.strictEqual(await valueOf('i'), want);
    }
    stopped = nextEvent(dc, 'stopped');
    await dc.reverseContinueRequest({ threadId: tid });
    assert.strictEqual((await stopped).body.reason, 'breakpoint');
    assert.strictEqual(await valueOf('i'), '100');
    stopped = nextEvent(dc, 'stopped');
    await dc.stepBackRequest({ threadId: tid, granularity: 'statement' });
    await stopped;
    const line = async (): Promise<number> => (await dc.stackTraceRequest({ threadId: tid })).body.stackFrames[0].line;
    // By statement, the statement before: the loop condition `i < n` on line 6, i already 100.
    assert.strictEqual(await line(), 6);
    assert.strictEqual(await valueOf('i'), '100');
    // By line (the default), from the middle of line 6 to its start: the i++ of the update,
    // not yet done — where a `next` from line 7 stopped
    stopped = nextEvent(dc, 'stopped');
    await dc.stepBackRequest({ threadId: tid });
    await stopped;
    assert.strictEqual(await line(), 6);
    assert.strictEqual(await valueOf('i'), '99');
    // and the line before: the loop body, one iteration earlier
    stopped = nextEvent(dc, 'stopped');
    await dc.stepBackRequest({ threadId: tid });
    await stopped;
    assert.strictEqual(await line(), 7);
    assert.strictEqual(await valueOf('i'), '99');
  });
});
