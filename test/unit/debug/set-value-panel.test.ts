// DAP test of what "Set value…" in the state panel relies on (issue 10): setExpression on the
// panel's keys (a page field page:<pfn>:<field>, a pte, a TLB entry) changes the model, the
// adapter sends the stop's state again (mmstepState) with the new value and names what was set
// in StateView.edited (the panel marks it ✎); the next step runs with it and names nothing; a
// step back to the edit's step replays it and names it again. The last write of an edited value
// is the edit, at its step (even the run's first); the host's probe of mmstepDataBreakpoint is
// answered (a refusal would raise a notification).
// A refused value changes nothing and says why. On the trylock-fails example at its entry stop.

import * as assert from 'assert';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import type { StateView } from '../../../src/protocol/state';
import { Adapter, nextEvent, startAdapter } from './harness';

type Stopped = DebugProtocol.StoppedEvent;

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'examples', 'trylock-fails.mmstep.yaml');

async function runTo(a: Adapter, send: () => Promise<unknown>): Promise<Stopped> {
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await send();
  return stopped;
}

async function state(a: Adapter): Promise<StateView> {
  return ((await a.dc.customRequest('mmstepState')).body as { state: StateView }).state;
}

const setExpr = (a: Adapter, expression: string, value: string): Promise<string> =>
  a.dc.customRequest('setExpression', { expression, value }).then((r) => (r.body as { value: string }).value);

describe('debug adapter: Set value from the state panel (setExpression on panel keys, StateView.edited)', function () {
  this.timeout(60000);
  let a: Adapter;
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario: SCENARIO, stopOnEntry: true } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await runTo(a, () => a.dc.configurationDoneRequest());
  });
  afterEach(async () => {
    await a.close();
  });

  it('a page field set: the state event carries the value and names it edited; the next step sees it, a step back to it replays it', async () => {
    const before = await state(a);
    const page = before.pages.find((p) => p.pfn === 0x100)!;
    assert.ok(page, 'page 0x100');
    assert.strictEqual(before.edited, undefined, 'nothing set yet');
    const stateEvent = nextEvent<DebugProtocol.Event>(a.dc, 'mmstepState');
    assert.strictEqual(await setExpr(a, 'page:0x100:refcount', String(page.refcount + 5)), String(page.refcount + 5));
    const sent = (await stateEvent).body as { state: StateView };
    assert.strictEqual(sent.state.pages.find((p) => p.pfn === 0x100)!.refcount, page.refcount + 5, 'the state sent after the edit shows it');
    assert.deepStrictEqual(sent.state.edited, ['page:256:refcount']);
    assert.ok(sent.state.changed.includes('page:256'), 'and marks the page changed since the stop');
    // Pins through the panel key too (the refcount follows).
    assert.match(await setExpr(a, 'page:0x100:pins', '2'), /^2 \(refcount \d+\)$/);
    const edited = await state(a);
    assert.deepStrictEqual(edited.edited, ['page:256:refcount', 'page:256:pins']);
    const refcount = edited.pages.find((p) => p.pfn === 0x100)!.refcount;
    // Where the page (and the field) were last written: by the debugger, at this step (the panel's
    // note asks again after a Set value) — also at the run's first position.
    const position = ((await a.dc.customRequest('mmstepTimeline')).body as { timeline: { position: number } }).timeline.position;
    for (const key of ['page:256', 'page:256:pins']) {
      const lw = (await a.dc.customRequest('mmstepLastWrite', { key })).body as { step: number; edit?: boolean; initial?: boolean };
      assert.deepStrictEqual([lw.step, lw.edit, lw.initial], [position, true, undefined], key);
    }
    // The host's probe of the panel's data breakpoint request is answered, changing nothing.
    const probe = (await a.dc.customRequest('mmstepDataBreakpoint', { probe: true })).body as { breakpoint: { verified: boolean }; dataIds: string[] };
    assert.deepStrictEqual([probe.breakpoint.verified, probe.dataIds], [false, []]);

    // The next step sees it (and the mark belongs to the step it was made at).
    await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    const after = await state(a);
    assert.strictEqual(after.pages.find((p) => p.pfn === 0x100)!.pins, 2);
    assert.strictEqual(after.pages.find((p) => p.pfn === 0x100)!.refcount, refcount);
    assert.strictEqual(after.edited, undefined);
    // Back to the edit's step: replayed and named again.
    await runTo(a, () => a.dc.stepBackRequest({ threadId: 1 }));
    const again = await state(a);
    assert.strictEqual(again.step, edited.step);
    assert.strictEqual(again.pages.find((p) => p.pfn === 0x100)!.refcount, refcount);
    assert.deepStrictEqual(again.edited, ['page:256:refcount', 'page:256:pins']);
  });

  it('a pte and a TLB entry by their panel keys are named edited; a refused value changes nothing', async () => {
    const s0 = await state(a);
    const pte = s0.processes[0].ptes[0];
    assert.ok(pte && s0.tlbs.length, 'a pte and a CPU');
    // A translation added to CPU 0's TLB (no entry there yet at entry).
    const e = { pid: 1, addr: pte.addr };
    const tlb = { cpu: s0.tlbs[0].cpu };
    assert.strictEqual(await setExpr(a, `tlb:${tlb.cpu}:${e.pid}:${e.addr}`, 'pfn 0x100 (write)'), 'pfn 0x100 (write)');
    const ptev = await setExpr(a, pte.key, 'none');
    assert.strictEqual(ptev, 'none');
    const s1 = await state(a);
    assert.deepStrictEqual([...(s1.edited ?? [])].sort(), [pte.key, `tlb:${tlb.cpu}:${e.pid}:${e.addr}`].sort());
    assert.strictEqual(s1.processes[0].ptes[0].kind, 'none');
    assert.ok(s1.tlbs[0].entries.some((x) => x.addr === pte.addr && x.pfn === 0x100 && x.write), JSON.stringify(s1.tlbs));
    const refused = await setExpr(a, 'page:0x100:lru', 'isolated').then(
      () => '',
      (err: Error) => err.message,
    );
    assert.match(refused, /lru can be set to 'lru' or 'none'/);
    assert.deepStrictEqual((await state(a)).pages, s1.pages, 'the refused value changed nothing');
  });
});
