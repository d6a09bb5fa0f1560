// DAP tests of MmstepDebugSession on the real Simulation and the real examples: launch and stop
// on entry, breakpoints (moved to the next statement, on native functions), step in / over /
// out, a page's refcount in VARIABLES, threads, the mmstepState event and request, the verdict
// as exit code, and restart. Launch failures are in launch-errors.test.ts.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Simulation } from '../../../src/sim/simulation';
import type { StateView } from '../../../src/protocol/state';
import { Adapter, nextEvent, startAdapter } from './harness';

const root = path.resolve(__dirname, '../../../..');
const example = (name: string) => path.join(root, 'examples', name);
const TEST_C = path.join(root, 'kernel/test/hmm_test_v13.c');
const MIGRATE_C = path.join(root, 'kernel/mm/hmm_migrate_v13.c');

type Stopped = DebugProtocol.StoppedEvent;

/**
 * The 1-based line of the first line of `file` containing `needle`. The kernel C is ours and
 * still evolving, so tests name statements by their text rather than by line number.
 */
function lineOf(file: string, needle: string): number {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `${path.basename(file)} has no line containing ${JSON.stringify(needle)}`);
  return i + 1;
}

/** The first line after `line` with code on it (not blank, not only a comment). */
function nextCodeLine(file: string, line: number): number {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = line; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t && !t.startsWith('/*') && !t.startsWith('*') && !t.startsWith('//')) return i + 1;
  }
  return assert.fail(`no code after ${path.basename(file)}:${line}`);
}

/** Starts a session, launches `scenario` with `bps` set before configurationDone, returns at the first stop. */
async function launchTo(
  a: Adapter,
  scenario: string,
  bps: { file: string; lines: number[] }[] = [],
  extra: Record<string, unknown> = {},
): Promise<{ stop: Stopped; verified: DebugProtocol.Breakpoint[][] }> {
  const { dc } = a;
  const initialized = dc.waitForEvent('initialized');
  await dc.launch({ scenario, ...extra });
  await initialized;
  const verified: DebugProtocol.Breakpoint[][] = [];
  for (const b of bps) {
    const r = await dc.setBreakpointsRequest({ source: { path: b.file }, breakpoints: b.lines.map((line) => ({ line })) });
    verified.push(r.body.breakpoints);
  }
  const stopped = nextEvent<Stopped>(dc, 'stopped');
  await dc.configurationDoneRequest();
  return { stop: await stopped, verified };
}

/** Sends a run request and returns the stop it leads to. */
async function runTo(a: Adapter, send: () => Promise<unknown>): Promise<Stopped> {
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await send();
  return stopped;
}

async function topFrames(a: Adapter, threadId = 1): Promise<DebugProtocol.StackFrame[]> {
  return (await a.dc.stackTraceRequest({ threadId })).body.stackFrames;
}

/** The child `field` of page `pfn` in the Pages scope of the top frame. */
async function pageField(a: Adapter, pfn: string, field: string): Promise<string> {
  const [top] = await topFrames(a);
  const scopes = (await a.dc.scopesRequest({ frameId: top.id })).body.scopes;
  const pagesScope = scopes.find((s) => s.name === 'Pages');
  assert.ok(pagesScope, `no Pages scope in ${scopes.map((s) => s.name).join(', ')}`);
  const pages = (await a.dc.variablesRequest({ variablesReference: pagesScope.variablesReference })).body.variables;
  const page = pages.find((p) => p.name === `pfn ${pfn}`);
  assert.ok(page && page.variablesReference > 0, `no expandable page pfn ${pfn}`);
  const fields = (await a.dc.variablesRequest({ variablesReference: page.variablesReference })).body.variables;
  const f = fields.find((v) => v.name === field);
  assert.ok(f, `page pfn ${pfn} has no ${field}`);
  return f.value;
}

