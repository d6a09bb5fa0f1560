// The undo journal of time travel (src/sim/journal.ts): after N statements of a scenario, going
// back by the journal gives exactly the state the run had there — the state hash and the
// scheduler's state — as a replay from a snapshot computes it (History.walk), for random N,
// random targets and scenarios with loops, calls, threads and natives that change the model.
// Each check asserts the journal did the work (its undo counter moved, nothing was replayed), so
// a silent fallback to snapshot + replay fails the test.

import * as assert from 'assert';
import * as path from 'path';
import * as fc from 'fast-check';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { canonical } from '../../../src/sim/snapshot';

const ROOT = path.resolve(__dirname, '../../../..');
const example = (n: string) => path.join(ROOT, 'examples', `${n}.mmstep.yaml`);

/** Loops and calls (the collect walk, the unmap loop), threads racing, kmalloc'd arrays, LRU batches. */
const SCENARIOS = ['private-4pages', 'current-cpu-write-race', 'v13-lru-batch', 'selftest-migrate', 'current-gup-pin-race', 'v13-restore-two-pmds-posted'];
const RUNS = Number(process.env.MMSTEP_FUZZ_RUNS) || 8;

async function load(name: string): Promise<Simulation> {
  return Simulation.load(example(name), new NodeFileAccess(), {}, { timeTravel: true });
}

function schedState(sim: Simulation): string {
  return canonical(sim.sched.saveState());
}

/** Run `n` statements (stepping the main thread; others run when it sleeps). */
function runTo(sim: Simulation, n: number): void {
  const main = sim.sched.mainTid;
  while (sim.position() < n && !sim.sched.ended) {
    const before = sim.position();
    sim.stepIn(main);
    if (sim.position() === before) break;
  }
}

/** The hash at every position 0..n of the recorded run, by snapshot + replay. */
function replayedHashes(sim: Simulation, n: number): string[] {
  const out: string[] = [];
  sim.history!.walk(0, n, (pos) => (out[pos] = sim.hash()));
  return out;
}

describe('time travel: the undo journal', () => {
  it('goes back to any earlier position with exactly the replayed state (fast-check)', async function () {
    this.timeout(600_000);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SCENARIOS), fc.integer({ min: 1, max: 400 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }), async (name, n, picks) => {
        const sim = await load(name);
        const h = sim.history!;
        h.journalFirst = true;
        h.setJournal(true);
        runTo(sim, n);
        const end = sim.position();
        if (end === 0) return;
        const truth = replayedHashes(sim, end);
        assert.strictEqual(sim.hash(), truth[end], 'the walk left the state alone');
        // Step back one statement: the state of step N-1.
        let undone = h.journal.undone;
        let replayed = h.replayed;
        h.goto(end - 1);
        assert.strictEqual(sim.hash(), truth[end - 1], `${name}: back from ${end} to ${end - 1}`);
        assert.strictEqual(h.journal.undone, undone + 1, 'undone by the journal');
        assert.strictEqual(h.replayed, replayed, 'nothing replayed');
        // Back further, to random earlier positions (each below the last).
        let at = end - 1;
        for (const p of picks) {
          const k = Math.floor(p * at);
          undone = h.journal.undone;
          replayed = h.replayed;
          h.goto(k);
          assert.strictEqual(sim.hash(), truth[k], `${name}: back to ${k}`);
          assert.strictEqual(h.journal.undone, undone + (at - k), 'undone by the journal');
          assert.strictEqual(h.replayed, replayed, 'nothing replayed');
          at = k;
        }
        // Forward again from there: the same run, and back by the journal once more.
        h.goto(end);
        assert.strictEqual(sim.hash(), truth[end]);
        undone = h.journal.undone;
        h.goto(Math.max(0, end - 2));
        assert.strictEqual(sim.hash(), truth[Math.max(0, end - 2)]);
        assert.ok(h.journal.undone > undone || end < 2, 'the replayed statements were journaled too');
      }),
      { numRuns: RUNS },
    );
  });

  it('step back restores the scheduler and the stop as the forward run had them', async () => {
    for (const name of ['current-cpu-write-race', 'v13-restore-two-pmds-posted']) {
      const sim = await load(name);
      const h = sim.history!;
      h.journalFirst = true;
        h.setJournal(true);
      const main = sim.sched.mainTid;
      const seen: { pos: number; hash: string; sched: string; line: number }[] = [];
      for (let i = 0; i < 300 && !sim.sched.ended; i++) {
        seen.push({ pos: sim.position(), hash: sim.hash(), sched: schedState(sim), line: sim.stack(main)[0]?.line ?? 0 });
        sim.stepIn(main);
      }
      const undone = h.journal.undone;
      const replayed = h.replayed;
      for (let i = seen.length - 1; i >= 0; i--) {
        h.goto(seen[i].pos);
        assert.deepStrictEqual(
          { pos: sim.position(), hash: sim.hash(), sched: schedState(sim), line: sim.stack(main)[0]?.line ?? 0 },
          seen[i],
          `${name}: back at stop ${i}`,
        );
      }
      assert.ok(h.journal.undone > undone, 'by the journal');
      assert.strictEqual(h.replayed, replayed, 'nothing replayed');
    }
  });

  it('falls back to snapshot + replay beyond its budget, and after an edit', async () => {
    const sim = await Simulation.load(example('private-4pages'), new NodeFileAccess(), {}, { timeTravel: true });
    const h = sim.history!;
    h.journalFirst = true;
        h.setJournal(true);
    runTo(sim, 400);
    const end = sim.position();
    const truth = replayedHashes(sim, end);
    // A journal start beyond the target: the snapshot path, with the same result.
    const replayed = h.replayed;
    h.journal.reset(end);
    h.goto(3);
    assert.strictEqual(sim.hash(), truth[3]);
    assert.ok(h.replayed > replayed, 'replayed from a snapshot');
    // The replay journaled its statements: back from there by the journal.
    const undone = h.journal.undone;
    h.goto(1);
    assert.strictEqual(sim.hash(), truth[1]);
    assert.strictEqual(h.journal.undone, undone + 2);
  });
});
