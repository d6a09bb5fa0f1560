// User loads and stores from generated code (issue 11): generated functions do a user LOAD,
// STORE, MLOAD, MSTORE or MADDR in place when the page is mapped and leave to the switch
// interpreter for the fault. This runs one user program — every width, a struct straddling two
// pages, faults in the middle of loops — on both engines and asserts they agree: the value
// (the one gcc -O0 gives for the same C), the state hash after every step, the final state.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { setDefaultEngine, setGeneratedSizeLimit, type Engine } from '../../../src/c/machine';
import { Simulation } from '../../../src/sim/simulation';

const SCENARIO = path.resolve(__dirname, '../../../../test/fixtures/scenarios/user/user-stride.mmstep.yaml');
/** What the same C file returns built with gcc -O0 and run on Linux x86-64. */
const GCC_RESULT = '-77953377014';

async function load(engine: Engine): Promise<Simulation> {
  setDefaultEngine(engine);
  setGeneratedSizeLimit(Infinity);
  try {
    return await Simulation.load(SCENARIO, new NodeFileAccess(), {});
  } finally {
    setDefaultEngine(undefined);
    setGeneratedSizeLimit(undefined);
  }
}

describe('user memory access from generated code agrees with the interpreter', function () {
  this.timeout(60000);

  for (const engine of ['switch', 'codegen'] as const) {
    it(`${engine}: runs to the value gcc gives, three pages present`, async () => {
      const sim = await load(engine);
      sim.continue();
      const r = sim.result();
      assert.strictEqual(r.outcome, 'completed', JSON.stringify(r));
      assert.strictEqual(String(r.returned), GCC_RESULT);
      const ptes = sim.stateView().processes[0].ptes.filter((p) => p.kind === 'present');
      assert.strictEqual(ptes.length, 3);
    });
  }

  it('step by step: the same line and the same state hash after every step', async () => {
    const a = await load('switch');
    const b = await load('codegen');
    let steps = 0;
    while (!a.sched.ended) {
      a.stepIn(a.sched.mainTid);
      b.stepIn(b.sched.mainTid);
      steps++;
      assert.strictEqual(b.sched.ended, a.sched.ended, `step ${steps}: ended`);
      if (a.sched.ended) break;
      assert.deepStrictEqual(b.stack(b.sched.mainTid)[0]?.line, a.stack(a.sched.mainTid)[0]?.line, `step ${steps}: line`);
      assert.strictEqual(b.hash(), a.hash(), `step ${steps}: state`);
    }
    assert.ok(steps > 40, `only ${steps} steps`);
    assert.strictEqual(String(b.result().returned), GCC_RESULT);
  });

  it('a whole run: same statement count and the same final state', async () => {
    const a = await load('switch');
    const b = await load('codegen');
    a.continue();
    b.continue();
    assert.strictEqual(b.result().steps, a.result().steps);
    assert.strictEqual(b.hash(), a.hash());
    assert.deepStrictEqual(b.stateView(), a.stateView());
  });
});
