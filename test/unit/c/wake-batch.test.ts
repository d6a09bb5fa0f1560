// A batch of statements (Machine.runFor) ends at the statement boundary after a wake, on both
// engines: runOthers (src/sim/user-tasks.ts) runs a forked child or a second thread in batches
// while the test sleeps, and the scheduler must see the woken thread exactly where a
// step-by-step run would — else the child ran on for up to 4,096 statements first and the
// threads interleaved differently. Two threads: `waker` wakes `sleeper` mid-loop and goes on;
// the batch returns right after the waking statement, the sleeper is ready, and the statements
// run so far are those of the step-by-step run up to the same point.

import * as assert from 'assert';
import { loadProgram, printfNatives } from '../../../src/c';
import { Machine, setDefaultEngine, type Engine } from '../../../src/c/machine';
import { blocked, type NativeTable } from '../../../src/c/native';
import type { Program } from '../../../src/c/ir';
import { createModel } from '../../../src/mm/build';
import { createModelMemory } from '../../../src/mm/memory';

const SRC = `
void sleep_on_key(void);
void wake_key(void);
int woken, after;

void sleeper(void)
{
	sleep_on_key();
	woken = 1;
}

void waker(void)
{
	int i;

	for (i = 0; i < 10; i++)
		after += i;
	wake_key();
	for (i = 0; i < 100; i++)
		after += i;
}
`;

async function program(): Promise<Program> {
  const r = await loadProgram(['/w.c'], {
    reader: { read: async () => SRC },
    includeDirs: [],
    nativeNames: new Set(['sleep_on_key', 'wake_key']),
  });
  assert.ok(r.program, r.diagnostics.map((d) => d.message).join('\n'));
  return r.program;
}

function machine(p: Program, engine: Engine): Machine {
  setDefaultEngine(engine);
  try {
    let slept = false;
    const natives: NativeTable = {
      sleep_on_key() {
        if (slept) return undefined;
        slept = true;
        return blocked('key', 'test sleep');
      },
      wake_key(ctx) {
        ctx.wake('key');
      },
    };
    const model = createModel({ processes: [{ pid: 1, name: 'w', vmas: [{ start: 0x10000, end: 0x20000 }] }] });
    const m: Machine = new Machine(p, { ...natives, ...printfNatives(() => m.state.mem) }, createModelMemory(model), { warn: () => undefined, print: () => undefined });
    return m;
  } finally {
    setDefaultEngine(undefined);
  }
}

/** Sleeper asleep, then the waker run until the sleeper is ready: by runFor, or step by step. */
function runUntilWoken(m: Machine, batched: boolean): { steps: number; kind: string } {
  const s = m.spawn('sleeper', 'sleeper', [], 0);
  const w = m.spawn('waker', 'waker', [], 0);
  assert.strictEqual(m.step(s).kind, 'blocked');
  for (let guard = 0; guard < 1000; guard++) {
    const o = batched ? m.runFor(w, 4096) : m.step(w);
    if (m.thread(s)!.status === 'ready') return { steps: m.state.steps, kind: o.kind };
    assert.strictEqual(o.kind, 'stmt', 'the waker runs on');
  }
  throw new Error('the sleeper was never woken');
}

describe('a wake ends a runFor batch at the next statement boundary', () => {
  for (const engine of ['codegen', 'switch'] as Engine[]) {
    it(`${engine}: the batch stops right after the waking statement, where the step-by-step run sees the woken thread`, async () => {
      const p = await program();
      const stepwise = runUntilWoken(machine(p, engine), false);
      const batched = runUntilWoken(machine(p, engine), true);
      assert.strictEqual(batched.kind, 'stmt');
      assert.strictEqual(batched.steps, stepwise.steps);
      // The waker's second loop has not started: far fewer statements than its whole run.
      assert.ok(batched.steps < 60, `${batched.steps} statements`);
    });
  }
});
