// TEMPORARY: exercises the adapter against a tiny fake SimulationApi until the real Simulation
// lands; replaced by session.test.ts on the real examples.

import * as assert from 'assert';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { MmstepDebugSession } from '../../../src/debug/session';
import { LoadError } from '../../../src/sim/types';
import type { FileAccess, FrameInfo, SimulationApi, StopInfo } from '../../../src/sim/types';
import { startAdapter, nextEvent, Adapter } from './harness';

const files: FileAccess = {
  readText: async () => '',
  readBytes: async () => new Uint8Array(),
  resolve: (from, rel) => rel,
};

function fakeSim(): SimulationApi {
  const lines = [10, 11, 12, 13, 14];
  let pc = 0;
  const bps = new Set<number>();
  const frame = (): FrameInfo => ({ id: 1, tid: 1, name: 'collect', file: '/k/m.c', line: lines[pc], column: 2, endLine: lines[pc], endColumn: 9 });
  const end = (): StopInfo => ({ reason: 'end', tid: 1, ended: true });
  return {
    scenarioPath: '/s.mmstep.yaml',
    threads: () => [{ id: 1, name: 'main', status: 'ready' }],
    stepIn: () => (++pc >= lines.length ? end() : { reason: 'step', tid: 1 }),
    stepOver: () => (++pc >= lines.length ? end() : { reason: 'step', tid: 1 }),
    stepOut: () => end(),
    continue: () => {
      while (++pc < lines.length) if (bps.has(lines[pc])) return { reason: 'breakpoint', tid: 1 };
      return end();
    },
    setBreakpoints: (_f, ls) => {
      bps.clear();
      return ls.map((l) => { const actual = l.line < 10 ? 10 : l.line; bps.add(actual); return { line: l.line, verified: true, actualLine: actual }; });
    },
    setFunctionBreakpoints: (ns) => ns.map((name) => ({ name, verified: true })),
    setExceptionFilters: () => undefined,
    stack: () => [frame()],
    scopes: () => [{ name: 'Locals', ref: 100, expensive: false }],
    variables: (ref) => (ref === 100 ? [{ name: 'pc', value: String(pc), ref: 0 }] : []),
    stateView: () => ({ step: pc, processes: [], pages: [], tlbs: [], locks: [], arrays: [], violations: [], changed: [] }),
    result: () => ({ outcome: 'completed', steps: pc, expectations: [], passed: true, output: [] }),
    runToEnd: () => ({ outcome: 'completed', steps: pc, expectations: [], passed: true, output: [] }),
  };
}

describe('debug adapter (fake simulation)', () => {
  let a: Adapter;
  afterEach(() => a?.close());

  it('stops on entry, hits a moved breakpoint, ends with exited 0', async () => {
    a = await startAdapter(() => new MmstepDebugSession(files, async () => fakeSim()));
    const { dc } = a;
    const init = dc.waitForEvent('initialized');
    await dc.launch({ scenario: '/s.mmstep.yaml' });
    await init;
    const bp = await dc.setBreakpointsRequest({ source: { path: '/k/m.c' }, breakpoints: [{ line: 13 }] });
    assert.strictEqual(bp.body.breakpoints[0].line, 13);
    const entry = nextEvent(dc, 'stopped');
    const state0 = nextEvent(dc, 'mmstepState');
    await dc.configurationDoneRequest();
    assert.strictEqual(((await entry) as DebugProtocol.StoppedEvent).body.reason, 'entry');
    assert.strictEqual(((await state0).body as { state: { step: number } }).state.step, 0);
    const st = await dc.stackTraceRequest({ threadId: 1 });
    assert.strictEqual(st.body.stackFrames[0].line, 10);
    const hit = dc.assertStoppedLocation('breakpoint', { line: 13 });
    await dc.continueRequest({ threadId: 1 });
    await hit;
    const ex = nextEvent(dc, 'exited');
    await dc.continueRequest({ threadId: 1 });
    assert.strictEqual(((await ex) as DebugProtocol.ExitedEvent).body.exitCode, 0);
  });

  it('fails launch with every diagnostic as file:line:col', async () => {
    a = await startAdapter(() => new MmstepDebugSession(files, async () => {
      throw new LoadError([
        { file: '/x.mmstep.yaml', line: 3, column: 5, severity: 'error', message: 'unknown key' },
        { file: '/k/m.c', line: 7, column: 1, severity: 'error', message: 'syntax error' },
      ]);
    }));
    const term = a.dc.waitForEvent('terminated');
    await assert.rejects(a.dc.launch({ scenario: '/x.mmstep.yaml' }), (e: Error) =>
      /\/x\.mmstep\.yaml:3:5: error: unknown key/.test(e.message) && /\/k\/m\.c:7:1: error: syntax error/.test(e.message));
    await term;
  });
});
