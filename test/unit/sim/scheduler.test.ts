// Run control across threads: a function breakpoint on a native, single-thread stepping that
// leaves the other threads frozen (so the stepped thread stays asleep), and all-thread stepping
// that lets the lock holder's partner run until the sleeper can go on.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';

const SCENARIO = path.resolve(__dirname, '../../../../examples/trylock-fails.mmstep.yaml');

describe('simulation: threads and stepping', () => {
  it('single-thread stepping leaves main asleep in lock_page; all-thread stepping lets it on', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess());
    const bp = sim.setFunctionBreakpoints(['lock_page']);
    assert.ok(bp[0].verified);
    const stop = sim.continue();
    assert.strictEqual(stop.reason, 'function breakpoint');
    const main = sim.sched.mainTid;
    // Inside lock_page (a frame of its own), called from the isolating function.
    assert.deepStrictEqual(sim.stack(main).slice(0, 2).map((f) => [f.name, f.native === true]).map(String), ['lock_page,true', 'hmm_migrate_lock_and_isolate,false']);

    const frozen = sim.stepOver(main, true);
    assert.strictEqual(frozen.reason, 'step');
    assert.match(frozen.description ?? '', /blocked in lock_page/);
    const info = sim.threads().find((t) => t.id === main)!;
    assert.strictEqual(info.status, 'blocked');
    assert.ok(sim.stack(main)[0].name.startsWith('[sleeping'), 'the stack shows where it sleeps');
    // Still asleep: nothing else ran.
    assert.strictEqual(sim.stepOver(main, true).reason, 'step');
    assert.strictEqual(sim.threads().find((t) => t.id === main)!.status, 'blocked');

    const woke = sim.stepOver(main);
    assert.strictEqual(woke.reason, 'step');
    assert.strictEqual(sim.threads().find((t) => t.id === main)!.status, 'ready');
    const page = sim.stateView().pages.find((p) => p.pfn === 0x101)!;
    assert.strictEqual(page.lockHolder, 'main');
  });

  it('continue runs every thread to the end with the expected verdict', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess());
    assert.strictEqual(sim.continue().reason, 'end');
    assert.ok(sim.result().passed);
    assert.deepStrictEqual(sim.threads().map((t) => t.status), ['done', 'done', 'done']);
  });
});
