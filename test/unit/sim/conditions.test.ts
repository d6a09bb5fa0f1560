// Breakpoint conditions (C expressions in the stopping frame), hit counts and logpoints, and
// expressions evaluated while stopped (the debugger's watch, hover and console).

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'test/fixtures/scenarios/long-loop.mmstep.yaml');
const SPIN = path.join(ROOT, 'test/fixtures/c/spin.c');
const LOOP_LINE = 7; // sum += i & 7;

async function load(output?: string[]): Promise<Simulation> {
  return Simulation.load(SCENARIO, new NodeFileAccess(), { output: (_c, t) => void output?.push(t) });
}

function local(sim: Simulation, name: string): string {
  const frame = sim.stack(sim.sched.mainTid)[0];
  return sim.evaluate(frame.id, name).value;
}

describe('simulation: breakpoint conditions, hit counts, logpoints, evaluate', () => {
  it('stops only where the C condition holds', async () => {
    const sim = await load();
    const [bp] = sim.setBreakpoints(SPIN, [{ line: LOOP_LINE, condition: 'i == 1000 && (sum & 1) == 0' }]);
    assert.ok(bp.verified, bp.message);
    assert.strictEqual(sim.continue().reason, 'breakpoint');
    assert.strictEqual(local(sim, 'i'), '1000');
    assert.strictEqual(local(sim, 'sum * 2 + (i >> 3)'), String(3500 * 2 + 125));
  });

  it('a hit count stops at the N-th arrival', async () => {
    const sim = await load();
    sim.setBreakpoints(SPIN, [{ line: LOOP_LINE, hitCondition: '5' }]);
    assert.strictEqual(sim.continue().reason, 'breakpoint');
    assert.strictEqual(local(sim, 'i'), '4');
    sim.setBreakpoints(SPIN, [{ line: LOOP_LINE, hitCondition: '% 100' }]);
    assert.strictEqual(sim.continue().reason, 'breakpoint');
    assert.strictEqual(local(sim, 'i'), '104');
  });

  it('a logpoint prints its message with {expressions} and does not stop', async () => {
    const out: string[] = [];
    const sim = await load(out);
    sim.setBreakpoints(SPIN, [{ line: LOOP_LINE, condition: 'i < 3', logMessage: 'i={i} sum={sum} next={i + 1}' }]);
    assert.strictEqual(sim.continue().reason, 'end');
    assert.deepStrictEqual(out.filter((l) => l.startsWith('i=')), ['i=0 sum=0 next=1\n', 'i=1 sum=0 next=2\n', 'i=2 sum=1 next=3\n']);
    assert.ok(sim.result().passed);
  });

  it('a condition that does not compile is refused when set, with the reason', async () => {
    const sim = await load();
    const [bp] = sim.setBreakpoints(SPIN, [{ line: LOOP_LINE, condition: 'nosuch > 3' }]);
    assert.strictEqual(bp.verified, false);
    assert.match(bp.message ?? '', /condition: unknown identifier 'nosuch'/);
    const [hc] = sim.setBreakpoints(SPIN, [{ line: LOOP_LINE, hitCondition: 'often' }]);
    assert.strictEqual(hc.verified, false);
  });

  it('evaluate: a fault in the expression is an error, not a crash, and leaves the run intact', async () => {
    const sim = await load();
    sim.setBreakpoints(SPIN, [{ line: LOOP_LINE, condition: 'i == 10' }]);
    sim.continue();
    const frame = sim.stack(sim.sched.mainTid)[0];
    assert.throws(() => sim.evaluate(frame.id, 'sum / (i - 10)'), /div-zero/);
    sim.setBreakpoints(SPIN, []);
    assert.strictEqual(sim.continue().reason, 'end');
    assert.ok(sim.result().passed);
  });
});
