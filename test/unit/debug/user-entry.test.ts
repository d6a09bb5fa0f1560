// The debugger on a user-space program (entry.user_process, issue 12): a breakpoint on the
// program's first store into a fresh mapping, step in goes into the kernel's fault path
// (fault_in_user_page in mmstep's kernel/mm/memory.c) as a frame of its own, step out comes back
// to the store, which runs again and finds the page; the state panel shows the new pte.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { StateView } from '../../../src/protocol/state';
import { ROOT, Stepper } from './dap-stepper';

const SCENARIO = path.join(ROOT, 'test/fixtures/scenarios/user/user-touch.mmstep.yaml');
const C = path.join(ROOT, 'test/fixtures/scenarios/user/user_touch.c');
const STORE = fs.readFileSync(C, 'utf8').split('\n').findIndex((l) => l.includes('p[i * 1024] = i + 1;')) + 1;

describe('debug adapter: a user-space program as the entry', function () {
  this.timeout(60000);
  let s: Stepper;
  beforeEach(() => (s = new Stepper()));
  afterEach(() => s.dispose());

  it('step in at the first store goes into the kernel fault path, step out returns to the store', async () => {
    assert.ok(STORE > 0);
    await s.launch(SCENARIO, true, async () => {
      const r = await s.request('setBreakpoints', { source: { path: C }, breakpoints: [{ line: STORE }] });
      assert.ok((r.body as DebugProtocol.SetBreakpointsResponse['body']).breakpoints[0].verified);
    });
    const hit = (await s.run('continue')) as DebugProtocol.StoppedEvent;
    assert.strictEqual(hit.body.reason, 'breakpoint');
    assert.deepStrictEqual(await s.where(), { name: 'user_touch', line: STORE, depth: 1 });

    await s.run('stepIn');
    const frames = await s.stack();
    assert.ok(frames.length > 1, JSON.stringify(frames.map((f) => f.name)));
    assert.ok(frames.some((f) => f.name === 'fault_in_user_page' && /kernel\/mm\/memory\.c$/.test(f.source?.path ?? '')), JSON.stringify(frames.map((f) => `${f.name} ${f.source?.path}`)));
    assert.strictEqual(frames[frames.length - 1].name, 'user_touch');

    // out of the fault path, frame by frame: the store runs again, finds the page, completes,
    // and the program goes on to its loop header (as a step out of any call in the statement)
    for (let i = 0; i < 10 && (await s.where()).depth > 1; i++) await s.run('stepOut');
    const back = await s.where();
    assert.deepStrictEqual([back.name, back.depth], ['user_touch', 1]);
    assert.ok(back.line === STORE - 1 || back.line === STORE, JSON.stringify(back));
    const [top] = await s.stack();
    const v = await s.request('evaluate', { expression: 'p[0]', frameId: top.id, context: 'watch' });
    assert.strictEqual((v.body as DebugProtocol.EvaluateResponse['body']).result, '1', JSON.stringify(v.body));
    // the state panel's view of this stop has the pte the fault made
    const ev = [...s.c.events].reverse().find((e) => e.event === 'mmstepState');
    const state = (ev?.body as { state: StateView } | undefined)?.state;
    const pte = state?.processes.find((p) => p.pid === 1)?.ptes.find((p) => p.addr === '0x7f0000000000');
    assert.strictEqual(pte?.kind, 'present', JSON.stringify(pte));
  });
});
