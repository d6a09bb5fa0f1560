// Expressions evaluated while stopped never change the run (issue 7, class 7). A watch
// `get_page(...)` used to raise the refcount at every stop, unseen by the state panel, and step
// back then next silently dropped the change. Now: watch, hover, breakpoint conditions and
// logpoints with side effects are refused and leave the state hash as it was; the debug console
// (context 'repl') refuses them too (the history replays statements, not evaluations), so step
// back then next ends in exactly the state a run without the command has.

import * as assert from 'assert';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Simulation } from '../../../src/sim/simulation';
import { InlineClient } from './inline-client';

const root = path.resolve(__dirname, '../../../..');
const PRIVATE = path.join(root, 'examples/private-4pages.mmstep.yaml');
const MIGRATE_C = path.join(root, 'kernel/mm/hmm_migrate_v13.c');
const GET_PAGE_LINE = 113; // get_page(page); in the collect walk

async function session(): Promise<{ c: InlineClient; sim: () => Simulation }> {
  let sim: Simulation | undefined;
  const c = new InlineClient(
    new MmstepDebugSession(new NodeFileAccess(), async (scenario, files, events) => {
      sim = await Simulation.load(scenario, files, events, { timeTravel: true });
      return sim;
    }),
  );
  await c.launchToEntry(PRIVATE);
  return { c, sim: () => sim! };
}

async function topFrame(c: InlineClient): Promise<number> {
  const st = await c.request('stackTrace', { threadId: 1 });
  return (st.body as DebugProtocol.StackTraceResponse['body']).stackFrames[0].id;
}

async function stepped(c: InlineClient, command: string): Promise<void> {
  const stop = c.nextEvent('stopped');
  const r = await c.request(command, { threadId: 1 });
  assert.ok(r.success, `${command}: ${r.message}`);
  await stop;
}

describe('evaluate never changes the model', function () {
  this.timeout(30000);

  it('watch, hover and the debug console refuse get_page and leave the state hash unchanged', async () => {
    const { c, sim } = await session();
    try {
      const pfn = sim().stateView().pages[0].pfn;
      const frameId = await topFrame(c);
      const h0 = sim().hash();
      const ok = await c.request('evaluate', { expression: `page_count(pfn_to_page(${pfn}))`, frameId, context: 'watch' });
      assert.ok(ok.success, ok.message);
      const before = (ok.body as { result: string }).result;
      for (const context of ['watch', 'hover', 'repl']) {
        const r = await c.request('evaluate', { expression: `get_page(pfn_to_page(${pfn}))`, frameId, context });
        assert.strictEqual(r.success, false, context);
        assert.ok(
          r.message!.includes(`has side effects on the model (pfn_to_page, get_page): it raises the refcount of pfn 0x${pfn.toString(16)} (1 -> 2)`),
          r.message,
        );
        assert.match(r.message!, context === 'repl' ? /not evaluated: a change made from the debug console would not be replayed/ : new RegExp(`not evaluated in ${context}`));
        assert.strictEqual(sim().hash(), h0, `${context} changed the state`);
      }
      const again = await c.request('evaluate', { expression: `page_count(pfn_to_page(${pfn}))`, frameId, context: 'watch' });
      assert.strictEqual((again.body as { result: string }).result, before);
      // the handles of the stop are still valid after a refused evaluation
      const scopes = await c.request('scopes', { frameId });
      assert.ok(scopes.success, scopes.message);
    } finally {
      c.dispose();
    }
  });

  it('a write to C memory is refused too, and expanded variables keep showing the real value', async () => {
    const { c, sim } = await session();
    try {
      const frameId = await topFrame(c);
      const scopes = (await c.request('scopes', { frameId })).body as DebugProtocol.ScopesResponse['body'];
      const locals = (await c.request('variables', { variablesReference: scopes.scopes[0].variablesReference })).body as DebugProtocol.VariablesResponse['body'];
      const pfns = locals.variables.find((v) => v.name === 'pfns');
      assert.ok(pfns && pfns.variablesReference > 0, JSON.stringify(locals.variables.map((v) => v.name)));
      const shown = async (): Promise<string> =>
        ((await c.request('variables', { variablesReference: pfns.variablesReference })).body as DebugProtocol.VariablesResponse['body']).variables[0].value;
      const before = await shown();
      const h0 = sim().hash();
      const r = await c.request('evaluate', { expression: 'pfns[0] = 77', frameId, context: 'repl' });
      assert.strictEqual(r.success, false);
      assert.match(r.message!, /'pfns\[0\] = 77' has side effects on the model: it changes the program's memory; not evaluated/);
      assert.strictEqual(sim().hash(), h0);
      assert.strictEqual(await shown(), before);
    } finally {
      c.dispose();
    }
  });

  it('step back then step / next after a REPL command ends in the state of a run without it', async () => {
    const { c, sim } = await session();
    const ref = await session();
    try {
      const pfn = sim().stateView().pages[0].pfn;
      for (let i = 0; i < 3; i++) await stepped(c, 'next');
      for (let i = 0; i < 3; i++) await stepped(ref.c, 'next');
      const frameId = await topFrame(c);
      const repl = await c.request('evaluate', { expression: `get_page(pfn_to_page(${pfn}))`, frameId, context: 'repl' });
      assert.strictEqual(repl.success, false);
      const atStop = sim().hash();
      // back one statement and forward one statement: where the REPL command was typed
      await stepped(c, 'stepBack');
      await stepped(c, 'stepIn');
      assert.strictEqual(sim().hash(), atStop, 'step back then step');
      assert.strictEqual(sim().hash(), ref.sim().hash(), 'the same as a run without the REPL command');
      await stepped(c, 'next');
      await stepped(ref.c, 'next');
      assert.strictEqual(sim().hash(), ref.sim().hash());
    } finally {
      c.dispose();
      ref.c.dispose();
    }
  });

  it('a logpoint and a condition with side effects are refused and the run is unchanged', async () => {
    const files = new NodeFileAccess();
    const out: string[] = [];
    const a = await Simulation.load(PRIVATE, files, { output: (_c, t) => void out.push(t) });
    const b = await Simulation.load(PRIVATE, files);
    const pfn = a.stateView().pages[0].pfn;
    const [lp] = a.setBreakpoints(MIGRATE_C, [{ line: GET_PAGE_LINE, logMessage: `ref {get_page(pfn_to_page(${pfn}))}` }]);
    assert.ok(lp.verified, lp.message);
    for (let i = 0; i < 100 && a.continue().reason !== 'end'; i++);
    b.runToEnd();
    assert.strictEqual(a.hash(), b.hash());
    assert.ok(out.some((l) => /ref <'get_page\(pfn_to_page\(\d+\)\)' has side effects on the model/.test(l)), out.join(''));

    const c2 = await Simulation.load(PRIVATE, files, { output: (_c, t) => void out.push(t) });
    const [bp] = c2.setBreakpoints(MIGRATE_C, [{ line: GET_PAGE_LINE, condition: `(get_page(pfn_to_page(${pfn})), 1)` }]);
    assert.ok(bp.verified, bp.message);
    assert.strictEqual(c2.continue().reason, 'breakpoint');
    assert.ok(out.some((l) => /condition .* failed: .*has side effects.*not evaluated in a breakpoint condition/.test(l)), out.join(''));
    // the same state as stopping there without a condition
    const d = await Simulation.load(PRIVATE, files);
    d.setBreakpoints(MIGRATE_C, [{ line: GET_PAGE_LINE }]);
    assert.strictEqual(d.continue().reason, 'breakpoint');
    assert.strictEqual(c2.hash(), d.hash());
  });
});
