// A run-time fault in the C code, seen through the debugger: it stops like an exception at the
// faulting line, exceptionInfo names the fault, and the run then ends with exit code 1 because
// the scenario expected to complete.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Adapter, nextEvent, startAdapter } from './harness';

const CRASH_C = [
  'struct thing {',
  '\tint v;',
  '};',
  '',
  'int crash(int x)',
  '{',
  '\tstruct thing *t = NULL;',
  '',
  '\tx = x + 1;',
  '\treturn t->v + x;',
  '}',
  '',
].join('\n');

const SCENARIO = [
  'name: NULL dereference',
  'sources: [crash.c]',
  'entry:',
  '  function: crash',
  '  args: [1]',
  'memory:',
  '  processes:',
  '    - pid: 1',
  '      name: p',
  '      vmas:',
  '        - { start: 0x7f0000000000, end: 0x7f0000001000, flags: [VM_READ] }',
  'expect:',
  '  outcome: completed',
  '',
].join('\n');

describe('debug adapter: faults', function () {
  this.timeout(30000);
  let a: Adapter;
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-fault-'));
    fs.writeFileSync(path.join(dir, 'crash.c'), CRASH_C);
    fs.writeFileSync(path.join(dir, 'crash.mmstep.yaml'), SCENARIO);
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => {
    await a.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops on a NULL dereference at the faulting line, then exits 1', async () => {
    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario: path.join(dir, 'crash.mmstep.yaml'), stopOnEntry: false });
    await initialized;
    const stopped = nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped');
    await a.dc.configurationDoneRequest();
    const stop = await stopped;
    assert.strictEqual(stop.body.reason, 'exception');
    assert.match(stop.body.text ?? '', /NULL/i);

    const [top] = (await a.dc.stackTraceRequest({ threadId: stop.body.threadId ?? 1 })).body.stackFrames;
    assert.deepStrictEqual([top.name, top.line, top.source?.path], ['crash', 10, path.join(dir, 'crash.c')]);
    const info = await a.dc.exceptionInfoRequest({ threadId: 1 });
    assert.strictEqual(info.body.breakMode, 'always');
    assert.match(`${info.body.exceptionId} ${info.body.description}`, /NULL/i);

    const exited = nextEvent<DebugProtocol.ExitedEvent>(a.dc, 'exited');
    const verdict = nextEvent<DebugProtocol.OutputEvent>(a.dc, 'output', (e) => /== verdict/.test(e.body.output));
    await a.dc.continueRequest({ threadId: 1 });
    assert.strictEqual((await exited).body.exitCode, 1);
    assert.match((await verdict).body.output, /== run ended: fault/);
    assert.match((await verdict).body.output, /== verdict: FAIL/);
  });
});
