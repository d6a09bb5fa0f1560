// Time travel: step back and reverse continue restore exactly the state the run had there
// (checked by the canonical state hash), across thread switches, and running forward again
// from an earlier point reproduces the same run.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { History } from '../../../src/sim/history';
import { Simulation } from '../../../src/sim/simulation';

const ROOT = path.resolve(__dirname, '../../../..');
const example = (n: string) => path.join(ROOT, 'examples', `${n}.mmstep.yaml`);
const MIGRATE_C = path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c');

function lineOf(file: string, needle: string): number {
  return fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

async function load(name: string): Promise<Simulation> {
  return Simulation.load(example(name), new NodeFileAccess(), {}, { timeTravel: true });
}

describe('simulation: time travel', () => {
  it('steps back statement by statement through the exact earlier states', async () => {
    const sim = await load('private-4pages');
    const main = sim.sched.mainTid;
    const seen: { hash: string; line: number }[] = [{ hash: sim.hash(), line: sim.stack(main)[0].line }];
    for (let i = 0; i < 120; i++) {
      sim.stepIn(main);
      seen.push({ hash: sim.hash(), line: sim.stack(main)[0].line });
    }
    for (let i = seen.length - 2; i >= 0; i--) {
      sim.stepBack(main);
      assert.deepStrictEqual({ hash: sim.hash(), line: sim.stack(main)[0].line }, seen[i], `stepping back to ${i}`);
    }
    // Forward again: the same run.
    for (let i = 1; i < seen.length; i++) {
      sim.stepIn(main);
      assert.strictEqual(sim.hash(), seen[i].hash);
    }
  });

  it('reverse continue goes back to the previous breakpoint hit; the state view follows', async () => {
    const sim = await load('private-4pages');
    const line = lineOf(MIGRATE_C, 'get_page(page);');
    sim.setBreakpoints(MIGRATE_C, [{ line }]);
    const hashes: string[] = [];
    for (let k = 0; k < 3; k++) {
      assert.strictEqual(sim.continue().reason, 'breakpoint');
      hashes.push(sim.hash());
    }
    const locks = sim.stateView().pages.map((p) => p.locked).join(',');
    assert.strictEqual(sim.reverseContinue().reason, 'breakpoint');
    assert.strictEqual(sim.hash(), hashes[1]);
    assert.strictEqual(sim.stack(sim.sched.mainTid)[0].line, line);
    assert.notStrictEqual(sim.stateView().pages.map((p) => p.locked).join(','), locks); // one page fewer is locked
    assert.strictEqual(sim.reverseContinue().reason, 'breakpoint');
    assert.strictEqual(sim.hash(), hashes[0]);
    const start = sim.reverseContinue();
    assert.match(start.description ?? '', /beginning of the run/);
    // And forward to the end with the expected verdict.
    sim.setBreakpoints(MIGRATE_C, []);
    assert.strictEqual(sim.continue().reason, 'end');
    assert.ok(sim.result().passed);
  });

  it('steps back across thread switches (a lock holder and its releaser)', async () => {
    const sim = await load('trylock-fails');
    const main = sim.sched.mainTid;
    const before: string[] = [];
    for (let i = 0; i < 400 && !sim.sched.ended; i++) {
      before.push(sim.hash());
      sim.stepOver(main);
    }
    const atEnd = sim.hash();
    const pos = sim.position();
    sim.gotoPosition(0);
    assert.strictEqual(sim.hash(), before[0]);
    sim.gotoPosition(pos);
    assert.strictEqual(sim.hash(), atEnd);
    sim.stepBack(main);
    assert.ok(before.includes(sim.hash()) || sim.position() < pos);
  });

  it('keeps a bounded number of snapshots on a long run and still goes back exactly', async () => {
    const sim = await load('private-4pages');
    const h = new History(sim, 10, 4);
    sim.history = h;
    sim.sched.onStep = (tid) => h.record(tid);
    const main = sim.sched.mainTid;
    const hashes: string[] = [sim.hash()];
    for (let i = 0; i < 200 && !sim.sched.ended; i++) {
      sim.stepIn(main);
      hashes.push(sim.hash());
    }
    assert.ok(h.checkpointCount <= 5, `${h.checkpointCount} snapshots kept`);
    for (const pos of [0, 7, 55, 120, h.position - 1]) {
      sim.gotoPosition(pos);
      assert.strictEqual(sim.hash(), hashes[pos], `position ${pos}`);
    }
  });

  it('keeps the snapshots within a budget of cells (a large C state) and still goes back exactly', async () => {
    const sim = await load('private-4pages');
    const one = new History(sim, 10).snapshotCells;
    const budget = Math.floor(one * 3.5);
    const h = new History(sim, 10, 200, budget);
    sim.history = h;
    sim.sched.onStep = (tid) => h.record(tid);
    const main = sim.sched.mainTid;
    const hashes: string[] = [sim.hash()];
    for (let i = 0; i < 200 && !sim.sched.ended; i++) {
      sim.stepIn(main);
      hashes.push(sim.hash());
      assert.ok(h.snapshotCells <= budget, `${h.snapshotCells} cells in snapshots, budget ${budget}`);
    }
    assert.ok(h.checkpointCount <= 3, `${h.checkpointCount} snapshots kept`);
    for (const pos of [0, 9, 64, 150, h.position - 1]) {
      sim.gotoPosition(pos);
      assert.strictEqual(sim.hash(), hashes[pos], `position ${pos}`);
    }
  });
});
