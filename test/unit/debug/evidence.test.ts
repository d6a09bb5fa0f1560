// DAP tests of evidence (issue 9, item 4): `mmstepEvidence` at a stop reached by steps the user
// chose (the second thread stepped alone) and a breakpoint answers the step, schedule, state hash,
// place and excerpt; a new session launched with `replayTo` stops at the same file:line, in the
// same state, with the same variables — breakpoints on the way ignored — also for a stop reached
// by stepping back; a changed state is said clearly; bad `replayTo` arguments fail the launch.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { checkEvidence, evidenceLaunchConfig, type StepEvidence } from '../../../src/debug/evidence';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Adapter, nextEvent, startAdapter } from './harness';

type Stopped = DebugProtocol.StoppedEvent;

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'examples/current-cpu-write-race.mmstep.yaml');
const MIGRATE_C = path.join(ROOT, 'kernel/mm/migrate_device.c');

function lineOf(file: string, needle: string): number {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return i + 1;
}

async function launch(a: Adapter, args: Record<string, unknown>, bps: { file: string; lines: number[] }[] = []): Promise<Stopped> {
  const initialized = a.dc.waitForEvent('initialized');
  await a.dc.launch(args as DebugProtocol.LaunchRequestArguments);
  await initialized;
  for (const b of bps) await a.dc.setBreakpointsRequest({ source: { path: b.file }, breakpoints: b.lines.map((line) => ({ line })) });
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await a.dc.configurationDoneRequest();
  return stopped;
}

/** Runs a request and waits for the stop it causes. */
async function stopAfter(a: Adapter, run: () => Promise<unknown>): Promise<Stopped> {
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await run();
  return stopped;
}

async function evidence(a: Adapter, args: Record<string, unknown> = {}): Promise<StepEvidence> {
  return (await a.dc.customRequest('mmstepEvidence', args)).body as StepEvidence;
}

