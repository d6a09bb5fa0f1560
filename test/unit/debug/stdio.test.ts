// The standalone adapter (src/debug/main.ts) over stdin/stdout, as a DAP client outside VS Code
// runs it: a child process that launches an example (with DAP tracing on), stops on entry, and
// exits on disconnect.
// Also: an exception thrown inside the simulation never takes the adapter down.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Simulation } from '../../../src/sim/simulation';
import { startAdapter } from './harness';

const root = path.resolve(__dirname, '../../../..');
const PRIVATE = path.join(root, 'examples/private-4pages.mmstep.yaml');

describe('debug adapter entry points', function () {
  this.timeout(30000);

  it('runs over stdio as a child process', async () => {
    // tsc output of src/debug/main.ts; the bundle (dist/debugAdapter.js) has the same entry
    const dc = new DebugClient('node', path.join(root, 'out/src/debug/main.js'), 'mmstep', { cwd: root });
    await dc.start();
    try {
      const traced = new Promise<string>((resolve) =>
        dc.on('output', (e: DebugProtocol.OutputEvent) => {
          if (e.body.output.includes('From client: configurationDone')) resolve(e.body.output);
        }),
      );
      const initialized = dc.waitForEvent('initialized', 15000);
      await dc.launch({ scenario: PRIVATE, trace: true });
      await initialized;
      const stopped = dc.waitForEvent('stopped', 15000);
      await dc.configurationDoneRequest();
      assert.strictEqual(((await stopped) as DebugProtocol.StoppedEvent).body.reason, 'entry');
      await traced; // `trace: true` logs the DAP traffic to the debug console
      const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
      assert.strictEqual(frames[0].name, 'hmm_test_collect_isolate');
      const state = await dc.customRequest('mmstepState');
      assert.strictEqual(state.body.state.pages.length, 4);
    } finally {
      await dc.stop();
    }
  });

  it('keeps compiled C on disk, so the next session (a new process) loads it warm', async () => {
    const xdg = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-adapter-cache-'));
    const entries = (): string[] => {
      const dir = path.join(xdg, 'mmstep/compiled');
      return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.bin')) : [];
    };
    try {
      for (let session = 0; session < 2; session++) {
        const env = { ...process.env, XDG_CACHE_HOME: xdg, MMSTEP_COMPILE_CACHE: '' };
        const dc = new DebugClient('node', path.join(root, 'out/src/debug/main.js'), 'mmstep', { cwd: root, env });
        await dc.start();
        try {
          const initialized = dc.waitForEvent('initialized', 15000);
          await dc.launch({ scenario: PRIVATE });
          await initialized;
          const stopped = dc.waitForEvent('stopped', 15000);
          await dc.configurationDoneRequest();
          await stopped;
        } finally {
          await dc.stop();
        }
        // The first session wrote the program; the second found it (nothing new written).
        assert.strictEqual(entries().length, 1, `session ${session + 1}: ${entries().join(', ')}`);
      }
    } finally {
      fs.rmSync(xdg, { recursive: true, force: true });
    }
  });

  it('turns an exception thrown by the simulation into a stop, and keeps answering', async () => {
    const a = await startAdapter(
      () =>
        new MmstepDebugSession(new NodeFileAccess(), async (scenario, files, events) => {
          const sim = await Simulation.load(scenario, files, events);
          sim.stepOver = () => {
            throw new Error('model state torn');
          };
          return sim;
        }),
    );
    try {
      const initialized = a.dc.waitForEvent('initialized');
      await a.dc.launch({ scenario: PRIVATE });
      await initialized;
      const entry = a.dc.waitForEvent('stopped');
      await a.dc.configurationDoneRequest();
      await entry;
      const stderr = new Promise<string>((resolve) =>
        a.dc.on('output', (e: DebugProtocol.OutputEvent) => {
          if (e.body.category === 'stderr') resolve(e.body.output);
        }),
      );
      const stop = a.dc.waitForEvent('stopped');
      await a.dc.nextRequest({ threadId: 1 });
      const ev = (await stop) as DebugProtocol.StoppedEvent;
      assert.strictEqual(ev.body.reason, 'exception');
      assert.match(await stderr, /internal error in the simulation: model state torn/);
      const info = await a.dc.exceptionInfoRequest({ threadId: 1 });
      assert.deepStrictEqual([info.body.exceptionId, info.body.description], ['internal', 'model state torn']);
      // still alive: stepping in works on the real simulation
      const next = a.dc.waitForEvent('stopped');
      await a.dc.stepInRequest({ threadId: 1 });
      assert.strictEqual(((await next) as DebugProtocol.StoppedEvent).body.reason, 'step');
    } finally {
      await a.close();
    }
  });
});
