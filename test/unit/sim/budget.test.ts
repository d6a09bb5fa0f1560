// A runaway loop (the seed's `addr += PAGE_SHIFT` with an exact end test) stops with a
// step-budget fault at the loop instead of hanging the debugger or the CLI.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';

const SCENARIO = path.resolve(__dirname, '../../../../test/fixtures/scenarios/runaway.mmstep.yaml');

describe('simulation: step budget', () => {
  it('stops a runaway loop with a step-budget exception at the loop line', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {}, { stepBudget: 50000 });
    const stop = sim.continue();
    assert.strictEqual(stop.reason, 'exception');
    assert.strictEqual(stop.exceptionId, 'step-budget');
    assert.match(stop.description ?? '', /runaway\.c:1[01]/);
    const r = sim.result();
    assert.strictEqual(r.outcome, 'budget');
    assert.ok(r.steps >= 50000 && r.steps < 50010, `steps ${r.steps}`);
  });
});
