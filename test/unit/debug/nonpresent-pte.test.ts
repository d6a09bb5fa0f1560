// The debugger reports a present-pte helper applied to a swap-format pte (issue 8 item 7): the
// warning goes to the Debug Console (an `output` event, category console) with the call's
// file:line:col, once per helper and line, the run goes on, and the mmstepState event / request
// carries the warnings for the state view. With `checks: nonpresent_pte_helpers: fault` the
// program stops there with an exception instead.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import type { StateView } from '../../../src/protocol/state';
import { Adapter, nextEvent, startAdapter } from './harness';

const ROOT = path.resolve(__dirname, '../../../..');
const C = path.join(ROOT, 'kernel/test/nonpresent_pte.c');
const WARN = path.join(ROOT, 'test/fixtures/scenarios/nonpresent-pte-warn.mmstep.yaml');
const FAULT = path.join(ROOT, 'test/fixtures/scenarios/nonpresent-pte-fault.mmstep.yaml');

function at(text: string): { line: number; column: number } {
  const lines = fs.readFileSync(C, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  return { line: i + 1, column: lines[i].indexOf(text) + 1 };
}

describe('debug adapter: present-pte helpers on swap-format ptes', function () {
  this.timeout(30000);
  let a: Adapter;
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => {
    await a.close();
  });

  async function launch(scenario: string): Promise<void> {
    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario, stopOnEntry: false });
    await initialized;
  }

  it('prints each warning once to the Debug Console with file:line:col and runs to the end', async () => {
    const dirty = at('pte_dirty(pte)');
    await launch(WARN);
    // Stop after the first iteration has read pte_dirty and pte_pfn: both warnings are out.
    const after = at('pr_info("collect: page');
    await a.dc.setBreakpointsRequest({ source: { path: C }, breakpoints: [{ line: after.line }] });
    const stopped = nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped');
    await a.dc.configurationDoneRequest();
    assert.strictEqual((await stopped).body.reason, 'breakpoint');
    const asked = (await a.dc.customRequest('mmstepState')).body as { state: StateView };
    assert.deepStrictEqual(
      asked.state.warnings?.map((w) => [w.helper, w.file, w.line, w.column, w.count]),
      [
        ['pte_dirty', C, dirty.line, dirty.column, 1],
        ['pte_pfn', C, at('pte_pfn(pte)').line, at('pte_pfn(pte)').column, 1],
      ],
    );

    const exited = nextEvent<DebugProtocol.ExitedEvent>(a.dc, 'exited');
    await a.dc.setBreakpointsRequest({ source: { path: C }, breakpoints: [] });
    await a.dc.continueRequest({ threadId: 1 });
    assert.strictEqual((await exited).body.exitCode, 0);
    const out = a.events.filter((e): e is DebugProtocol.OutputEvent => e.event === 'output');
    const warned = out.filter((e) => e.body.output.includes(': warning: pte_dirty()'));
    assert.strictEqual(warned.length, 1, out.map((e) => e.body.output).join(''));
    assert.strictEqual(warned[0].body.category, 'console');
    assert.ok(warned[0].body.output.startsWith(`${C}:${dirty.line}:${dirty.column}: warning: pte_dirty() on a non-present pte 0x6000000100000000, a device-private entry`), warned[0].body.output);
    assert.strictEqual(out.filter((e) => e.body.output.includes(': warning: pte_pfn()')).length, 1);
  });

  it('fault mode: stops with an exception at the helper\'s line', async () => {
    await launch(FAULT);
    const stopped = nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped');
    await a.dc.configurationDoneRequest();
    const stop = await stopped;
    assert.strictEqual(stop.body.reason, 'exception');
    const [top] = (await a.dc.stackTraceRequest({ threadId: stop.body.threadId ?? 1 })).body.stackFrames;
    assert.deepStrictEqual([top.name, top.source?.path, top.line], ['collect_unguarded', C, at('pte_dirty(pte)').line]);
    const info = await a.dc.exceptionInfoRequest({ threadId: stop.body.threadId ?? 1 });
    assert.match(`${info.body.exceptionId} ${info.body.description}`, /undefined-behaviour.*pte_dirty\(\) on a non-present pte/s);
  });
});