/** What the debugger shows at a stop: the stack of every thread and the top frame's scopes' variables. */
async function shown(a: Adapter, threadId: number): Promise<unknown> {
  const threads = (await a.dc.threadsRequest()).body.threads;
  const stacks: string[][] = [];
  for (const t of threads) {
    const frames = (await a.dc.stackTraceRequest({ threadId: t.id })).body.stackFrames;
    stacks.push(frames.map((f) => `${f.name} ${f.source?.path ?? ''}:${f.line}:${f.column}`));
  }
  const top = (await a.dc.stackTraceRequest({ threadId })).body.stackFrames[0];
  const vars: Record<string, string[]> = {};
  for (const s of (await a.dc.scopesRequest({ frameId: top.id })).body.scopes) {
    if (s.variablesReference && !s.expensive) vars[s.name] = (await a.dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables.map((v) => `${v.name}=${v.value}`);
  }
  const state = ((await a.dc.customRequest('mmstepState')).body as { state: { changed: string[] } }).state;
  const { changed, ...rest } = state;
  void changed;
  return { threads: threads.map((t) => t.name), stacks, vars, state: rest };
}

const outputs = (a: Adapter, category: string): string =>
  a.events.filter((e) => e.event === 'output' && (e.body as DebugProtocol.OutputEvent['body']).category === category).map((e) => (e.body as { output: string }).output).join('');

describe('debug adapter: evidence of a step, replayed exactly', function () {
  this.timeout(90000);
  let a: Adapter;
  const open: Adapter[] = [];
  const adapter = async (): Promise<Adapter> => {
    const x = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
    open.push(x);
    return x;
  };
  beforeEach(async () => {
    a = await adapter();
  });
  afterEach(async () => {
    for (const x of open.splice(0)) await x.close();
  });

  /** The first session: steps of main, steps of cpu alone, then a breakpoint in the collect walk. */
  async function original(): Promise<{ stop: Stopped; ev: StepEvidence; line: number }> {
    const entry = await launch(a, { scenario: SCENARIO });
    assert.strictEqual(entry.body.reason, 'entry');
    const threads = (await a.dc.threadsRequest()).body.threads;
    const main = threads[0].id;
    const cpu = threads.find((t) => t.name === 'cpu')!.id;
    for (let i = 0; i < 25; i++) await stopAfter(a, () => a.dc.stepInRequest({ threadId: main }));
    for (let i = 0; i < 3; i++) await stopAfter(a, () => a.dc.stepInRequest({ threadId: cpu, singleThread: true }));
    const line = lineOf(MIGRATE_C, 'set_pte_at(mm, addr, ptep, swp_pte);');
    await a.dc.setBreakpointsRequest({ source: { path: MIGRATE_C }, breakpoints: [{ line }] });
    const stop = await stopAfter(a, () => a.dc.continueRequest({ threadId: main }));
    assert.strictEqual(stop.body.reason, 'breakpoint');
    return { stop, ev: await evidence(a), line };
  }

  it('mmstepEvidence names the stop; replayTo stops a new session at the same line, state and variables', async () => {
    const { stop, ev, line } = await original();
    const top = (await a.dc.stackTraceRequest({ threadId: stop.body.threadId! })).body.stackFrames[0];
    assert.strictEqual(ev.kind, 'step');
    assert.strictEqual(ev.scenario, SCENARIO);
    assert.strictEqual(ev.reason, 'breakpoint');
    assert.deepStrictEqual(ev.thread, { id: stop.body.threadId, name: 'main' });
    assert.deepStrictEqual(ev.location, { function: top.name, file: MIGRATE_C, line, column: top.column });
    assert.strictEqual(ev.label, `${top.name}() kernel/mm/migrate_device.c:${line}`);
    assert.match(ev.stateHash ?? '', /^[0-9a-f]{16}$/);
    assert.strictEqual(ev.schedule!.reduce((n, [, c]) => n + c, 0), ev.step);
    assert.ok(ev.schedule!.length >= 3, `main, cpu alone, main: ${JSON.stringify(ev.schedule)}`);
    assert.match(ev.excerpt, /^pid 1 app: /m);
    assert.match(ev.excerpt, /^[\x20-\x7e\n]+$/);
    assert.ok(ev.excerpt.split('\n').length <= 20);
    const before = await shown(a, stop.body.threadId!);
    // The evidence is plain JSON (it goes into the drafts file).
    assert.deepStrictEqual(JSON.parse(JSON.stringify(ev)), ev);

    const b = await adapter();
    // Breakpoints the replay passes on its way (the walk's lines up to the stop) do not stop it.
    const walk = lineOf(MIGRATE_C, 'static int migrate_vma_collect_pmd(');
    const early = Array.from({ length: line - walk }, (_, i) => walk + 1 + i);
    // What mmstep.evidence.open launches.
    const config = evidenceLaunchConfig(ev);
    assert.deepStrictEqual(config.replayTo, { step: ev.step, schedule: ev.schedule, stateHash: ev.stateHash, threadId: ev.thread!.id });
    const replayed = await launch(b, config, [{ file: MIGRATE_C, lines: early }]);
    assert.strictEqual(replayed.body.reason, 'step');
    assert.strictEqual(replayed.body.threadId, ev.thread!.id);
    assert.deepStrictEqual(await shown(b, replayed.body.threadId!), before);
    const again = await evidence(b);
    assert.deepStrictEqual({ ...again, reason: undefined }, { ...ev, reason: undefined, excerpt: again.excerpt });
    assert.match(outputs(b, 'console'), /replayed the evidence to step \d+; the state hash matches/);
    assert.strictEqual(outputs(b, 'stderr'), '');
    // The replayed session goes on as the original: same next stop.
    const n1 = await stopAfter(a, () => a.dc.nextRequest({ threadId: ev.thread!.id }));
    const n2 = await stopAfter(b, () => b.dc.nextRequest({ threadId: ev.thread!.id }));
    assert.strictEqual(n2.body.threadId, n1.body.threadId);
    assert.strictEqual((await evidence(b)).stateHash, (await evidence(a)).stateHash);
  });

  it('evidence of a stop reached by stepping back replays to that stop; step back works in the replay', async () => {
    const { stop } = await original();
    const tid = stop.body.threadId!;
    for (let i = 0; i < 3; i++) await stopAfter(a, () => a.dc.stepBackRequest({ threadId: tid }));
    const ev = await evidence(a);
    const before = await shown(a, tid);
    const b = await adapter();
    const replayed = await launch(b, { scenario: SCENARIO, replayTo: { step: ev.step, schedule: ev.schedule, stateHash: ev.stateHash, threadId: tid } });
    assert.strictEqual(replayed.body.reason, 'step');
    assert.deepStrictEqual(await shown(b, tid), before);
    await stopAfter(a, () => a.dc.stepBackRequest({ threadId: tid }));
    await stopAfter(b, () => b.dc.stepBackRequest({ threadId: tid }));
    assert.deepStrictEqual(await shown(b, tid), await shown(a, tid));
  });

  it('a state that is not the recorded one is said clearly; the session still stops at the step', async () => {
    const { ev } = await original();
    const b = await adapter();
    const replayed = await launch(b, { scenario: SCENARIO, replayTo: { step: ev.step, schedule: ev.schedule, stateHash: '0000000000000000' } });
    assert.strictEqual(replayed.body.reason, 'step');
    assert.match(outputs(b, 'stderr'), new RegExp(`the state at step ${ev.step} is not the one the evidence recorded .*the scenario or the C code changed since the evidence was taken`));
    const again = await evidence(b);
    assert.strictEqual(again.step, ev.step);
    assert.strictEqual(again.stateHash, ev.stateHash);
  });

  it('refuses bad replayTo arguments at launch and evidence when nothing is stopped', async () => {
    await assert.rejects(a.dc.customRequest('mmstepEvidence'), /no scenario is loaded/);
    const bad: [unknown, RegExp][] = [
      [5, /"replayTo" must be an object/],
      [{ step: -1 }, /"step" must be a whole number/],
      [{ step: 3, schedule: [[1, 2]] }, /schedule covers 2 statements but "step" is 3/],
      [{ step: 2, schedule: [[1, 0], [1, 2]] }, /schedule entry 0 must be \[thread id, statements\]/],
      [{ step: 2, stateHash: 'xyz' }, /"stateHash" must be 16 hex digits/],
      [{ step: 2, when: 1 }, /unknown field "when"/],
    ];
    for (const [replayTo, msg] of bad) {
      const x = await adapter();
      await assert.rejects(x.dc.launch({ scenario: SCENARIO, replayTo } as DebugProtocol.LaunchRequestArguments), msg);
    }
    await assert.rejects(a.dc.customRequest('mmstepEvidence', { maxLines: 2 }), /'maxLines' must be at least 4/);
  });

  it('checks evidence from a drafts file and turns it into the launch that opens it (patch and kernel tree kept)', () => {
    const ev: StepEvidence = {
      kind: 'step',
      scenario: SCENARIO,
      kernelTree: '/k/linux-6.12',
      patch: { mail: '/m/a.mbox', messageId: '<1@x>', mails: ['/m/a.mbox', '/m/b.eml'], base: 'hmm-2016' },
      step: 5,
      label: 'f() a.c:1',
      excerpt: '',
      schedule: [[1, 3], [2, 2]],
      stateHash: '0123456789abcdef',
      thread: { id: 2, name: 'cpu' },
    };
    assert.deepStrictEqual(checkEvidence(JSON.parse(JSON.stringify(ev))), { ok: true, evidence: ev });
    const c = evidenceLaunchConfig(ev);
    assert.strictEqual(c.type, 'mmstep');
    assert.strictEqual(c.request, 'launch');
    assert.deepStrictEqual(
      { scenario: c.scenario, kernelTree: c.kernelTree, patch: c.patch, replayTo: c.replayTo },
      { scenario: SCENARIO, kernelTree: '/k/linux-6.12', patch: { mails: ['/m/a.mbox', '/m/b.eml'], messageId: '<1@x>', base: 'hmm-2016' }, replayTo: { step: 5, schedule: [[1, 3], [2, 2]], stateHash: '0123456789abcdef', threadId: 2 } },
    );
    // Evidence with only the drafts' fields: the default schedule to its step, nothing verified.
    const plain = evidenceLaunchConfig({ kind: 'step', scenario: SCENARIO, patch: { mail: '/m/a.mbox', messageId: '<1@x>' }, step: 7, label: '', excerpt: '' });
    assert.deepStrictEqual({ patch: plain.patch, replayTo: plain.replayTo }, { patch: { mails: ['/m/a.mbox'], messageId: '<1@x>' }, replayTo: { step: 7 } });
    for (const [bad, msg] of [
      [null, /is not an object/],
      [{ ...ev, kind: 'trace' }, /is not a step of a run/],
      [{ ...ev, scenario: '' }, /names no scenario/],
      [{ ...ev, step: 4 }, /schedule covers 5 statements but "step" is 4/],
      [{ ...ev, patch: { mail: '/m/a.mbox' } }, /patch without mail and messageId/],
    ] as [unknown, RegExp][]) {
      const r = checkEvidence(bad);
      assert.ok(!r.ok && msg.test(r.message), `${JSON.stringify(bad)?.slice(0, 60)}: ${r.ok ? 'accepted' : r.message}`);
    }
  });
});