describe('debug adapter on the real simulation', function () {
  this.timeout(30000);
  const PRIVATE = example('private-4pages.mmstep.yaml');
  const TRYLOCK = example('trylock-fails.mmstep.yaml');
  let a: Adapter;
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => {
    await a.close();
  });

  it("launches and stops on entry at the entry function's first statement, then sends mmstepState", async () => {
    const state = nextEvent(a.dc, 'mmstepState');
    const { stop } = await launchTo(a, PRIVATE);
    assert.strictEqual(stop.body.reason, 'entry');
    assert.strictEqual(stop.body.threadId, 1);
    assert.strictEqual(stop.body.allThreadsStopped, true);
    const frames = await topFrames(a);
    assert.strictEqual(frames.length, 1);
    const [top] = frames;
    assert.strictEqual(top.name, 'hmm_test_collect_isolate');
    assert.strictEqual(top.source?.path, TEST_C);
    // the local declarations before it do nothing: the first statement is `if (!vma)`
    assert.strictEqual(top.line, lineOf(TEST_C, 'if (!vma)'));
    // lines and columns are passed through from the Simulation (both 1-based); no end: the
    // editor highlights the line with the cursor at the statement instead of selecting it
    const sim = await Simulation.load(PRIVATE, new NodeFileAccess());
    const f = sim.stack(1)[0];
    assert.deepStrictEqual(
      [top.line, top.column, top.endLine, top.endColumn],
      [f.line, f.column, undefined, undefined],
    );

    const view = ((await state).body as { state: StateView }).state;
    assert.deepStrictEqual(
      view.pages.map((p) => [p.pfn, p.refcount, p.mapcount]),
      [
        [0x100, 1, 1],
        [0x101, 1, 1],
        [0x102, 1, 1],
        [0x103, 1, 1],
      ],
    );
    assert.deepStrictEqual(
      view.processes[0].ptes.map((p) => p.kind),
      ['present', 'present', 'present', 'present'],
    );
    const asked = await a.dc.customRequest('mmstepState');
    assert.deepStrictEqual(asked.body, { state: view });
  });

  it('verifies a breakpoint on a comment line at the next statement and stops there', async () => {
    const comment = lineOf(MIGRATE_C, 'v13 clears first');
    const statement = lineOf(MIGRATE_C, 'orig = ptep_get_and_clear(mm, addr, ptep);');
    assert.ok(statement > comment);
    const { stop, verified } = await launchTo(a, PRIVATE, [{ file: MIGRATE_C, lines: [comment] }]);
    assert.strictEqual(stop.body.reason, 'entry');
    assert.strictEqual(verified[0][0].verified, true);
    assert.strictEqual(verified[0][0].line, statement);

    const hit = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(hit.body.reason, 'breakpoint');
    const frames = await topFrames(a);
    assert.deepStrictEqual([frames[0].name, frames[0].line], ['hmm_collect_walk_pmd', statement]);
    assert.strictEqual(frames[0].source?.path, MIGRATE_C);
    // reached through the page walker calling the pmd_entry callback by function pointer
    assert.deepStrictEqual(
      frames.slice(-2).map((f) => [f.name, f.line]),
      [
        ['hmm_migrate_collect', lineOf(MIGRATE_C, 'walk_page_range(migrate->start')],
        ['hmm_test_collect_isolate', lineOf(TEST_C, 'hmm_migrate_collect(&migrate);')],
      ],
    );
  });

  it('steps in, over and out where C semantics say', async () => {
    const call = lineOf(TEST_C, 'hmm_migrate_collect(&migrate);');
    await launchTo(a, PRIVATE, [{ file: TEST_C, lines: [call] }]);
    let s = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(s.body.reason, 'breakpoint');
    assert.strictEqual((await topFrames(a))[0].line, call);

    // step in: into the callee, at its first statement (`struct mm_walk walk;` only declares)
    s = await runTo(a, () => a.dc.stepInRequest({ threadId: 1 }));
    assert.strictEqual(s.body.reason, 'step');
    assert.deepStrictEqual(
      (await topFrames(a)).map((f) => [f.name, f.line]),
      [
        ['hmm_migrate_collect', lineOf(MIGRATE_C, 'walk.pmd_entry = hmm_collect_walk_pmd;')],
        ['hmm_test_collect_isolate', call],
      ],
    );

    // step over assignments, statement by statement, up to the walk
    await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    assert.strictEqual((await topFrames(a))[0].line, lineOf(MIGRATE_C, 'walk.pte_hole = NULL;'));
    const walk = lineOf(MIGRATE_C, 'walk_page_range(migrate->start');
    for (let n = 0; n < 10 && (await topFrames(a))[0].line !== walk; n++) {
      await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
      assert.strictEqual((await topFrames(a))[0].name, 'hmm_migrate_collect');
    }
    assert.strictEqual((await topFrames(a))[0].line, walk);
    assert.strictEqual(await pageField(a, '0x100', 'mapcount'), '1');

    // step over the walk: it runs to completion (every pte now a migration entry)
    await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    assert.deepStrictEqual(
      (await topFrames(a)).map((f) => [f.name, f.line]),
      [
        ['hmm_migrate_collect', lineOf(MIGRATE_C, 'mmu_notifier_invalidate_range_end(walk.mm')],
        ['hmm_test_collect_isolate', call],
      ],
    );
    assert.strictEqual(await pageField(a, '0x100', 'mapcount'), '0');

    // step out: back in the caller, at the statement after the finished call
    s = await runTo(a, () => a.dc.stepOutRequest({ threadId: 1 }));
    assert.strictEqual(s.body.reason, 'step');
    const frames = await topFrames(a);
    assert.deepStrictEqual(
      frames.map((f) => [f.name, f.line]),
      [['hmm_test_collect_isolate', nextCodeLine(TEST_C, call)]],
    );
  });

  it("shows a page's refcount going up across get_page()", async () => {
    const getPage = lineOf(MIGRATE_C, 'get_page(page);'); // first one: in the collect walk
    await launchTo(a, PRIVATE, [{ file: MIGRATE_C, lines: [getPage] }]);
    const hit = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(hit.body.reason, 'breakpoint');
    assert.strictEqual((await topFrames(a))[0].line, getPage);
    assert.strictEqual(await pageField(a, '0x100', 'refcount'), '1');
    const [top] = await topFrames(a);
    const page = await a.dc.evaluateRequest({ expression: 'page', frameId: top.id, context: 'watch' });
    assert.match(page.body.result, /pfn 0x100/);
    const npages = await a.dc.evaluateRequest({ expression: 'migrate->npages', frameId: top.id, context: 'hover' });
    assert.strictEqual(npages.body.result, '1');
    // Full C in the frame: arithmetic with kernel macros, and the model's kernel functions.
    const next = await a.dc.evaluateRequest({ expression: 'addr + PAGE_SIZE', frameId: top.id, context: 'repl' });
    assert.strictEqual(next.body.result, '0x7f0000001000');
    const count = await a.dc.evaluateRequest({ expression: 'page_count(page) + 1', frameId: top.id, context: 'repl' });
    assert.strictEqual(count.body.result, '2');
    await assert.rejects(
      a.dc.evaluateRequest({ expression: 'hmm_migrate_page_check(page, 1)', frameId: top.id, context: 'repl' }),
      /calls a C function/,
    );
    await assert.rejects(a.dc.evaluateRequest({ expression: 'addr +', frameId: top.id, context: 'repl' }), /cannot read 'addr \+' as a C expression/);

    const state = nextEvent(a.dc, 'mmstepState');
    await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    assert.strictEqual((await topFrames(a))[0].line, lineOf(MIGRATE_C, 'if (!trylock_page(page))'));
    assert.strictEqual(await pageField(a, '0x100', 'refcount'), '2');
    const view = ((await state).body as { state: StateView }).state;
    assert.strictEqual(view.pages.find((p) => p.pfn === 0x100)?.refcount, 2);
    assert.ok(view.changed.some((k) => /^page:(256|0x100)$/.test(k)), `changed: ${view.changed.join(' ')}`);
  });

  it('shows PTEs in the Page table scope as readable values', async () => {
    await launchTo(a, PRIVATE, [{ file: TEST_C, lines: [lineOf(TEST_C, 'hmm_migrate_lock_and_isolate(&migrate);')] }]);
    await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    const [top] = await topFrames(a);
    const scopes = (await a.dc.scopesRequest({ frameId: top.id })).body.scopes;
    assert.strictEqual(scopes[0].name, 'Locals');
    const table = scopes.find((s) => s.name === 'Page table');
    assert.ok(table, `scopes: ${scopes.map((s) => s.name).join(', ')}`);
    const ptes = (await a.dc.variablesRequest({ variablesReference: table.variablesReference })).body.variables;
    assert.deepStrictEqual(
      ptes.map((v) => v.value),
      ['0x100', '0x101', '0x102', '0x103'].map((pfn) => `migration(W) -> pfn ${pfn}`),
    );
  });

  it("lists the scenario's threads, with their state", async () => {
    const started: number[] = [];
    a.dc.on('thread', (e: DebugProtocol.ThreadEvent) => {
      if (e.body.reason === 'started') started.push(e.body.threadId);
    });
    await launchTo(a, TRYLOCK);
    const threads = (await a.dc.threadsRequest()).body.threads;
    assert.deepStrictEqual(
      threads.map((t) => t.id),
      [1, 2, 3],
    );
    assert.strictEqual(threads[0].name, 'main');
    assert.match(threads[1].name, /^holder/);
    assert.match(threads[2].name, /^releaser/);
    assert.deepStrictEqual(started, [1, 2, 3]);
  });

  it('stops on a function breakpoint on a native kernel function', async () => {
    await launchTo(a, TRYLOCK);
    const set = await a.dc.setFunctionBreakpointsRequest({
      breakpoints: [{ name: 'isolate_lru_page' }, { name: 'no_such_fn' }],
    });
    assert.deepStrictEqual(
      set.body.breakpoints.map((b) => b.verified),
      [true, false],
    );
    const hit = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(hit.body.reason, 'function breakpoint');
    // It stops inside the native (a frame of its own), called from the isolating line.
    const [top, caller] = await topFrames(a);
    assert.strictEqual(top.name, 'isolate_lru_page [native]');
    assert.deepStrictEqual([caller.name, caller.line], ['hmm_migrate_lock_and_isolate', lineOf(MIGRATE_C, 'if (isolate_lru_page(page))')]);
  });

  it('ends with the verdict, mmstepState, exited 0 and terminated', async () => {
    const order: string[] = [];
    for (const ev of ['mmstepState', 'exited', 'terminated']) a.dc.on(ev, () => order.push(ev));
    const output: string[] = [];
    a.dc.on('output', (e: DebugProtocol.OutputEvent) => output.push(e.body.output));
    await launchTo(a, TRYLOCK, [], { stopOnEntry: true });
    const exited = nextEvent<DebugProtocol.ExitedEvent>(a.dc, 'exited');
    const terminated = a.dc.waitForEvent('terminated');
    order.length = 0;
    await a.dc.continueRequest({ threadId: 1 });
    assert.strictEqual((await exited).body.exitCode, 0);
    await terminated;
    assert.deepStrictEqual(order, ['mmstepState', 'exited', 'terminated']);
    const text = output.join('');
    assert.match(text, /== stage: collect\n/);
    assert.match(text, /== stage: lock & isolate\n/);
    assert.match(text, /== verdict: PASS/);
    await assert.rejects(a.dc.nextRequest({ threadId: 1 }), /the run has ended/);
  });

  it('runs to the end without stopping when stopOnEntry is false', async () => {
    const exited = nextEvent<DebugProtocol.ExitedEvent>(a.dc, 'exited');
    const initialized = a.dc.waitForEvent('initialized');
    let stops = 0;
    a.dc.on('stopped', () => stops++);
    await a.dc.launch({ scenario: PRIVATE, stopOnEntry: false });
    await initialized;
    await a.dc.configurationDoneRequest();
    assert.strictEqual((await exited).body.exitCode, 0);
    assert.strictEqual(stops, 0);
  });

  it('restarts from the entry with its breakpoints kept', async () => {
    const line = lineOf(TEST_C, 'hmm_migrate_lock_and_isolate(&migrate);');
    await launchTo(a, PRIVATE, [{ file: TEST_C, lines: [line] }]);
    await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual((await topFrames(a))[0].line, line);
    assert.strictEqual(await pageField(a, '0x100', 'mapcount'), '0');
    const restart = { arguments: { scenario: PRIVATE } } as DebugProtocol.RestartArguments;
    const entry = await runTo(a, () => a.dc.restartRequest(restart));
    assert.strictEqual(entry.body.reason, 'entry');
    assert.strictEqual((await topFrames(a))[0].line, lineOf(TEST_C, 'if (!vma)'));
    assert.strictEqual(await pageField(a, '0x100', 'mapcount'), '1');
    const again = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(again.body.reason, 'breakpoint');
    assert.strictEqual((await topFrames(a))[0].line, line);
  });
});
