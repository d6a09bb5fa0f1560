// DAP tests of natives as frames (a function breakpoint on isolate_lru_page stops inside it, its
// source is its contract, step in / next / step out through it), data breakpoints (page fields
// from the Variables view, a pte through the state panel's request, stop at the statement that
// changed the value, reverse continue), setVariable on page fields and C locals recorded in the
// run (step back undoes, replay reapplies), and goto targets. On the real trylock-fails example.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Adapter, nextEvent, startAdapter } from './harness';

const root = path.resolve(__dirname, '../../../..');
const TRYLOCK = path.join(root, 'examples', 'trylock-fails.mmstep.yaml');
const MIGRATE_C = path.join(root, 'kernel/mm/hmm_migrate_v13.c');
const LINES = fs.readFileSync(MIGRATE_C, 'utf8').split('\n');

type Stopped = DebugProtocol.StoppedEvent;

function lineOf(needle: string): number {
  const i = LINES.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `no line containing ${needle}`);
  return i + 1;
}

async function launch(a: Adapter, fnBps: string[] = []): Promise<Stopped> {
  const initialized = a.dc.waitForEvent('initialized');
  await a.dc.launch({ scenario: TRYLOCK, stopOnEntry: true });
  await initialized;
  if (fnBps.length) await a.dc.setFunctionBreakpointsRequest({ breakpoints: fnBps.map((name) => ({ name })) });
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await a.dc.configurationDoneRequest();
  return stopped;
}

async function runTo(a: Adapter, send: () => Promise<unknown>): Promise<Stopped> {
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await send();
  return stopped;
}

