// DAP test of data breakpoints on TLB entries offered from the Variables view (issue 10): a row
// of the TLB scope (`cpu 0 pid 1 0x7f0000000000`) and the fields of an expanded row (pfn, write,
// stale) answer dataBreakpointInfo with the entry's tlb:<cpu>:<pid>:<addr> data id, so VS Code's
// "Break on Value Change" works on them; continue stops at the statement that dropped the cached
// translation (the collect walk's TLB flush), saying old → new, and reverse continue finds the
// same change going back. Rows of the Page table scope's expanded ptes answer with their pte's id.
// On the v13 private-migration example, whose CPU 0 caches the range's first translation.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Adapter, nextEvent, startAdapter } from './harness';

type Stopped = DebugProtocol.StoppedEvent;

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'examples', 'v13-private-migrate.mmstep.yaml');
const V13_C = path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c');
const LINES = fs.readFileSync(V13_C, 'utf8').split('\n');
const ROW = 'cpu 0 pid 1 0x7f0000000000';
const DATA_ID = 'tlb:0:1:0x7f0000000000';

async function runTo(a: Adapter, send: () => Promise<unknown>): Promise<Stopped> {
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await send();
  return stopped;
}

async function launch(a: Adapter): Promise<Stopped> {
  const initialized = a.dc.waitForEvent('initialized');
  await a.dc.launch({ scenario: SCENARIO, stopOnEntry: true } as DebugProtocol.LaunchRequestArguments);
  await initialized;
  return runTo(a, () => a.dc.configurationDoneRequest());
}

async function top(a: Adapter): Promise<DebugProtocol.StackFrame> {
  return (await a.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
}

async function scope(a: Adapter, name: string): Promise<{ ref: number; vars: DebugProtocol.Variable[] } | undefined> {
  const s = (await a.dc.scopesRequest({ frameId: (await top(a)).id })).body.scopes.find((x) => x.name === name);
  if (!s) return undefined;
  return { ref: s.variablesReference, vars: (await a.dc.variablesRequest({ variablesReference: s.variablesReference })).body.variables };
}

const info = (a: Adapter, variablesReference: number, name: string): Promise<DebugProtocol.DataBreakpointInfoResponse['body']> =>
  a.dc.customRequest('dataBreakpointInfo', { variablesReference, name }).then((r) => r.body as DebugProtocol.DataBreakpointInfoResponse['body']);

describe('debug adapter: data breakpoints on TLB entries from the Variables view', function () {
  this.timeout(60000);
  let a: Adapter;
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => {
    await a.close();
  });

  it('a TLB row and its fields answer dataBreakpointInfo with tlb:<cpu>:<pid>:<addr>; continue stops where the entry is flushed', async () => {
    await launch(a);
    const tlb = await scope(a, 'TLB');
    assert.ok(tlb, 'a TLB scope at entry');
    const row = tlb.vars.find((v) => v.name === ROW);
    assert.ok(row && row.variablesReference > 0, tlb.vars.map((v) => v.name).join(', '));

    const whole = await info(a, tlb.ref, ROW);
    assert.strictEqual(whole.dataId, DATA_ID, whole.description);
    assert.deepStrictEqual(whole.accessTypes, ['write']);
    assert.match(whole.description, /TLB entry of CPU 0 for pid 1 at 0x7f0000000000/);
    // The fields of the expanded entry: the same entry, watched whole.
    const fields = (await a.dc.variablesRequest({ variablesReference: row.variablesReference })).body.variables;
    assert.deepStrictEqual(fields.map((f) => f.name), ['pfn', 'write', 'stale']);
    for (const f of fields) assert.strictEqual((await info(a, row.variablesReference, f.name)).dataId, DATA_ID, f.name);
    // A row name that is no TLB entry, and a CPU the scenario lacks, are refused with the reason.
    const none = await info(a, tlb.ref, 'cpu x');
    assert.strictEqual(none.dataId, null);
    assert.match(none.description, /no TLB row 'cpu x'/);
    const noCpu = await info(a, tlb.ref, 'cpu 9 pid 1 0x7f0000000000');
    assert.strictEqual(noCpu.dataId, null);
    assert.match(noCpu.description, /no CPU 9/);

    const set = await a.dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: DATA_ID, accessType: 'write' }] });
    assert.deepStrictEqual(set.body.breakpoints.map((b) => b.verified), [true]);
    const hit = await runTo(a, () => a.dc.continueRequest({ threadId: 1 }));
    assert.strictEqual(hit.body.reason, 'data breakpoint');
    assert.match(hit.body.description ?? '', /^TLB entry of CPU 0 for pid 1 at 0x7f0000000000: pfn 0x100 \(write\) → none$/);
    const at = await top(a);
    assert.match(LINES[at.line - 1], /flush_tlb_range\(/, `stops at the statement that dropped it, not ${LINES[at.line - 1]}`);
    assert.strictEqual((await scope(a, 'TLB'))?.vars.find((v) => v.name === ROW), undefined, 'the entry is gone from the TLB scope');

    // Going back: reverse continue stops at the same change, shown at the same statement. (Two
    // statements on: a reverse continue from the very next statement misses the change, for page
    // and pte data breakpoints alike — reported, not a matter of the TLB.)
    for (let i = 0; i < 2; i++) await runTo(a, () => a.dc.nextRequest({ threadId: 1 }));
    const back = await runTo(a, () => a.dc.reverseContinueRequest({ threadId: 1 }));
    assert.strictEqual(back.body.reason, 'data breakpoint');
    assert.strictEqual(back.body.description, hit.body.description);
    assert.strictEqual((await top(a)).line, at.line);
  });

  it('the fields of an expanded pte row answer with their pte', async () => {
    await launch(a);
    const table = await scope(a, 'Page table');
    const row = table?.vars.find((v) => v.name === 'pid 1 0x7f0000000000');
    assert.ok(table && row && row.variablesReference > 0, 'an expandable pte row');
    assert.strictEqual((await info(a, table.ref, row.name)).dataId, 'pte:1:0x7f0000000000');
    const fields = (await a.dc.variablesRequest({ variablesReference: row.variablesReference })).body.variables;
    const write = fields.find((f) => f.name === 'write');
    assert.ok(write, fields.map((f) => f.name).join(', '));
    const r = await info(a, row.variablesReference, 'write');
    assert.strictEqual(r.dataId, 'pte:1:0x7f0000000000');
    assert.match(r.description, /watched whole: write/);
  });
});
