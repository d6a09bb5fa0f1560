// Every scenario of today's flow (examples/selftest-*.mmstep.yaml, examples/current-*.mmstep.yaml)
// runs to its expected outcome, and for the ones expected to be clean the incremental invariant
// check the simulation ran after every statement agrees with a full check of the final state.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { currentViolations } from '../../../src/mm/invariants';
import { Simulation } from '../../../src/sim/simulation';

const EXAMPLES = path.join(__dirname, '../../../../examples');
const files = fs
  .readdirSync(EXAMPLES)
  .filter((f) => /^(selftest|current)-.*\.mmstep\.yaml$/.test(f))
  .sort();

describe('examples of today\'s flow (selftest-*, current-*)', function () {
  this.timeout(60000);

  it('finds the scenarios', () => {
    assert.ok(files.length >= 20, `only ${files.length} scenarios`);
  });

  for (const f of files) {
    it(f, async () => {
      const sim = await Simulation.load(path.join(EXAMPLES, f), new NodeFileAccess());
      const r = sim.runToEnd();
      assert.ok(r.passed, `${r.outcome} ${JSON.stringify(r.fault ?? '')}\n${r.expectations.filter((e) => !e.ok).map((e) => `${e.what}: ${e.detail}`).join('\n')}`);
      if (r.outcome === 'completed') {
        assert.deepStrictEqual(currentViolations(sim.model), [], 'the full check of the final state');
      }
    });
  }
});
