// Snapshot → restore → the same continuation, and a canonical state hash: the property that
// replay, stepping back and exploration depend on. Checked on a real scenario (kernel C on the
// model, two threads) and as a fast-check property over where the snapshot is taken.

import * as assert from 'assert';
import * as path from 'path';
import fc from 'fast-check';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';

const ROOT = path.resolve(__dirname, '../../../..');
const files = new NodeFileAccess();

/** Run to the end, recording (thread, file:line, state hash) after every statement. */
function trace(sim: Simulation): string[] {
  const out: string[] = [];
  for (let i = 0; i < 100000; i++) {
    const stop = sim.stepIn(sim.sched.mainTid);
    const f = sim.stack(sim.sched.mainTid)[0];
    out.push(`${f ? `${path.basename(f.file)}:${f.line}` : 'end'} ${sim.hash()}`);
    if (stop.reason === 'end' || stop.reason === 'exception' || sim.sched.ended) break;
  }
  return out;
}

describe('simulation: snapshots and state hashes', () => {
  for (const name of ['private-4pages', 'trylock-fails']) {
    it(`${name}: restoring a snapshot replays the identical continuation`, async () => {
      const sim = await Simulation.load(path.join(ROOT, 'examples', `${name}.mmstep.yaml`), files);
      for (let i = 0; i < 40; i++) sim.stepIn(sim.sched.mainTid);
      const snap = sim.snapshot();
      const h0 = sim.hash();
      const first = trace(sim);
      const end1 = sim.result();
      sim.restore(snap);
      assert.strictEqual(sim.hash(), h0);
      const second = trace(sim);
      assert.deepStrictEqual(second, first);
      assert.deepStrictEqual(sim.result(), end1);
    });
  }

  it('two loads of the same scenario have the same hash at every step, and different states differ', async () => {
    const p = path.join(ROOT, 'examples', 'private-4pages.mmstep.yaml');
    const a = await Simulation.load(p, files);
    const b = await Simulation.load(p, files);
    assert.strictEqual(a.hash(), b.hash());
    const ta = trace(a);
    const tb = trace(b);
    assert.deepStrictEqual(ta, tb);
    assert.ok(new Set(ta.map((l) => l.split(' ')[1])).size > 10, 'the hash changes as the state changes');
  });

  it('property: a snapshot taken after any number of steps continues identically', async () => {
    const p = path.join(ROOT, 'examples', 'trylock-fails.mmstep.yaml');
    const reference = trace(await Simulation.load(p, files));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: reference.length - 1 }), async (k) => {
        const sim = await Simulation.load(p, files);
        for (let i = 0; i < k; i++) sim.stepIn(sim.sched.mainTid);
        const snap = sim.snapshot();
        for (let i = 0; i < 7; i++) sim.stepIn(sim.sched.mainTid); // wander off
        sim.restore(snap);
        const rest = trace(sim);
        assert.deepStrictEqual(rest, reference.slice(k));
      }),
      { numRuns: 15 },
    );
  });
});
