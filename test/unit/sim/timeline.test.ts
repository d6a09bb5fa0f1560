// The timeline's look at the recorded run (src/sim/timeline.ts, the change log, History.walk),
// checked against an oracle: a second simulation of the same scenario runs the same schedule one
// statement at a time and notes, for every PTE, page, page field, TLB entry and lock it ever saw
// and for C variables, the last statement that changed it and where that statement was.
// lastWrite must name the same step and place for every key, from several positions (also after
// going back), through the change log's index and through the replay it falls back to; stateAt
// must equal the state the oracle had at that step; neither may move the simulation.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { ChangeLog } from '../../../src/sim/change-log';
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

/** Every key of a kind the log indexes that the run ever had (TLB entries and locks come and go). */
async function keysOfRun(trace: number[]): Promise<string[]> {
  const sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {});
  const keys = new Set<string>();
  const note = () => {
    const m = sim.model;
    m.tlbs.forEach((l, cpu) => l.forEach((e) => keys.add(`tlb:${cpu}:${e.pid}:0x${e.vaddr.toString(16)}`)));
    for (const tid in m.held) for (const id of m.held[tid]) keys.add(`lock:${id}`);
    for (const pid in m.mms) keys.add(`mmap:${pid}`);
  };
  for (const tid of trace) {
    sim.sched.runOne(tid);
    note();
  }
  return [...keys];
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
    ChangeLog.attach(sim);
    while (sim.position() < DEPTH && !sim.sched.ended) sim.stepIn(sim.sched.mainTid);
    end = sim.position();
    assert.ok(end > 500, `${end} statements`);
    keep = [0, 1, Math.floor(end * 0.3), Math.floor(end * 0.6), end - 1];
    const view = sim.stateView();
    const fields = view.pages.slice(0, 3).flatMap((p) => ['refcount', 'mapcount', 'locked', 'lru'].map((f) => `${p.key}:${f}`));
    const others = await keysOfRun(sim.history!.schedule());
    assert.ok(others.some((k) => k.startsWith('tlb:')) && others.some((k) => k.startsWith('lock:')), others.join(' '));
    keys = [...view.processes.flatMap((p) => p.ptes.map((e) => e.key)), ...view.pages.map((p) => p.key), ...fields, ...others];
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

  it('answers the same by replay where the log has nothing (a run without one)', async () => {
    const other = await Simulation.load(SCENARIO, new NodeFileAccess(), {}, { timeTravel: true });
    while (other.position() < end && !other.sched.ended) other.stepIn(other.sched.mainTid);
    assert.strictEqual(other.position(), end);
    assert.strictEqual(ChangeLog.of(other), undefined);
    for (const k of [keys[0], keys.find((x) => x.startsWith('tlb:'))!, keys.find((x) => /^page:\d+:refcount$/.test(x))!]) {
      const a = lastWrite(other, k);
      assert.strictEqual(a.step, expected(o, k, end).step, k);
      assert.strictEqual(a.step, lastWrite(sim, k).step, k);
    }
  });

  it('finds the last write of a C variable by a replay bounded by its frame', async () => {
    // Somewhere in the middle, where the main thread is in a C function with locals.
    const tid = sim.sched.mainTid;
    let at = Math.floor(end * 0.6);
    for (; at > 1; at -= 7) {
      sim.gotoPosition(at);
      const th = sim.machine.thread(tid)!;
      const f = th.frames[th.frames.length - 1];
      if (f && th.frames.length > 1 && sim.machine.fn(f.fn).locals.some((l) => !l.temp && !l.name.startsWith('__'))) break;
    }
    const t = sim.machine.thread(tid)!;
    const index = t.frames.length - 1;
    const fn = sim.machine.fn(t.frames[index].fn);
    const names = fn.locals.filter((l) => !l.temp && !l.name.startsWith('__')).map((l) => l.name);
    assert.ok(names.length, `${fn.name} has locals`);
    const cKeys = names.map((n) => `c:${tid}:${index}:${fn.name}:${n}`);
    // The oracle: the same schedule again, each variable read after every statement.
    const twin = await Simulation.load(SCENARIO, new NodeFileAccess(), {});
    const read = (k: string): string => {
      try {
        return keyValue(twin, k);
      } catch {
        return '<not readable here>';
      }
    };
    const values = cKeys.map((k) => [read(k)]);
    for (const x of sim.history!.schedule()) {
      twin.sched.runOne(x);
      cKeys.forEach((k, i) => values[i].push(read(k)));
    }
    cKeys.forEach((k, i) => {
      const v = values[i];
      let step = 0;
      for (let s = at; s > 0; s--) {
        if (v[s] !== v[s - 1]) {
          step = s;
          break;
        }
      }
      const w = lastWrite(sim, k);
      assert.strictEqual(w.step, step, `${k}: ${JSON.stringify(w)}`);
      assert.ok(w.value.includes(names[i]), w.value);
      if (w.step > 0) assert.ok(w.step > at - 4096, 'within the bound');
    });
    assert.strictEqual(sim.position(), at, 'not moved');
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
