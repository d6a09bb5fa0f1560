// DAP tests of what a reviewer reads in VARIABLES, Watch, hover and the console (issue 10,
// items 1, 4, 8): a failing expression is answered inline (an error without showUser, which VS
// Code would turn into a notification at every stop); values are formatted by C type — hmm_pfn_t
// and migrate-pfn array elements decoded, a plain `unsigned long pfn` not —; pointers say what
// they point at, with the frame of another function's local, and scalar pointers expand to their
// pointee; DAP ValueFormat hex; one name per thread (threads, Variables, hover).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Adapter, nextEvent, startAdapter } from './harness';

const root = path.resolve(__dirname, '../../../..');
const example = (name: string) => path.join(root, 'examples', name);
const MIGRATE_C = path.join(root, 'kernel/mm/hmm_migrate_v13.c');
const CURRENT_C = path.join(root, 'kernel/test/current_tests.c');

function lineOf(file: string, needle: string): number {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `${path.basename(file)} has no line containing ${JSON.stringify(needle)}`);
  return i + 1;
}

/** Launches `scenario` and runs to the first hit of the breakpoint at `file`:`line`. */
async function stopAt(a: Adapter, scenario: string, file: string, line: number): Promise<DebugProtocol.StackFrame[]> {
  const initialized = a.dc.waitForEvent('initialized');
  await a.dc.launch({ scenario, stopOnEntry: false });
  await initialized;
  await a.dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line }] });
  const stopped = nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped');
  await a.dc.configurationDoneRequest();
  assert.strictEqual((await stopped).body.reason, 'breakpoint');
  return (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
}

async function locals(a: Adapter, frameId: number): Promise<DebugProtocol.Variable[]> {
  const scopes = (await a.dc.scopesRequest({ frameId })).body.scopes;
  const l = scopes.find((s) => s.name === 'Locals');
  assert.ok(l, 'no Locals scope');
  return (await a.dc.variablesRequest({ variablesReference: l.variablesReference })).body.variables;
}

function named(vars: DebugProtocol.Variable[], name: string): DebugProtocol.Variable {
  const v = vars.find((x) => x.name === name);
  assert.ok(v, `no ${name} among ${vars.map((x) => x.name).join(', ')}`);
  return v;
}

