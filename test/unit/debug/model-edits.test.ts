// DAP tests of the debugger's edits beyond C values and page fields (issue 10): setVariable on a
// pte (its row in the Page table scope, or one of its decoded fields) and on a TLB entry (the TLB
// scope), setExpression on the state keys the panel uses (pte:<pid>:<addr>[:<field>],
// tlb:<cpu>:<pid>:<addr>[:<field>]); step back undoes them, stepping forward again replays them;
// evidence of an edited run (setVariable, goto, pte, TLB) opens in a new session that applies the
// edits again and reaches the same state hash; a tampered edit list fails the launch, saying so.

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
const SCENARIO = path.join(ROOT, 'examples', 'v13-private-migrate.mmstep.yaml');
const V13_C = path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c');
const LINES = fs.readFileSync(V13_C, 'utf8').split('\n');
const lineOf = (needle: string): number => {
  const i = LINES.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return i + 1;
};

async function launch(a: Adapter, args: Record<string, unknown>): Promise<Stopped> {
  const initialized = a.dc.waitForEvent('initialized');
  await a.dc.launch(args as DebugProtocol.LaunchRequestArguments);
  await initialized;
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await a.dc.configurationDoneRequest();
  return stopped;
}

async function stopAfter(a: Adapter, run: () => Promise<unknown>): Promise<Stopped> {
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await run();
  return stopped;
}

