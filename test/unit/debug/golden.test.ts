// Golden DAP transcripts: three whole sessions (launch → breakpoints → steps → step back →
// reverse continue → continue → end) recorded message by message and compared with the files
// in test/unit/debug/golden/. What varies between machines and runs is normalised: sequence
// numbers, the checkout's absolute path, and the state panel's payload (reduced to its step,
// stage, violations and the number of changed keys). MMSTEP_UPDATE_GOLDEN=1 writes the files
// anew instead of comparing (then review the diff like any other change).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { StateView } from '../../../src/protocol/state';
import { example, ROOT, Stepper } from './dap-stepper';

const GOLDEN = path.join(ROOT, 'test/unit/debug/golden');
const UPDATE = process.env.MMSTEP_UPDATE_GOLDEN === '1';

function lineOf(file: string, text: string): number {
  const k = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n').findIndex((l) => l.includes(text));
  assert.ok(k >= 0, `${text} not in ${file}`);
  return k + 1;
}

function stateSummary(s: StateView): unknown {
  return {
    step: s.step,
    stage: s.stage,
    violations: s.violations.map((v) => ({ invariant: v.invariant, culprits: v.culprits, at: v.at })),
    changed: s.changed.length,
  };
}

/** The transcript as stored: no seq numbers, paths under the checkout as <root>. */
export function normalise(log: DebugProtocol.ProtocolMessage[]): unknown[] {
  const rootRe = new RegExp(ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
  return log.map((m) => {
    const x = JSON.parse(JSON.stringify(m).replace(rootRe, '<root>')) as Record<string, unknown>;
    delete x.seq;
    delete x.request_seq;
    // Capabilities other work adds to would change every transcript: keep the stepping ones.
    if (x.type === 'response' && x.command === 'initialize' && x.body) {
      const b = x.body as Record<string, unknown>;
      x.body = Object.fromEntries(STEPPING_CAPABILITIES.filter((k) => k in b).map((k) => [k, b[k]]));
    }
    if (x.type === 'event' && x.event === 'mmstepState') x.body = { state: stateSummary((x.body as { state: StateView }).state) };
    return JSON.parse(JSON.stringify(x)) as unknown;
  });
}

const STEPPING_CAPABILITIES = ['supportsConfigurationDoneRequest', 'supportsStepBack', 'supportsSteppingGranularity', 'supportsSingleThreadExecutionRequests', 'supportsExceptionInfoRequest'];

type Session = (s: Stepper) => Promise<void>;

const SESSIONS: Record<string, Session> = {
  // The seed's bug as posted: stop on the violation's culprit, F10 ×2, step back, reverse
  // continue back to the violation, step back before it, continue into it again, continue to
  // the end (verdict at the violation).
  'v13-posted-violation': async (s) => {
    await s.launch(example('v13-restore-two-pmds-posted'), false);
    await s.stack();
    await s.request('exceptionInfo', { threadId: 1 });
    await s.run('next');
    await s.stack();
    await s.run('next');
    await s.stack();
    await s.run('stepBack');
    await s.stack();
    await s.run('next');
    await s.run('reverseContinue');
    await s.stack();
    await s.run('stepBack');
    await s.stack();
    await s.run('continue');
    await s.stack();
    const ended = s.c.nextEvent('terminated');
    await s.request('continue', { threadId: 1 });
    await ended;
  },
  // Line stepping from entry with a breakpoint on the collect call: next ×6, step in, step out,
  // step back, continue to the breakpoint, continue to the end.
  'private-4pages-lines': async (s) => {
    const test = path.join(ROOT, 'kernel/test/hmm_test_v13.c');
    const bpLine = lineOf('kernel/test/hmm_test_v13.c', 'hmm_migrate_collect(&migrate);');
    await s.launch(example('private-4pages'), true, async () => {
      await s.request('setBreakpoints', { source: { path: test }, breakpoints: [{ line: bpLine }] });
    });
    await s.stack();
    for (let i = 0; i < 6; i++) {
      await s.run('next');
      await s.stack();
    }
    await s.run('stepIn');
    await s.stack();
    await s.run('stepOut');
    await s.stack();
    await s.run('stepBack');
    await s.stack();
    await s.run('continue');
    await s.stack();
    const ended = s.c.nextEvent('terminated');
    await s.request('continue', { threadId: 1 });
    await ended;
  },
  // Statement granularity on request: each for clause is a stop, and step back by statement.
  'private-4pages-statements': async (s) => {
    await s.launch(example('private-4pages'), true);
    for (let i = 0; i < 8; i++) {
      await s.run('next', { granularity: 'statement' });
      await s.stack();
    }
    await s.run('stepBack', { granularity: 'statement' });
    await s.stack();
    await s.run('stepBack');
    await s.stack();
    const ended = s.c.nextEvent('terminated');
    await s.request('continue', { threadId: 1 });
    await ended;
  },
};

describe('debug adapter: golden DAP transcripts of three whole sessions', function () {
  this.timeout(60000);
  for (const [name, session] of Object.entries(SESSIONS)) {
    it(name, async () => {
      const s = new Stepper();
      try {
        await session(s);
      } finally {
        s.dispose();
      }
      const got = normalise(s.log);
      const file = path.join(GOLDEN, `${name}.json`);
      const text = JSON.stringify(got, null, 1) + '\n';
      if (UPDATE) {
        fs.mkdirSync(GOLDEN, { recursive: true });
        fs.writeFileSync(file, text);
        return;
      }
      assert.ok(fs.existsSync(file), `${file} is missing: run with MMSTEP_UPDATE_GOLDEN=1 to record it`);
      const want = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
      // message by message, so a difference names the first message that differs
      for (let i = 0; i < Math.max(want.length, got.length); i++) {
        assert.deepStrictEqual(got[i], want[i], `${name}: message ${i} differs (MMSTEP_UPDATE_GOLDEN=1 records the new transcript)`);
      }
    });
  }
});