describe('values in VARIABLES, Watch, hover and the console', function () {
  this.timeout(60000);
  let a: Adapter;
  const responses: DebugProtocol.Response[] = [];
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
    responses.length = 0;
    // every response the adapter sends, failed ones included (DebugClient keeps only the message)
    const dcAny = a.dc as unknown as { dispatch(body: string): void };
    const dispatch = dcAny.dispatch.bind(a.dc);
    dcAny.dispatch = (body: string) => {
      const m = JSON.parse(body) as DebugProtocol.ProtocolMessage;
      if (m.type === 'response') responses.push(m as DebugProtocol.Response);
      dispatch(body);
    };
  });
  afterEach(async () => {
    await a.close();
  });

  it('a failing watch, hover, console or clipboard expression is an error without showUser (no notification), its message for the Watch view', async () => {
    const frames = await stopAt(a, example('private-4pages.mmstep.yaml'), MIGRATE_C, lineOf(MIGRATE_C, 'get_page(page);'));
    for (const context of ['watch', 'hover', 'repl', 'clipboard', 'variables']) {
      for (const expression of ['no_such_local', 'addr +', 'hmm_migrate_page_check(page, 1)']) {
        await a.dc.evaluateRequest({ expression, frameId: frames[0].id, context }).then(
          () => assert.fail(`${expression} (${context}) evaluated`),
          () => undefined,
        );
        const r = responses.filter((x) => x.command === 'evaluate').pop();
        assert.ok(r && !r.success, `${expression}: no failed evaluate response`);
        const err = (r.body as { error?: DebugProtocol.Message } | undefined)?.error;
        assert.ok(err, `${expression} (${context}): no body.error`);
        assert.notStrictEqual(err.showUser, true, `${expression} (${context}): showUser makes VS Code raise a notification`);
        assert.ok(err.format.length > 0 && !/[{}]/.test(err.format), `${expression}: format ${JSON.stringify(err.format)}`);
      }
    }
    const unknown = responses.filter((x) => x.command === 'evaluate')[0];
    assert.match(unknown.message ?? '', /unknown identifier 'no_such_local'/);
    // a request that is not an evaluate still reaches the user as before
    await a.dc.customRequest('mmstepNoSuchRequest').catch(() => undefined);
    // VS Code's Debug Console input asks for a source 'replinput' at every stop: no notification either
    await a.dc.send('source', { sourceReference: 0, source: { path: 'replinput' } }).catch(() => undefined);
    const src = responses.find((x) => x.command === 'source');
    assert.ok(src && !src.success);
    assert.notStrictEqual((src.body as { error?: DebugProtocol.Message }).error?.showUser, true, 'source replinput: showUser raises a notification at every stop');
    // a Variables row VS Code expanded at an earlier stop asks with a reference that has ended
    await a.dc.variablesRequest({ variablesReference: 987654 }).catch(() => undefined);
    const stale = responses.find((x) => x.command === 'variables');
    assert.ok(stale && !stale.success);
    assert.notStrictEqual((stale.body as { error?: DebugProtocol.Message }).error?.showUser, true, 'a stale variables reference raises a notification');
    const other = responses.find((x) => x.command === 'mmstepNoSuchRequest');
    assert.strictEqual((other?.body as { error?: DebugProtocol.Message }).error?.showUser, true);
  });

  it('a plain unsigned long pfn is a number, hmm_pfn_t is decoded by its type, pointers name the frame of another function\'s local and expand to the pointee', async () => {
    const frames = await stopAt(a, example('private-4pages.mmstep.yaml'), MIGRATE_C, lineOf(MIGRATE_C, 'get_page(page);'));
    const [top] = frames;
    assert.strictEqual(top.name, 'hmm_collect_walk_pmd');
    const vars = await locals(a, top.id);
    // `unsigned long pfn` holds a pfn: hex, never flag-decoded because of its name
    assert.strictEqual(named(vars, 'pfn').value, '0x100');
    assert.strictEqual(named(vars, 'pfn').type, 'unsigned long');
    // hmm_pfn_t: decoded because of its type; 0 is an empty slot
    assert.strictEqual(named(vars, 'flags').value, '0 (empty)');
    // a pointer into the caller's array: the element, the frame it belongs to, expandable
    const slot = named(vars, 'slot');
    assert.strictEqual(slot.value, '&pfns[0] (frame of hmm_test_collect_isolate)');
    assert.ok(slot.variablesReference > 0, 'hmm_pfn_t *slot expands');
    const under = (await a.dc.variablesRequest({ variablesReference: slot.variablesReference })).body.variables;
    assert.strictEqual(under[0].name, '*slot');
    assert.match(under[0].value, /^pfn 0x100 \[VALID\|WRITE\|MIGRATE\]\s+\(0x[0-9a-f]+\)$/);
    assert.match(under[1].value, /^element 0 of hmm_pfn_t\[\d+\] \(frame of hmm_test_collect_isolate\)$/);
    // pointers to struct locals of outer frames: the struct, not its first member, and whose
    assert.strictEqual(named(vars, 'migrate').value, '&migrate (frame of hmm_test_collect_isolate)');
    assert.strictEqual(named(vars, 'walk').value, '&walk (frame of hmm_migrate_collect)');
    const walkRows = (await a.dc.variablesRequest({ variablesReference: named(vars, 'walk').variablesReference })).body.variables;
    assert.strictEqual(named(walkRows, 'private').value, '&migrate (frame of hmm_test_collect_isolate)');
    // the same local seen from its own frame has no frame label
    const owner = frames.find((f) => f.name === 'hmm_migrate_collect');
    assert.ok(owner);
    const ownVars = await locals(a, owner.id);
    assert.strictEqual(named(ownVars, 'walk').value, '{struct mm_walk}');
    const ev = await a.dc.evaluateRequest({ expression: '&walk', frameId: owner.id, context: 'watch' });
    assert.strictEqual(ev.body.result, '&walk');
    // evaluated: the same formatting as in VARIABLES
    const star = await a.dc.evaluateRequest({ expression: 'migrate->pfns[0]', frameId: top.id, context: 'watch' });
    assert.match(star.body.result, /^pfn 0x100 \[VALID\|WRITE\|MIGRATE\]/);
    assert.strictEqual((await a.dc.evaluateRequest({ expression: 'pfn', frameId: top.id, context: 'hover' })).body.result, '0x100');
    assert.strictEqual((await a.dc.evaluateRequest({ expression: 'migrate->npages', frameId: top.id, context: 'watch' })).body.result, '1');
    // DAP ValueFormat hex: counts in hex too
    const hex = await a.dc.evaluateRequest({ expression: 'migrate->npages', frameId: top.id, context: 'watch', format: { hex: true } });
    assert.strictEqual(hex.body.result, '0x1');
    const hexRows = (await a.dc.variablesRequest({ variablesReference: named(vars, 'migrate').variablesReference, format: { hex: true } })).body.variables;
    assert.strictEqual(named(hexRows, 'npages').value, '0x1');
  });

  it('migrate pfns are decoded where they are (the src array of a struct migrate_vma), not by name; counts stay decimal', async () => {
    const frames = await stopAt(a, example('current-cpu-write-race.mmstep.yaml'), CURRENT_C, lineOf(CURRENT_C, 'migrate_vma_pages(&args);'));
    const vars = await locals(a, frames[0].id);
    const src = named(vars, 'src');
    const rows = (await a.dc.variablesRequest({ variablesReference: src.variablesReference })).body.variables;
    assert.match(rows[0].value, /^pfn 0x[0-9a-f]+ \[[A-Z|]*MIGRATE[A-Z|]*\]\s+\(0x[0-9a-f]+\)$/, rows[0].value);
    const ev = await a.dc.evaluateRequest({ expression: 'src[0]', frameId: frames[0].id, context: 'watch' });
    assert.strictEqual(ev.body.result, rows[0].value);
    // the same bits in a plain unsigned long are a number
    const plain = await a.dc.evaluateRequest({ expression: 'src[0] + 0', frameId: frames[0].id, context: 'watch' });
    assert.match(plain.body.result, /^(0x[0-9a-f]+|\d+)$/);
    const args = named(vars, 'args');
    const argRows = (await a.dc.variablesRequest({ variablesReference: args.variablesReference })).body.variables;
    assert.match(named(argRows, 'src').value, /^&src\[0\]$/);
    assert.match(named(argRows, 'cpages').value, /^\d+$/);
  });

  it('a thread has one name: the scenario\'s, in threads, a held lock and a locked page', async () => {
    const frames = await stopAt(a, example('private-4pages.mmstep.yaml'), MIGRATE_C, lineOf(MIGRATE_C, 'get_page(page);'));
    const threads = (await a.dc.threadsRequest()).body.threads;
    assert.strictEqual(threads[0].name, 'main');
    const vars = await locals(a, frames[0].id);
    assert.match(named(vars, 'ptl').value, /\(held by main\)$/);
    const hover = await a.dc.evaluateRequest({ expression: 'ptl', frameId: frames[0].id, context: 'hover' });
    assert.match(hover.body.result, /held by main/);
    assert.doesNotMatch(hover.body.result, /thread 1/);
    // after trylock_page the page is locked by main
    const stopped = nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped');
    await a.dc.setBreakpointsRequest({ source: { path: MIGRATE_C }, breakpoints: [{ line: lineOf(MIGRATE_C, '*slot |= HMM_PFN_LOCKED;') }] });
    await a.dc.continueRequest({ threadId: 1 });
    await stopped;
    const top = (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
    const page = named(await locals(a, top.id), 'page');
    const fields = (await a.dc.variablesRequest({ variablesReference: page.variablesReference })).body.variables;
    assert.strictEqual(named(fields, 'PG_locked').value, 'yes (main)');
  });
});