async function scope(a: Adapter, name: string): Promise<{ ref: number; vars: DebugProtocol.Variable[] } | undefined> {
  const f = (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
  const s = (await a.dc.scopesRequest({ frameId: f.id })).body.scopes.find((x) => x.name === name);
  if (!s) return undefined;
  return { ref: s.variablesReference, vars: (await a.dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables };
}

/** The fields of the pte row `pid 1 <addr>` of the Page table scope, and that row's reference. */
async function pteFields(a: Adapter, addr: string): Promise<{ ref: number; fields: Record<string, string>; text: string }> {
  const table = await scope(a, 'Page table');
  const row = table?.vars.find((v) => v.name === `pid 1 ${addr}`);
  assert.ok(row && row.variablesReference > 0, `an expandable pte row for ${addr}`);
  const vars = (await a.dc.variablesRequest({ variablesReference: row.variablesReference })).body.variables;
  return { ref: row.variablesReference, fields: Object.fromEntries(vars.map((v) => [v.name, v.value])), text: row.value };
}

const setVar = (a: Adapter, variablesReference: number, name: string, value: string): Promise<string> =>
  a.dc.customRequest('setVariable', { variablesReference, name, value }).then((r) => (r.body as { value: string }).value);
const failure = (p: Promise<unknown>): Promise<string> => p.then(() => '', (e: Error) => e.message);
const outputs = (a: Adapter, category: string): string =>
  a.events.filter((e) => e.event === 'output' && (e.body as DebugProtocol.OutputEvent['body']).category === category).map((e) => (e.body as { output: string }).output).join('');

const A1 = '0x7f0000001000';

describe('debug adapter: setVariable on PTEs and TLB entries, evidence of an edited run', function () {
  this.timeout(90000);
  const open: Adapter[] = [];
  const adapter = async (): Promise<Adapter> => {
    const x = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
    open.push(x);
    return x;
  };
  afterEach(async () => {
    for (const x of open.splice(0)) await x.close();
  });

  it('a pte row and its fields, a TLB entry, and the panel keys: set, undone by step back, replayed forward', async () => {
    const a = await adapter();
    await launch(a, { scenario: SCENARIO, stopOnEntry: true });
    for (let i = 0; i < 3; i++) await stopAfter(a, () => a.dc.nextRequest({ threadId: 1 }));
    const before = await pteFields(a, A1);
    assert.deepStrictEqual([before.fields.kind, before.fields.present, before.fields.pfn, before.fields.write], ['present', 'true', '0x101', 'true']);
    // A field of the pte.
    const invalidated = nextEvent(a.dc, 'invalidated');
    assert.strictEqual(await setVar(a, before.ref, 'write', '0'), 'false');
    await invalidated;
    let now = await pteFields(a, A1);
    assert.strictEqual(now.fields.write, 'false');
    assert.doesNotMatch(now.text, /\(W/);
    // The whole pte, in the form the row shows.
    const table = (await scope(a, 'Page table'))!;
    assert.strictEqual(await setVar(a, table.ref, `pid 1 ${A1}`, 'present(W,D) -> pfn 0x101 [soft-dirty]'), 'present(W,D) -> pfn 0x101 [soft-dirty]');
    now = await pteFields(a, A1);
    assert.deepStrictEqual([now.fields.kind, now.fields.write, now.fields.dirty, now.fields.young, now.fields['soft-dirty']], ['present', 'true', 'true', 'false', 'true']);
    const refused = await failure(setVar(a, now.ref, 'young', 'maybe'));
    assert.match(refused, /expected true or false/);
    // The TLB scope: the scenario's cached translation of 0x7f0000000000 on CPU 0.
    const tlb = await scope(a, 'TLB');
    assert.ok(tlb, 'a TLB scope');
    const entry = tlb.vars.find((v) => v.name === 'cpu 0 pid 1 0x7f0000000000');
    assert.ok(entry && entry.variablesReference > 0, tlb.vars.map((v) => v.name).join(', '));
    assert.strictEqual(await setVar(a, entry.variablesReference, 'pfn', '0x103'), '0x103');
    const stale = (await scope(a, 'TLB'))!.vars.find((v) => v.name === entry.name)!;
    assert.strictEqual(stale.value, 'pfn 0x103 (write) [stale]');
    // The panel's keys through setExpression: a TLB entry added, a pte field.
    const added = await a.dc.customRequest('setExpression', { expression: `tlb:1:1:${A1}`, value: 'pfn 0x101' }).then((r) => r.body.value, (e: Error) => e.message);
    const cpus = ((await a.dc.customRequest('mmstepState')).body as { state: { tlbs: unknown[] } }).state.tlbs.length;
    if (cpus > 1) assert.strictEqual(added, 'pfn 0x101');
    else assert.match(added, /no CPU 1/);
    const viaKey = await a.dc.customRequest('setExpression', { expression: 'pte:1:0x7f0000002000:young', value: 'false' });
    assert.match(viaKey.body.value, /^present\((W)?\) -> pfn 0x102$/);
    const state = async () => ((await a.dc.customRequest('mmstepState')).body as { state: { processes: { ptes: { addr: string; text: string }[] }[]; tlbs: { entries: { addr: string; pfn: number }[] }[] } }).state;
    const editedPte = (await state()).processes[0].ptes.find((p) => p.addr === A1)!.text;
    assert.strictEqual(editedPte, 'present(W,D) -> pfn 0x101 [soft-dirty]');

    // Forward, then step back to the edits' moment: replayed with them; one more step back undoes them.
    for (let i = 0; i < 2; i++) await stopAfter(a, () => a.dc.nextRequest({ threadId: 1 }));
    for (let i = 0; i < 2; i++) {
      await stopAfter(a, () => a.dc.stepBackRequest({ threadId: 1 }));
      const s = await state();
      assert.strictEqual(s.processes[0].ptes.find((p) => p.addr === A1)!.text, editedPte, `step back ${i + 1}: the replay reapplies the pte edit`);
      assert.strictEqual(s.tlbs[0].entries[0].pfn, 0x103, 'and the TLB edit');
    }
    await stopAfter(a, () => a.dc.stepBackRequest({ threadId: 1 }));
    const back = await state();
    assert.strictEqual(back.processes[0].ptes.find((p) => p.addr === A1)!.text, before.text, 'a step back over the edits undoes them');
    assert.strictEqual(back.tlbs[0].entries[0].pfn, 0x100);
  });

  it('evidence after setVariable, goto, a pte and a TLB edit opens in a new session at the same state hash; tampered edits fail the launch', async () => {
    const a = await adapter();
    await launch(a, { scenario: SCENARIO, stopOnEntry: true });
    await a.dc.setBreakpointsRequest({ source: { path: V13_C }, breakpoints: [{ line: lineOf('get_page(page);') }] });
    await stopAfter(a, () => a.dc.continueRequest({ threadId: 1 }));
    await a.dc.setBreakpointsRequest({ source: { path: V13_C }, breakpoints: [] });
    // A C local (setVariable in Locals) and a page field.
    const frame = (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
    const locals = (await a.dc.scopesRequest({ frameId: frame.id })).body.scopes[0];
    await a.dc.variablesRequest({ variablesReference: locals.variablesReference });
    assert.match(await setVar(a, locals.variablesReference, 'end', '0x7f0000003000'), /0x7f0000003000/);
    const pages = (await scope(a, 'Pages'))!;
    const page = pages.vars.find((v) => v.name === 'pfn 0x102')!;
    await a.dc.variablesRequest({ variablesReference: page.variablesReference });
    assert.strictEqual(await setVar(a, page.variablesReference, 'content', 'Z'), 'Z');
    for (let i = 0; i < 2; i++) await stopAfter(a, () => a.dc.nextRequest({ threadId: 1 }));
    // A goto back to the function's first statement line.
    const top = (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
    const targets = (await a.dc.customRequest('gotoTargets', { source: { path: V13_C }, line: top.line - 1 })).body.targets as DebugProtocol.GotoTarget[];
    assert.ok(targets.length, 'a goto target');
    await stopAfter(a, () => a.dc.customRequest('goto', { threadId: 1, targetId: targets[0].id }));
    // A pte field and a TLB invalidation.
    const pte = await pteFields(a, A1);
    await setVar(a, pte.ref, 'dirty', 'true');
    const tlb = (await scope(a, 'TLB'))!;
    assert.strictEqual(await setVar(a, tlb.ref, 'cpu 0 pid 1 0x7f0000000000', 'none'), 'none');
    for (let i = 0; i < 4; i++) await stopAfter(a, () => a.dc.nextRequest({ threadId: 1 }));

    const ev = (await a.dc.customRequest('mmstepEvidence', { threadId: 1 })).body as StepEvidence;
    assert.deepStrictEqual(ev.edits?.list.map((e) => e.kind), ['c', 'page', 'goto', 'pte', 'tlb']);
    // As a drafts file holds it, and as mmstep.evidence.open checks and launches it.
    const stored = JSON.parse(JSON.stringify(ev)) as StepEvidence;
    assert.ok(checkEvidence(stored).ok);
    const config = evidenceLaunchConfig(stored);
    assert.match(config.name, /\(5 edits\)$/);
    const b = await adapter();
    const replayed = await launch(b, config);
    assert.strictEqual(replayed.body.reason, 'step');
    assert.match(outputs(b, 'console'), /replayed the evidence to step \d+ with the debugger's 5 edits of the run applied again; the state hash matches/);
    assert.strictEqual(outputs(b, 'stderr'), '');
    const again = (await b.dc.customRequest('mmstepEvidence', { threadId: 1 })).body as StepEvidence;
    assert.deepStrictEqual([again.step, again.stateHash, again.edits], [ev.step, ev.stateHash, ev.edits]);
    // Step back in the replayed session undoes the last edit there too.
    const before = ((await b.dc.customRequest('mmstepState')).body as { state: { tlbs: { entries: unknown[] }[] } }).state.tlbs[0].entries.length;
    for (let i = 0; i < 5; i++) await stopAfter(b, () => b.dc.stepBackRequest({ threadId: 1 }));
    const after = ((await b.dc.customRequest('mmstepState')).body as { state: { tlbs: { entries: unknown[] }[] } }).state.tlbs[0].entries.length;
    assert.deepStrictEqual([before, after], [0, 1], 'the invalidated TLB entry is back before the edit');

    // Tampered: an unknown kind fails the check (and the launch); an altered value is a mismatch said on stderr.
    const bad = { ...stored, edits: { version: 1, list: [...stored.edits!.list.slice(0, 1), { ...stored.edits!.list[1], kind: 'registers' }] } };
    const checked = checkEvidence(bad);
    assert.ok(!checked.ok && /the evidence "edits": the edits entry 1 has an unknown "kind" "registers"/.test(checked.message), checked.ok ? '' : checked.message);
    const c = await adapter();
    const config2 = evidenceLaunchConfig(stored);
    await assert.rejects(c.dc.launch({ ...config2, replayTo: { ...(config2.replayTo as object), edits: bad.edits } } as DebugProtocol.LaunchRequestArguments), /"replayTo" "edits": the edits entry 1 has an unknown "kind" "registers"/);
    const altered = { ...stored, edits: { version: 1, list: stored.edits!.list.map((e) => (e.kind === 'page' ? { ...e, value: 'Y' } : e)) } };
    const d = await adapter();
    await launch(d, evidenceLaunchConfig(altered));
    assert.match(outputs(d, 'stderr'), /is not the one the evidence recorded/);
  });
});
