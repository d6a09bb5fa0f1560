// DAP tests of the timeline (issue 10): `mmstepGotoStep` moves the debugger to an earlier step
// exactly (same place, same state hash, stopped reason 'goto') and past the furthest step runs
// forward; `mmstepTimeline` lists the stages the run announced and the breakpoint, change and
// violation marks; `mmstepStateAt` answers another step's state without moving (the stop's
// variables stay valid); `mmstepLastWrite` names the statement whose execution gave a PTE its
// value, checked by going to the steps just before and after it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import type { StateView } from '../../../src/protocol/state';
import type { LastWriteView, TimelineView } from '../../../src/protocol/timeline';
import type { StepEvidence } from '../../../src/debug/evidence';
import { Adapter, nextEvent, startAdapter } from './harness';

type Stopped = DebugProtocol.StoppedEvent;

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'examples/current-private-4pages.mmstep.yaml');
const MIGRATE_C = path.join(ROOT, 'kernel/mm/migrate_device.c');

function lineOf(file: string, needle: string): number {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return i + 1;
}

async function stopAfter(a: Adapter, run: () => Promise<unknown>): Promise<Stopped> {
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await run();
  return stopped;
}

const req = async <T>(a: Adapter, command: string, args: Record<string, unknown> = {}): Promise<T> => (await a.dc.customRequest(command, args)).body as T;
const timeline = async (a: Adapter): Promise<TimelineView> => (await req<{ timeline: TimelineView }>(a, 'mmstepTimeline')).timeline;
const evidence = (a: Adapter): Promise<StepEvidence> => req<StepEvidence>(a, 'mmstepEvidence');
const state = async (a: Adapter): Promise<StateView> => (await req<{ state: StateView }>(a, 'mmstepState')).state;

async function top(a: Adapter, threadId = 1): Promise<string> {
  const f = (await a.dc.stackTraceRequest({ threadId })).body.stackFrames[0];
  return `${f.name}:${f.line}`;
}

function pteRaw(s: StateView, key: string): string | undefined {
  for (const p of s.processes) for (const e of p.ptes) if (e.key === key) return e.raw;
  return undefined;
}