async function frames(a: Adapter): Promise<DebugProtocol.StackFrame[]> {
  return (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
}

async function scope(a: Adapter, name: string, frame = 0): Promise<DebugProtocol.Variable[] & { ref?: number }> {
  const f = (await frames(a))[frame];
  const scopes = (await a.dc.scopesRequest({ frameId: f.id })).body.scopes;
  const s = scopes.find((x) => x.name.startsWith(name));
  assert.ok(s, `no scope ${name} in ${scopes.map((x) => x.name).join(', ')}`);
  const vars = (await a.dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables as DebugProtocol.Variable[] & { ref?: number };
  vars.ref = s.variablesReference;
  return vars;
}

/** The fields of page `pfn` (Pages scope) and their variables reference. */
async function pageRow(a: Adapter, pfn: string): Promise<{ ref: number; fields: DebugProtocol.Variable[] }> {
  const pages = await scope(a, 'Pages');
  const row = pages.find((p) => p.name === `pfn ${pfn}`);
  assert.ok(row && row.variablesReference > 0, `no page ${pfn}`);
  const fields = (await a.dc.variablesRequest({ variablesReference: row.variablesReference })).body.variables;
  return { ref: row.variablesReference, fields };
}

describe('debug adapter: natives as frames, data breakpoints, setVariable, goto', function () {
  this.timeout(30000);
  let a: Adapter;
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => {
    await a.close();
  });

  it('announces the capabilities', async () => {
    const r = await a.dc.initializeRequest();
    assert.strictEqual(r.body?.supportsDataBreakpoints, true);
    assert.strictEqual(r.body?.supportsSetVariable, true);
    assert.strictEqual(r.body?.supportsSetExpression, true);
    assert.strictEqual(r.body?.supportsGotoTargetsRequest, true);
  });

  it('a function breakpoint on isolate_lru_page stops inside it: its contract is the source, its argument a local', async () => {
    await launch(a, ['isolate_lru_page']);
    const hit = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(hit.body.reason, 'function breakpoint');
    const [top, caller] = await frames(a);
    assert.strictEqual(top.name, 'isolate_lru_page [native]');
    assert.ok(top.source?.sourceReference && top.source.sourceReference > 0, 'a virtual document');
    assert.strictEqual(top.source?.path, undefined);
    assert.deepStrictEqual([caller.name, caller.line], ['hmm_migrate_lock_and_isolate', lineOf('if (isolate_lru_page(page))')]);
    const doc = (await a.dc.sourceRequest({ sourceReference: top.source!.sourceReference!, source: top.source })).body.content;
    const docLines = doc.split('\n');
    assert.match(docLines[0], /^isolate_lru_page\(page\)/);
    assert.match(docLines[top.line - 1], /checks: the caller holds a reference/);
    assert.ok(docLines.some((l) => /-EBUSY/.test(l)), 'the contract says what it returns');
    const args = await scope(a, 'Arguments');
    assert.deepStrictEqual(args.map((v) => v.name), ['page']);
    assert.match(args[0].value, /pfn 0x100 \(ref 1, map 0, locked, lru\)/);
    // The model's scopes are there too, as in the caller.
    const { fields } = await pageRow(a, '0x100');
    assert.strictEqual(fields.find((f) => f.name === 'lru')?.value, 'lru');
    // In the native frame, evaluate sees its argument.
    const ev = await a.dc.evaluateRequest({ expression: 'page', frameId: top.id, context: 'watch' });
    assert.match(ev.body.result, /pfn 0x100/);
  });

  it('step in enters the native, next stops after its effects with the return value, step out returns to the caller', async () => {
    const line = lineOf('if (isolate_lru_page(page))');
    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario: TRYLOCK, stopOnEntry: true });
    await initialized;
    await a.dc.setBreakpointsRequest({ source: { path: MIGRATE_C }, breakpoints: [{ line }] });
    const entry = nextEvent<Stopped>(a.dc, 'stopped');
    await a.dc.configurationDoneRequest();
    await entry;
    await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual((await frames(a))[0].line, line);
    await runTo(a, () => a.dc.stepInRequest({ threadId: 1 }));
    let [top] = await frames(a);
    assert.strictEqual(top.name, 'isolate_lru_page [native]');
    await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    [top] = await frames(a);
    assert.strictEqual(top.name, 'isolate_lru_page [native]', 'still inside, after its effects');
    const vars = await scope(a, 'Arguments');
    assert.strictEqual(vars.find((v) => v.name === '(return value)')?.value, '0');
    assert.match(vars[0].value, /ref 2, map 0, locked, isolated/);
    await runTo(a, () => a.dc.stepOutRequest({ threadId: 1 }));
    [top] = await frames(a);
    assert.strictEqual(top.name, 'hmm_migrate_lock_and_isolate');
    assert.ok(top.line > line, `back in the caller after the call (line ${top.line})`);
    // Step back from there: the calling line again, before the call.
    await runTo(a, () => a.dc.stepBackRequest({ threadId: 1 }));
    [top] = await frames(a);
    assert.deepStrictEqual([top.name, top.line], ['hmm_migrate_lock_and_isolate', line]);
  });

  it('a data breakpoint on a page refcount, offered from the Variables view, stops at the statement that changed it', async () => {
    await launch(a);
    const { ref } = await pageRow(a, '0x100');
    const info = await a.dc.customRequest('dataBreakpointInfo', { variablesReference: ref, name: 'refcount' });
    assert.strictEqual(info.body.dataId, 'page:0x100:refcount');
    assert.deepStrictEqual(info.body.accessTypes, ['write']);
    const set = await a.dc.customRequest('setDataBreakpoints', { breakpoints: [{ dataId: info.body.dataId }, { dataId: 'page:0x999:refcount' }] });
    assert.deepStrictEqual(set.body.breakpoints.map((b: DebugProtocol.Breakpoint) => b.verified), [true, false]);
    const hit = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(hit.body.reason, 'data breakpoint');
    assert.strictEqual(hit.body.description, 'page 0x100 refcount: 1 → 2');
    const [top] = await frames(a);
    assert.match(LINES[top.line - 1], /get_page\(page\)/, `shown at the statement that changed it, not ${LINES[top.line - 1]}`);
    const { fields } = await pageRow(a, '0x100');
    assert.strictEqual(fields.find((f) => f.name === 'refcount')?.value, '2');
    const next = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.match(next.body.description ?? '', /page 0x100 refcount: 2 → 1/);
    // Reverse continue finds the change before, again at the statement that made it.
    const back = await runTo(a, () => a.dc.reverseContinueRequest({ threadId: 1 }));
    assert.strictEqual(back.body.reason, 'data breakpoint');
    assert.strictEqual(back.body.description, 'page 0x100 refcount: 1 → 2');
    assert.match(LINES[(await frames(a))[0].line - 1], /get_page\(page\)/);
  });

  it('the state panel adds a data breakpoint on a pte (mmstepDataBreakpoint) and on a C local', async () => {
    await launch(a);
    const r = await a.dc.customRequest('mmstepDataBreakpoint', { dataId: 'pte:1:0x7f0000000000' });
    assert.strictEqual(r.body.breakpoint.verified, true);
    assert.deepStrictEqual(r.body.dataIds, ['pte:1:0x7f0000000000']);
    const bad = await a.dc.customRequest('mmstepDataBreakpoint', { dataId: 'tlb:9:1:0x1000' });
    assert.strictEqual(bad.body.breakpoint.verified, false);
    assert.match(bad.body.breakpoint.message, /no CPU 9/);
    // The client's own list does not drop the panel's.
    await a.dc.customRequest('setDataBreakpoints', { breakpoints: [] });
    const hit = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(hit.body.reason, 'data breakpoint');
    assert.match(hit.body.description ?? '', /^pte of pid 1 at 0x7f0000000000: present\(W,A\) -> pfn 0x100 → none$/);
    await a.dc.customRequest('mmstepDataBreakpoint', { dataId: 'pte:1:0x7f0000000000', remove: true });
    // A C local from Locals: the loop index of the collect walk.
    const locals = await scope(a, 'Locals');
    const name = locals.find((v) => v.name === 'addr') ? 'addr' : locals[0].name;
    const info = await a.dc.customRequest('dataBreakpointInfo', { variablesReference: locals.ref, name });
    assert.match(info.body.dataId, new RegExp(`^c:1:\\d+:hmm_collect_walk_pmd:${name}$`));
    await a.dc.customRequest('setDataBreakpoints', { breakpoints: [{ dataId: info.body.dataId }] });
    const changed = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(changed.body.reason, 'data breakpoint');
    assert.match(changed.body.description ?? '', new RegExp(`^${name} \\(in hmm_collect_walk_pmd\\): .+ → .+`));
  });

  it('setVariable on a page field and a C local is recorded: step back over it undoes it, a replay reapplies it', async () => {
    await launch(a);
    await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    const { ref } = await pageRow(a, '0x101');
    const invalidated = nextEvent(a.dc, 'invalidated');
    const set = await a.dc.customRequest('setVariable', { variablesReference: ref, name: 'content', value: 'Z' });
    assert.strictEqual(set.body.value, 'Z');
    await invalidated;
    const pins = await a.dc.customRequest('setVariable', { variablesReference: ref, name: 'pins', value: '1' });
    assert.match(pins.body.value, /^1 \(refcount \d+\)$/);
    const refused = await a.dc.customRequest('setVariable', { variablesReference: ref, name: 'lru', value: 'batch' }).then(() => undefined, (e: Error) => e.message);
    assert.match(refused ?? '', /lru can be set to 'lru' or 'none'/);
    const field = async (f: string) => (await pageRow(a, '0x101')).fields.find((x) => x.name === f)?.value;
    assert.strictEqual(await field('content'), 'Z');
    // Forward, then back to the edit's moment: replayed with the edit.
    await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    await runTo(a, () => a.dc.stepBackRequest({ threadId: 1, granularity: 'instruction' }));
    assert.strictEqual(await field('content'), 'Z', 'the replay reapplies the edit');
    assert.strictEqual(await field('pins'), '1');
    await runTo(a, () => a.dc.stepBackRequest({ threadId: 1, granularity: 'instruction' }));
    await runTo(a, () => a.dc.stepBackRequest({ threadId: 1, granularity: 'instruction' }));
    assert.strictEqual(await field('content'), 'B', 'a step back over the edit undoes it');
    assert.strictEqual(await field('pins'), '0');
    // A C local of the top frame.
    const locals = await scope(a, 'Locals');
    assert.ok(locals.find((v) => v.name === 'start'), `no start in ${locals.map((v) => v.name).join(', ')}`);
    const r = await a.dc.customRequest('setVariable', { variablesReference: locals.ref, name: 'start', value: '0x7f0000001000' });
    assert.match(r.body.value, /0x7f0000001000/);
    const ev = await a.dc.evaluateRequest({ expression: 'start', frameId: (await frames(a))[0].id, context: 'watch' });
    assert.match(ev.body.result, /0x7f0000001000/);
    const typo = await a.dc.customRequest('setVariable', { variablesReference: locals.ref, name: 'start', value: 'no_such_thing' }).then(() => '', (e: Error) => e.message);
    assert.match(typo, /no_such_thing/);
  });

  it('a struct field of a C local: a data breakpoint and setVariable by its path', async () => {
    await launch(a, ['isolate_lru_page']);
    await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    await runTo(a, () => a.dc.stepOutRequest({ threadId: 1 }));
    const locals = await scope(a, 'Locals');
    const migrate = locals.find((v) => v.name === 'migrate');
    assert.ok(migrate && migrate.variablesReference > 0, `no expandable migrate in ${locals.map((v) => v.name).join(', ')}`);
    const fields = (await a.dc.variablesRequest({ variablesReference: migrate.variablesReference })).body.variables;
    assert.ok(fields.some((f) => f.name === 'npages'), fields.map((f) => f.name).join(', '));
    const info = await a.dc.customRequest('dataBreakpointInfo', { variablesReference: migrate.variablesReference, name: 'npages' });
    assert.match(info.body.dataId, /^c:1:\d+:hmm_migrate_lock_and_isolate:migrate->npages$/);
    const set = await a.dc.customRequest('setVariable', { variablesReference: migrate.variablesReference, name: 'npages', value: '7' });
    assert.match(set.body.value, /^7\b/);
    const ev = await a.dc.evaluateRequest({ expression: 'migrate->npages', frameId: (await frames(a))[0].id, context: 'watch' });
    assert.match(ev.body.result, /^7\b/);
  });

  it('evidence is refused inside a native (the schedule alone cannot replay it) and carries a setVariable', async () => {
    await launch(a, ['isolate_lru_page']);
    await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    const inside = await a.dc.customRequest('mmstepEvidence', { threadId: 1 }).then(() => '', (e: Error) => e.message);
    assert.match(inside, /stopped inside isolate_lru_page.*step out of it/);
    await runTo(a, () => a.dc.stepOutRequest({ threadId: 1 }));
    const ok = await a.dc.customRequest('mmstepEvidence', { threadId: 1 });
    assert.ok(ok.body.step > 0);
    const { ref } = await pageRow(a, '0x101');
    await a.dc.customRequest('setVariable', { variablesReference: ref, name: 'content', value: 'Q' });
    const after = await a.dc.customRequest('mmstepEvidence', { threadId: 1 });
    assert.deepStrictEqual(after.body.edits, { version: 1, list: [{ kind: 'page', step: ok.body.step, thread: 1, pfn: 0x101, field: 'content', value: 'Q' }] });
  });

  it('setVariable is refused inside a native frame (the run records its calling statement whole)', async () => {
    await launch(a, ['isolate_lru_page']);
    await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    const { ref } = await pageRow(a, '0x100');
    const err = await a.dc.customRequest('setVariable', { variablesReference: ref, name: 'refcount', value: '3' }).then(() => '', (e: Error) => e.message);
    assert.match(err, /stopped inside isolate_lru_page.*step out of it first/);
  });

  it('goto targets a line of the current function and jumps there', async () => {
    await launch(a, ['isolate_lru_page']);
    await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    await runTo(a, () => a.dc.stepOutRequest({ threadId: 1 }));
    const [top] = await frames(a);
    const target = lineOf('if (isolate_lru_page(page))');
    const t = await a.dc.customRequest('gotoTargets', { source: { path: MIGRATE_C }, line: target });
    assert.strictEqual(t.body.targets.length, 1);
    assert.strictEqual(t.body.targets[0].line, target);
    const outside = await a.dc.customRequest('gotoTargets', { source: { path: MIGRATE_C }, line: 1 }).then(() => '', (e: Error) => e.message);
    assert.match(outside, /within the current function only/);
    const stopped = await runTo(a, () => a.dc.customRequest('goto', { threadId: 1, targetId: t.body.targets[0].id }));
    assert.strictEqual(stopped.body.reason, 'step');
    const [after] = await frames(a);
    assert.deepStrictEqual([after.name, after.line], [top.name, target]);
    // Running on from there calls isolate_lru_page again (the breakpoint is still set).
    const again = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(again.body.reason, 'function breakpoint');
  });
});
