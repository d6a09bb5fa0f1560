// Launches that cannot start: a malformed scenario, a C syntax error in a source, missing
// arguments, a missing file. Each fails the launch request with a clear message (file:line:col
// for every diagnostic), reports it on stderr, and ends the session cleanly.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Adapter, nextEvent, startAdapter } from './harness';

const root = path.resolve(__dirname, '../../../..');

function tempScenario(files: Record<string, string>): { dir: string; scenario: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-dap-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return { dir, scenario: path.join(dir, 'broken.mmstep.yaml') };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('debug adapter: launch failures', function () {
  this.timeout(30000);
  let a: Adapter;
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => {
    await a.close();
  });

  it('fails the launch of a malformed scenario with file:line:col, and ends cleanly', async () => {
    const { dir, scenario } = tempScenario({
      'broken.mmstep.yaml': [
        'name: broken',
        'sources:',
        `  - ${path.join(root, 'kernel/mm/pagewalk.c')}`,
        'entry:',
        '  function: hmm_test_collect_isolate',
        'memory:',
        '  processes:',
        '    - pid: one',
        '      bogus_key: 1',
        '',
      ].join('\n'),
    });
    try {
      const stderr = nextEvent<DebugProtocol.OutputEvent>(a.dc, 'output', (e) => e.body.category === 'stderr');
      const terminated = a.dc.waitForEvent('terminated');
      const err = await a.dc.launch({ scenario }).then(
        () => assert.fail('launch should fail'),
        (e: Error) => e,
      );
      const loc = new RegExp(`${escapeRe(scenario)}:\\d+:\\d+: error: `);
      assert.match(err.message, loc);
      assert.match((await stderr).body.output, loc);
      await terminated;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the launch on a C syntax error with file:line:col of the C file', async () => {
    const { dir, scenario } = tempScenario({
      'bad.c': 'int broken(int x)\n{\n\treturn x +;\n}\n',
      'broken.mmstep.yaml': [
        'name: bad C',
        'sources: [bad.c]',
        'entry:',
        '  function: broken',
        '  args: [1]',
        'memory:',
        '  processes:',
        '    - pid: 1',
        '      name: p',
        '      vmas:',
        '        - { start: 0x7f0000000000, end: 0x7f0000001000, flags: [VM_READ] }',
        '',
      ].join('\n'),
    });
    try {
      const err = await a.dc.launch({ scenario }).then(
        () => assert.fail('launch should fail'),
        (e: Error) => e,
      );
      assert.match(err.message, new RegExp(`${escapeRe(path.join(dir, 'bad.c'))}:3:\\d+: error: `));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails a launch without a scenario with a clear message', async () => {
    await assert.rejects(a.dc.launch({ stopOnEntry: true }), /launch configuration needs "scenario"/);
  });

  it('fails a launch of a missing file without crashing', async () => {
    const missing = path.join(os.tmpdir(), 'mmstep-no-such-dir', 'x.mmstep.yaml');
    await assert.rejects(a.dc.launch({ scenario: missing }), (e: Error) => e.message.includes(missing));
  });
});