describe('debug adapter: the timeline (goto step, state at step, marks, last write)', function () {
  this.timeout(90000);
  let a: Adapter;
  const setPte = lineOf(MIGRATE_C, 'set_pte_at(mm, addr, ptep, swp_pte);');

  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario: SCENARIO, stopOnEntry: true } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await a.dc.setBreakpointsRequest({ source: { path: MIGRATE_C }, breakpoints: [{ line: setPte }] });
    await stopAfter(a, () => a.dc.configurationDoneRequest());
  });
  afterEach(async () => a.close());

  it('goes back to a breakpoint stop exactly, lists stages and marks, and runs forward past the furthest step', async () => {
    const hit = await stopAfter(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(hit.body.reason, 'breakpoint');
    const there = { ev: await evidence(a), top: await top(a) };
    assert.strictEqual(there.top.endsWith(`:${setPte}`), true, there.top);
    for (let i = 0; i < 3; i++) await stopAfter(a, () => a.dc.nextRequest({ threadId: 1 }));
    await stopAfter(a, () => a.dc.continueRequest({ threadId: 1 }));
    const later = await evidence(a);
    assert.ok(later.step > there.ev.step + 3, `${later.step} > ${there.ev.step}`);

    const t = await timeline(a);
    assert.strictEqual(t.position, later.step);
    assert.strictEqual(t.recorded, later.step);
    const bps = t.marks.filter((m) => m.kind === 'breakpoint').map((m) => m.step);
    assert.deepStrictEqual(bps, [there.ev.step, later.step]);
    assert.ok(t.marks.some((m) => m.kind === 'change' && m.step > there.ev.step && m.step < later.step), JSON.stringify(t.marks));
    assert.ok(t.stages.some((s) => s.name === 'collect' && s.step > 0 && s.step <= there.ev.step), JSON.stringify(t.stages));

    const continued = nextEvent(a.dc, 'continued');
    const back = await stopAfter(a, () => req(a, 'mmstepGotoStep', { step: there.ev.step }));
    assert.strictEqual(back.body.reason, 'goto');
    // Announced as a run (the client drops the details of the stop it left).
    assert.strictEqual(((await continued).body as DebugProtocol.ContinuedEvent['body']).allThreadsContinued, true);
    const order = a.events.map((e) => e.event);
    assert.ok(order.lastIndexOf('continued') < order.lastIndexOf('stopped'));
    const ev = await evidence(a);
    assert.strictEqual(ev.step, there.ev.step);
    assert.strictEqual(ev.stateHash, there.ev.stateHash);
    assert.strictEqual(await top(a), there.top);
    assert.strictEqual((await timeline(a)).position, there.ev.step);
    assert.strictEqual((await timeline(a)).recorded, later.step, 'going back keeps the recorded run');

    // Forward again by time travel (within the recorded run) and then past its end.
    await stopAfter(a, () => req(a, 'mmstepGotoStep', { step: later.step }));
    assert.strictEqual((await evidence(a)).stateHash, later.stateHash);
    const ahead = later.step + 40;
    const fwd = await stopAfter(a, () => req(a, 'mmstepGotoStep', { step: ahead }));
    assert.strictEqual(fwd.body.reason, 'goto');
    const tf = await timeline(a);
    assert.strictEqual(tf.position, ahead);
    assert.strictEqual(tf.recorded, ahead);
    assert.strictEqual((await evidence(a)).step, ahead);
  });

  it('answers the state at another step without moving; the stop\'s variables stay valid', async () => {
    await stopAfter(a, () => a.dc.continueRequest({ threadId: 1 }));
    const early = { ev: await evidence(a), state: await state(a) };
    await stopAfter(a, () => a.dc.continueRequest({ threadId: 1 }));
    const now = await evidence(a);
    const frame = (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
    const scope = (await a.dc.scopesRequest({ frameId: frame.id })).body.scopes[0];
    const before = (await a.dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables.map((v) => `${v.name}=${v.value}`);

    const at = (await req<{ state: StateView }>(a, 'mmstepStateAt', { step: early.ev.step })).state;
    assert.strictEqual(at.step, early.state.step);
    assert.deepStrictEqual(at.processes, early.state.processes);
    assert.deepStrictEqual(at.pages, early.state.pages);
    assert.ok(at.changed.length > 0, 'differences from the current state are listed');

    const after = await evidence(a);
    assert.strictEqual(after.step, now.step);
    assert.strictEqual(after.stateHash, now.stateHash);
    const again = (await a.dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables.map((v) => `${v.name}=${v.value}`);
    assert.deepStrictEqual(again, before);

    await assert.rejects(req(a, 'mmstepStateAt', { step: now.step + 1000 }), /has not been executed yet/);
    await assert.rejects(req(a, 'mmstepGotoStep', { step: -1 }), /step/);
    await assert.rejects(req(a, 'mmstepStateAt', {}), /'step' is missing/);
  });

  it('names the statement that last wrote a PTE: the value differs just before it and holds from it on', async () => {
    await stopAfter(a, () => a.dc.continueRequest({ threadId: 1 }));
    await stopAfter(a, () => a.dc.nextRequest({ threadId: 1 }));
    const changed = (await state(a)).changed.find((k) => k.startsWith('pte:'));
    assert.ok(changed, 'next over set_pte_at changes a pte');
    for (let i = 0; i < 5; i++) await stopAfter(a, () => a.dc.nextRequest({ threadId: 1 }));
    const here = await evidence(a);
    const w = await req<LastWriteView>(a, 'mmstepLastWrite', { key: changed! });
    assert.ok(!w.initial && w.at, JSON.stringify(w));
    assert.strictEqual(w.at!.line, setPte);
    assert.strictEqual(w.at!.file, MIGRATE_C);
    assert.ok(w.step > 0 && w.step <= here.step);
    assert.match(w.value, /migration/);
    // Not moved.
    assert.strictEqual((await evidence(a)).stateHash, here.stateHash);

    const cur = pteRaw(await state(a), changed!);
    const atWrite = pteRaw((await req<{ state: StateView }>(a, 'mmstepStateAt', { step: w.step })).state, changed!);
    const beforeWrite = pteRaw((await req<{ state: StateView }>(a, 'mmstepStateAt', { step: w.step - 1 })).state, changed!);
    assert.strictEqual(atWrite, cur);
    assert.notStrictEqual(beforeWrite, cur);
    // Going to the step before it puts the editor on that statement.
    await stopAfter(a, () => req(a, 'mmstepGotoStep', { step: w.step - 1 }));
    assert.strictEqual(await top(a), `${w.at!.function}:${setPte}`);

    const page = await req<LastWriteView>(a, 'mmstepLastWrite', { key: 'page:999999' });
    assert.strictEqual(page.initial, true);
    // TLB entries, locks and C variables too; a key of no kind is refused, saying the kinds.
    const tlb = await req<LastWriteView>(a, 'mmstepLastWrite', { key: 'tlb:0:1:0x1000' });
    assert.strictEqual(tlb.initial, true, JSON.stringify(tlb));
    assert.match(tlb.value, /TLB entry of CPU 0/);
    await assert.rejects(req(a, 'mmstepLastWrite', { key: 'bogus:1' }), /tlb:<cpu>:<pid>:<addr>/);
  });

  it('marks every statement that changed model state, also where the run did not stop, and finds writes there', async () => {
    const hit = await stopAfter(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(hit.body.reason, 'breakpoint');
    const here = await evidence(a);
    const t = await timeline(a);
    const changes = t.marks.filter((m) => m.kind === 'change');
    // One continue from the entry: the old marks (at stops only) would have none before this stop.
    const before = changes.filter((m) => m.step < here.step);
    assert.ok(before.length > 5, JSON.stringify(changes.slice(0, 5)));
    for (const m of changes) assert.ok(m.kinds && m.kinds.length > 0 && m.step <= t.recorded, JSON.stringify(m));
    assert.ok(changes.some((m) => m.kinds!.includes('lock')) && changes.some((m) => m.kinds!.includes('page')), 'locks and pages');
    // A PTE written on the way (the collect walk's migration entries) is found at its mark.
    const st = await state(a);
    const pte = st.processes[0].ptes.find((e) => e.kind === 'migration');
    if (pte) {
      const w = await req<LastWriteView>(a, 'mmstepLastWrite', { key: pte.key });
      assert.ok(!w.initial && w.at && w.step <= here.step, JSON.stringify(w));
      assert.ok(changes.some((m) => m.step <= w.step && (m.end ?? m.step) >= w.step && m.kinds!.includes('pte')), `a pte mark at step ${w.step}`);
    }
    // A lock and a C variable of the stopped frame.
    const lockMark = changes.find((m) => /lock:\d+/.test(m.label));
    if (lockMark) {
      const key = /lock:\d+/.exec(lockMark.label)![0];
      const w = await req<LastWriteView>(a, 'mmstepLastWrite', { key });
      assert.ok(!w.initial && w.step >= lockMark.step, JSON.stringify(w));
    }
    const frames = (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
    const fn = /^[A-Za-z_]\w*/.exec(frames[0].name)![0];
    const c = await req<LastWriteView>(a, 'mmstepLastWrite', { key: `c:1:${frames.length - 1}:${fn}:addr` });
    assert.ok(c.step > 0 && c.step <= here.step && /addr/.test(c.value), JSON.stringify(c));
    assert.strictEqual((await evidence(a)).stateHash, here.stateHash, 'not moved');
  });
});

describe('debug adapter: a goto past the furthest step runs forward, bounded and pausable', function () {
  this.timeout(90000);
  let a: Adapter;
  const launch = async (scenario: string): Promise<void> => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario, stopOnEntry: true } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await stopAfter(a, () => a.dc.configurationDoneRequest());
  };
  afterEach(async () => a?.close());

  it('is heard by a pause while it runs, and stops where it got to', async () => {
    await launch(path.join(ROOT, 'test/unit/debug/fixtures/count-forever.mmstep.yaml'));
    const target = 1_500_000;
    const stopped = nextEvent<Stopped>(a.dc, 'stopped');
    await req(a, 'mmstepGotoStep', { step: target });
    await new Promise((r) => setTimeout(r, 60));
    await a.dc.pauseRequest({ threadId: 1 });
    const s = await stopped;
    assert.strictEqual(s.body.reason, 'pause');
    const t = await timeline(a);
    assert.ok(t.position > 0 && t.position < target, `paused at ${t.position}`);
    assert.strictEqual(t.recorded, t.position);
    await assert.rejects(req(a, 'mmstepGotoStep', { step: t.position + 6_000_000 }), /more than 5,000,000 statements past/);
  });

  it('past the end of the run stops at its last statement; continue then ends the session', async () => {
    await launch(SCENARIO);
    const s = await stopAfter(a, () => req(a, 'mmstepGotoStep', { step: 4_000_000 }));
    assert.strictEqual(s.body.reason, 'goto');
    const t = await timeline(a);
    assert.ok(t.position > 100 && t.position < 4_000_000, `${t.position}`);
    assert.strictEqual(a.events.some((e) => e.event === 'terminated'), false);
    // Back and forth within the recorded run is exact.
    const end = await evidence(a);
    await stopAfter(a, () => req(a, 'mmstepGotoStep', { step: 10 }));
    await stopAfter(a, () => req(a, 'mmstepGotoStep', { step: end.step }));
    assert.strictEqual((await evidence(a)).stateHash, end.stateHash);
    const done = a.dc.waitForEvent('terminated');
    await a.dc.continueRequest({ threadId: 1 });
    await done;
  });
});
