// pthread_create in a scenario's user program (entry.user_process, issue 12 item 1) under the
// debugger's scheduler: the new thread joins the run, runs while the first one sleeps in
// pthread_join, writes the first thread's page (same process, same mm) and its return value
// is what the join stores; time travel over the creation — back to before it, forward again,
// and a step back over the pthread_create statement — gives the same states.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';

const SCENARIO = path.resolve(__dirname, '../../../../test/fixtures/scenarios/user/user-pthread.mmstep.yaml');
/** The line of the pthread_create call in user_pthread.c. */
const CREATE = 30;

function line(sim: Simulation): number {
  return sim.stack(1)[0].line;
}

function stepTo(sim: Simulation, want: number): void {
  for (let guard = 0; line(sim) !== want; guard++) {
    assert.ok(guard < 200, `never reached line ${want}`);
    sim.stepIn(1, false, undefined, 'statement');
  }
}

describe('scenario entry.user_process: pthread_create and pthread_join under the scheduler', function () {
  this.timeout(60000);

  it('the thread runs while the first one joins; its write and its return value reach the first thread (61)', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {});
    sim.continue();
    const r = sim.result();
    assert.strictEqual(r.outcome, 'completed', JSON.stringify(r));
    assert.strictEqual(String(r.returned), '61');
    assert.strictEqual(r.violation, undefined);
    assert.deepStrictEqual(sim.threads().map((t) => [t.id, t.status]), [[1, 'done'], [2, 'done']]);
  });

  it('going back before pthread_create and forward again gives the same states; a step back over it drops the thread', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {}, { timeTravel: true });
    stepTo(sim, CREATE);
    const beforePos = sim.position();
    const before = sim.hash();
    assert.strictEqual(sim.threads().length, 1);
    sim.stepIn(1, false, undefined, 'statement');
    assert.strictEqual(line(sim), CREATE + 2);
    const afterPos = sim.position();
    const after = sim.hash();
    assert.deepStrictEqual(sim.threads().map((t) => t.id), [1, 2], 'the new thread joined the run');
    sim.continue();
    assert.strictEqual(String(sim.result().returned), '61');

    sim.gotoPosition(afterPos);
    assert.strictEqual(sim.hash(), after, 'back to just after pthread_create');
    assert.deepStrictEqual(sim.threads().map((t) => t.id), [1, 2]);
    sim.gotoPosition(beforePos);
    assert.strictEqual(sim.hash(), before, 'back to before pthread_create');
    assert.deepStrictEqual(sim.threads().map((t) => t.id), [1]);
    sim.stepIn(1, false, undefined, 'statement');
    assert.strictEqual(sim.hash(), after, 'pthread_create again: the same state');
    sim.stepBack(1, 'statement');
    assert.strictEqual(line(sim), CREATE);
    assert.strictEqual(sim.hash(), before, 'a step back over pthread_create');
    assert.deepStrictEqual(sim.threads().map((t) => t.id), [1]);
    sim.continue();
    const r = sim.result();
    assert.strictEqual(String(r.returned), '61', JSON.stringify(r));
    assert.strictEqual(r.violation, undefined);
  });
});
