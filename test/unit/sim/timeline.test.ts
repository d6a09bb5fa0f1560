// The timeline's look at the recorded run (src/sim/timeline.ts, History.walk), checked against
// an oracle: a second simulation of the same scenario runs the same schedule one statement at a
// time and notes, for every PTE and page of the view, the last statement that changed it and
// where that statement was. lastWrite must name the same step and place for every key, from
// several positions (also after going back); stateAt must equal the state the oracle had at that
// step; neither may move the simulation (position, state hash, cached view unchanged).

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { keyValue, lastWrite, stateAt } from '../../../src/sim/timeline';

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'examples/current-private-4pages.mmstep.yaml');
/** Statements run (or the whole run, when it is shorter). */
const DEPTH = 2500;

interface Oracle {
  /** key → per step (index = statements executed) its value. */
  values: Map<string, string[]>;
  /** Where the statement at index i was (before it ran). */
  where: ({ file: string; line: number } | undefined)[];
  states: Map<number, string>;
}

async function oracle(trace: number[], keys: string[], keepStates: number[]): Promise<Oracle> {
  const sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {});
  const values = new Map<string, string[]>(keys.map((k) => [k, [keyValue(sim, k)]]));
  const where: Oracle['where'] = [];
  const states = new Map<number, string>();
  const snap = (pos: number) => {
    if (keepStates.includes(pos)) {
      const v = sim.stateView();
      states.set(pos, JSON.stringify({ processes: v.processes, pages: v.pages, tlbs: v.tlbs }));
    }
  };
  snap(0);
  for (let i = 0; i < trace.length; i++) {
    const t = sim.machine.state.threads[trace[i] - 1];
    const loc = t.frames.length ? sim.machine.currentLoc(t) : undefined;
    where.push(loc ? { file: loc.file, line: loc.line } : undefined);
    sim.sched.runOne(trace[i]);
    for (const k of keys) values.get(k)!.push(keyValue(sim, k));
    // A fresh inspector each time (the view is cached per stop).
    (sim as unknown as { inspector: { invalidate(): void } }).inspector.invalidate();
    snap(i + 1);
  }
  return { values, where, states };
}

function expected(o: Oracle, key: string, at: number): { step: number; line?: number } {
  const v = o.values.get(key)!;
  for (let s = at; s > 0; s--) if (v[s] !== v[s - 1]) return { step: s, line: o.where[s - 1]?.line };
  return { step: 0 };
}

describe('timeline: last write and state at a step, against a statement-by-statement oracle', function () {
  this.timeout(120000);
  let sim: Simulation;
  let keys: string[];
  let o: Oracle;
  let keep: number[] = [];
  let end = 0;

  before(async () => {
    sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {}, { timeTravel: true });
    while (sim.position() < DEPTH && !sim.sched.ended) sim.stepIn(sim.sched.mainTid);
    end = sim.position();
    assert.ok(end > 500, `${end} statements`);
    keep = [0, 1, Math.floor(end * 0.3), Math.floor(end * 0.6), end - 1];
    const view = sim.stateView();
    keys = [...view.processes.flatMap((p) => p.ptes.map((e) => e.key)), ...view.pages.map((p) => p.key)];
    assert.ok(keys.length >= 8, keys.join(' '));
    o = await oracle(sim.history!.schedule(), keys, keep);
  });

  it('names the step and statement of every key\'s last change, from the end and from earlier positions', () => {
    let changed = 0;
    for (const at of [end, keep[3], keep[2]]) {
      if (at !== end) sim.gotoPosition(at);
      for (const k of keys) {
        const w = lastWrite(sim, k);
        const e = expected(o, k, at);
        assert.strictEqual(w.step, e.step, `${k} from ${at}`);
        if (e.step > 0) {
          changed++;
          assert.ok('at' in w && w.at, `${k}: a place`);
          assert.strictEqual((w as { at: { line: number } }).at.line, e.line, `${k} from ${at}: line`);
        } else assert.strictEqual((w as { initial?: boolean }).initial, true);
        assert.strictEqual(sim.position(), at, 'not moved');
      }
    }
    assert.ok(changed > 4, `${changed} keys were written at all`);
    sim.gotoPosition(end);
  });

  it('answers the state at a step exactly, without moving', () => {
    assert.strictEqual(sim.position(), end);
    const hash = sim.hash();
    const view = sim.stateView();
    for (const at of keep) {
      const v = stateAt(sim, at);
      assert.strictEqual(JSON.stringify({ processes: v.processes, pages: v.pages, tlbs: v.tlbs }), o.states.get(at), `state at ${at}`);
    }
    assert.strictEqual(sim.position(), end);
    assert.strictEqual(sim.hash(), hash);
    assert.strictEqual(sim.stateView(), view, 'the stop\'s cached view is kept');
    assert.throws(() => stateAt(sim, end + 1), /has not been executed yet/);
    assert.throws(() => stateAt(sim, -1), /whole number/);
  });
});
