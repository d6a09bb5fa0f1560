// Steps in slices (how the debug adapter keeps pause answerable during a long `next`): a step
// given a statement allowance returns `incomplete`, and resumeStep goes on. Sliced or not, every
// step must end at the same place in the same state — checked by state hash over whole runs of
// next / step in / step out, with threads (trylock-fails) and without (private-4pages).

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import type { StopInfo } from '../../../src/sim/types';

const ROOT = path.resolve(__dirname, '../../../..');

type Kind = 'stepOver' | 'stepIn' | 'stepOut';

function sliced(sim: Simulation, kind: Kind, tid: number, slice: number): { stop: StopInfo; slices: number } {
  let stop = sim[kind](tid, false, slice);
  let slices = 1;
  while (stop.incomplete) {
    stop = sim.resumeStep(slice);
    slices++;
    assert.ok(slices < 1_000_000, 'a sliced step never ends');
  }
  return { stop, slices };
}

describe('simulation: steps in slices end where whole steps end', function () {
  this.timeout(60000);
  for (const name of ['private-4pages', 'trylock-fails']) {
    it(`${name}: next, step in and step out, sliced in 1 and 5 statements`, async () => {
      const file = path.join(ROOT, 'examples', `${name}.mmstep.yaml`);
      const kinds: Kind[] = ['stepIn', 'stepOver', 'stepOver', 'stepIn', 'stepIn', 'stepOut', 'stepOver'];
      let sliceCount = 0;
      for (const slice of [1, 5]) {
        const whole = await Simulation.load(file, new NodeFileAccess());
        const parts = await Simulation.load(file, new NodeFileAccess());
        for (let i = 0; i < 60; i++) {
          const kind = kinds[i % kinds.length];
          const tid = whole.sched.focus;
          const a = whole[kind](tid);
          const b = sliced(parts, kind, tid, slice);
          sliceCount += b.slices;
          assert.deepStrictEqual({ ...b.stop }, { ...a }, `step ${i} (${kind}) stops differently`);
          assert.strictEqual(parts.hash(), whole.hash(), `step ${i} (${kind}) ends in another state`);
          if (a.reason === 'end' || a.ended) break;
        }
      }
      assert.ok(sliceCount > 60, 'the steps were really cut into slices');
    });
  }

  it('reverse continue in slices ends at the same breakpoint hit, in the same state', async () => {
    const file = path.join(ROOT, 'test/fixtures/scenarios/long-loop.mmstep.yaml');
    const spin = path.join(ROOT, 'test/fixtures/c/spin.c');
    const load = async (): Promise<Simulation> => {
      const sim = await Simulation.load(file, new NodeFileAccess(), {}, { timeTravel: true });
      sim.setBreakpoints(spin, [{ line: 7, condition: 'i % 100 == 0' }]);
      for (let i = 0; i < 4; i++) assert.strictEqual(sim.continue().reason, 'breakpoint');
      return sim;
    };
    const whole = await load();
    const parts = await load();
    for (let back = 0; back < 3; back++) {
      const a = whole.reverseContinue();
      let b = parts.reverseContinue(37);
      let slices = 1;
      while (b.incomplete) {
        b = parts.reverseContinue(37, true);
        slices++;
      }
      assert.ok(back === 2 || slices > 5, `only ${slices} slices`);
      assert.deepStrictEqual({ ...b }, { ...a });
      assert.strictEqual(parts.hash(), whole.hash());
      assert.strictEqual(parts.position(), whole.position());
    }
  });
});
