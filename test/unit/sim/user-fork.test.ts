// fork in a scenario's user program (entry.user_process, issue 12 item 1) under the debugger's
// scheduler: the child thread joins the run, runs while the parent sleeps in waitpid, exits 3
// with its mm torn down (the end-of-run leak check passes); time travel over the fork — back
// to before it, forward again, and a step back over the fork statement — gives the same states.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';

const SCENARIO = path.resolve(__dirname, '../../../../test/fixtures/scenarios/user/user-fork.mmstep.yaml');

/** The line thread 1 rests on. */
function line(sim: Simulation): number {
  return sim.stack(1)[0].line;
}

/** Step thread 1 by statements until it rests on `want` (the fork is on line 26). */
function stepTo(sim: Simulation, want: number): void {
  for (let guard = 0; line(sim) !== want; guard++) {
    assert.ok(guard < 200, `never reached line ${want}`);
    sim.stepIn(1, false, undefined, 'statement');
  }
}

describe('scenario entry.user_process: fork, exit and waitpid under the scheduler', function () {
  this.timeout(60000);

  it('the child runs while the parent waits, exits 3; the parent returns 31; no leak at the end', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {});
    sim.continue();
    const r = sim.result();
    assert.strictEqual(r.outcome, 'completed', JSON.stringify(r));
    assert.strictEqual(String(r.returned), '31');
    assert.strictEqual(r.violation, undefined);
    assert.deepStrictEqual(sim.threads().map((t) => [t.id, t.status]), [[1, 'done'], [2, 'done']]);
  });

  it('going back before the fork and forward again gives the same states; a step back over fork() drops the child', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {}, { timeTravel: true });
    stepTo(sim, 26);
    const beforePos = sim.position();
    const before = sim.hash();
    assert.strictEqual(sim.threads().length, 1);
    sim.stepIn(1, false, undefined, 'statement');
    assert.strictEqual(line(sim), 27);
    const afterPos = sim.position();
    const after = sim.hash();
    assert.deepStrictEqual(sim.threads().map((t) => t.id), [1, 2], 'the child thread joined');
    sim.continue();
    assert.strictEqual(String(sim.result().returned), '31');

    sim.gotoPosition(afterPos);
    assert.strictEqual(sim.hash(), after, 'back to just after the fork');
    assert.deepStrictEqual(sim.threads().map((t) => t.id), [1, 2]);
    sim.gotoPosition(beforePos);
    assert.strictEqual(sim.hash(), before, 'back to before the fork');
    assert.deepStrictEqual(sim.threads().map((t) => t.id), [1]);
    sim.stepIn(1, false, undefined, 'statement');
    assert.strictEqual(sim.hash(), after, 'the fork again: the same state');
    sim.stepBack(1, 'statement');
    assert.strictEqual(line(sim), 26);
    assert.strictEqual(sim.hash(), before, 'a step back over fork()');
    assert.deepStrictEqual(sim.threads().map((t) => t.id), [1]);
    sim.continue();
    const r = sim.result();
    assert.strictEqual(String(r.returned), '31', JSON.stringify(r));
    assert.strictEqual(r.violation, undefined);
  });
});
