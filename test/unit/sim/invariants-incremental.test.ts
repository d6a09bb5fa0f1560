// The invariant check after each statement looks only at what the statement touched (the dirty
// set in mm/dirty.ts). This test runs every example scenario twice, once checking everything
// after every statement and once incrementally, continuing past each violation to the end, and
// compares the findings: the same violations, with the same culprits, found at the same
// statement. A dirty mark that a write path forgets shows up here as a missed or late finding.
//
// A full check after every statement costs the size of the model per statement: the few big
// selftest scenarios (hundreds of thousands of statements over a thousand pages and more) would
// take hours. Those run incrementally with a full check every few statements instead (spaced
// so that the full checks cost about FULL_BUDGET), which must find nothing the incremental
// check has not already reported by then.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { clearDirty } from '../../../src/mm/dirty';
import { currentViolations } from '../../../src/mm/invariants';

const EXAMPLES = path.join(__dirname, '../../../../examples');
const files = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.mmstep.yaml'))
  .sort();

interface Finding {
  steps: number;
  invariant: string;
  message: string;
  culprits?: string[];
  at?: { file: string; line: number; column: number };
}

/** Every violation of the run, with the statement count at which it was found. */
async function findings(file: string, full: boolean, tamper?: (sim: Simulation) => void): Promise<{ found: Finding[]; outcome: string; steps: number }> {
  const sim = await Simulation.load(file, new NodeFileAccess());
  sim.sched.fullChecks = full;
  tamper?.(sim);
  const found: Finding[] = [];
  const take = (): void => {
    for (const v of sim.sched.violations.slice(found.length)) {
      found.push({ steps: sim.machine.state.steps, invariant: v.invariant, message: v.message, ...(v.culprits ? { culprits: v.culprits } : {}), ...(v.at ? { at: v.at } : {}) });
    }
  };
  take();
  for (let guard = 0; guard < 10000 && !sim.sched.ended; guard++) {
    sim.continue();
    take();
  }
  return { found, outcome: sim.sched.outcome, steps: sim.machine.state.steps };
}

/** Statements x (pages + written virtual pages) above which full checks are sampled. */
const FULL_BUDGET = 20_000_000;

/** Incremental run with a full check every `stride` statements: what it finds must be reported already. */
async function sampled(file: string, stride: number): Promise<{ samples: number; unreported: string[] }> {
  const sim = await Simulation.load(file, new NodeFileAccess());
  let samples = 0;
  const unreported: string[] = [];
  sim.sched.afterStep = () => {
    if (sim.machine.state.steps % stride !== 0) return undefined;
    samples++;
    const reported = new Set(sim.sched.violations.map((v) => `${v.invariant}\0${v.message}`));
    for (const v of currentViolations(sim.model)) {
      const key = `${v.invariant}\0${v.message}`;
      if (!reported.has(key)) unreported.push(`after ${sim.machine.state.steps} statements: ${v.invariant}: ${v.message}`);
    }
    return undefined;
  };
  for (let guard = 0; guard < 10000 && !sim.sched.ended; guard++) sim.continue();
  return { samples, unreported };
}

/** The cost of a full check after every statement of the scenario, from an incremental run. */
async function fullCost(file: string): Promise<number> {
  const sim = await Simulation.load(file, new NodeFileAccess());
  for (let guard = 0; guard < 10000 && !sim.sched.ended; guard++) sim.continue();
  return sim.machine.state.steps * (Object.keys(sim.model.pages).length + Object.keys(sim.model.written).length);
}

describe('incremental invariant checks find what full checks find', function () {
  this.timeout(600000);

  it('finds the examples, some with violations', async () => {
    assert.ok(files.length >= 40, `only ${files.length} scenarios`);
  });

  let withViolations = 0;
  for (const f of files) {
    it(f, async () => {
      const file = path.join(EXAMPLES, f);
      const cost = await fullCost(file);
      if (cost > FULL_BUDGET) {
        const r = await sampled(file, 97 * Math.ceil(cost / FULL_BUDGET));
        assert.ok(r.samples > 0, 'no full check was sampled');
        assert.deepStrictEqual(r.unreported, []);
        return;
      }
      const full = await findings(file, true);
      const incr = await findings(file, false);
      if (full.found.length) withViolations++;
      assert.deepStrictEqual(incr, full);
    });
  }

  it('the examples exercise the comparison (several report violations)', () => {
    assert.ok(withViolations >= 5, `only ${withViolations} examples report a violation`);
  });

  it('a forgotten dirty mark is caught by the sampled full checks', async () => {
    // v13-restore-clears-present-posted's mapcount and lost-write violations, hidden from the
    // incremental check (every dirty mark dropped after each statement), are found by full checks.
    const file = path.join(EXAMPLES, 'v13-restore-clears-present-posted.mmstep.yaml');
    const sim = await Simulation.load(file, new NodeFileAccess());
    const step = sim.machine.step.bind(sim.machine);
    sim.machine.step = (tid) => {
      const o = step(tid);
      clearDirty(sim.model);
      return o;
    };
    let unreported = 0;
    sim.sched.afterStep = () => {
      const reported = new Set(sim.sched.violations.map((v) => `${v.invariant}\0${v.message}`));
      for (const v of currentViolations(sim.model)) if (!reported.has(`${v.invariant}\0${v.message}`)) unreported++;
      return undefined;
    };
    for (let guard = 0; guard < 10000 && !sim.sched.ended; guard++) sim.continue();
    assert.ok(unreported > 0);
  });

  it('a forgotten dirty mark is caught by the comparison', async () => {
    // v13-restore-clears-present-posted reports mapcount and lost-write violations; dropping every
    // dirty mark after each statement hides them from the incremental check, and the comparison
    // must see that.
    const file = path.join(EXAMPLES, 'v13-restore-clears-present-posted.mmstep.yaml');
    const full = await findings(file, true);
    assert.ok(full.found.length > 0, 'the scenario reports violations');
    const blind = await findings(file, false, (sim) => {
      const step = sim.machine.step.bind(sim.machine);
      sim.machine.step = (tid) => {
        const o = step(tid);
        clearDirty(sim.model);
        return o;
      };
    });
    assert.notDeepStrictEqual(blind.found, full.found);
  });
});
