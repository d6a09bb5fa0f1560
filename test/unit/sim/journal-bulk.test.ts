// The undo journal as the debugger uses it by default (src/sim/history.ts): on without being
// asked, paused on a long run (a continue costs what it costs without it), rebuilt by the first
// step back after such a run (a snapshot restore and a replay that journals only its last
// statements), so the later step backs are undone by the journal again — and every one of them
// lands on exactly the state the run had there. Snapshots are spaced by the state's size.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { populateAnonRange } from '../../../src/mm/index';
import { JOURNAL_BULK, JOURNAL_WINDOW } from '../../../src/sim/history';
import { Simulation } from '../../../src/sim/simulation';

const KERNEL = path.resolve(__dirname, '../../../../kernel');
const ADDR = 0x7f0000000000;
const NPAGES = 64;

/** Today's migrate_vma flow over NPAGES anonymous pages (kernel/test/bench_migrate.c). */
function scenario(): string {
  const src = ['mm/pagewalk_ops.c', 'mm/mmu_notifier.c', 'mm/migrate_device.c', 'mm/rmap.c', 'mm/memory.c', 'drivers/test_hmm.c', 'test/bench_migrate.c'];
  const end = ADDR + NPAGES * 4096;
  const text = [
    'name: journal on long runs',
    'sources:',
    ...src.map((s) => `  - ${path.join(KERNEL, s)}`),
    'entry:',
    '  function: bench_migrate',
    `  args: [{ mm: 1 }, 0x${ADDR.toString(16)}, ${NPAGES}]`,
    'memory:',
    '  processes:',
    '    - pid: 1',
    `      vmas: [{ start: 0x${ADDR.toString(16)}, end: 0x${end.toString(16)} }]`,
    '',
  ].join('\n');
  const file = path.join(os.tmpdir(), `mmstep-journal-bulk-${process.pid}.mmstep.yaml`);
  fs.writeFileSync(file, text);
  return file;
}

async function load(): Promise<Simulation> {
  const file = scenario();
  try {
    const sim = await Simulation.load(file, new NodeFileAccess(), {}, { timeTravel: true, stepBudget: 1e9 });
    populateAnonRange(sim.model, 1, ADDR, NPAGES);
    sim.history!.rebase();
    return sim;
  } finally {
    fs.unlinkSync(file);
  }
}

describe('time travel: the undo journal on long runs', function () {
  this.timeout(300_000);

  it('is on by default: a few steps are undone by the journal, nothing replayed', async function () {
    if (process.env.MMSTEP_JOURNAL === '0') this.skip();
    const sim = await load();
    const h = sim.history!;
    const tid = sim.sched.mainTid;
    const hashes: string[] = [];
    for (let i = 0; i < 40; i++) {
      hashes.push(sim.hash());
      sim.stepIn(tid);
    }
    const undone = h.journal.undone;
    const replayed = h.replayed;
    for (let i = 39; i >= 0; i--) {
      sim.gotoPosition(i);
      assert.strictEqual(sim.hash(), hashes[i], `back at ${i}`);
    }
    assert.strictEqual(h.journal.undone, undone + 40, 'undone by the journal');
    assert.strictEqual(h.replayed, replayed, 'nothing replayed');
  });

  it('a continue runs without it; the first step back rebuilds it, exactly; the next are undone by it', async function () {
    if (process.env.MMSTEP_JOURNAL === '0') this.skip();
    const sim = await load();
    const h = sim.history!;
    // As the debugger continues: slices of 1000 statements until a real stop.
    let stop;
    do stop = sim.continue(1000);
    while (stop.incomplete);
    const end = sim.position();
    assert.ok(end > 4 * JOURNAL_BULK, `a long run (${end} statements)`);
    assert.ok(!h.journal.isValid(), 'the journal paused during the run');
    // Sparser snapshots than one per 500 statements: the state has thousands of cells.
    assert.ok(h.checkpointCount < end / 500 / 2, `${h.checkpointCount} snapshots over ${end} statements`);

    const truth: string[] = [];
    h.walk(end - 30, end, (pos) => (truth[pos] = sim.hash()));
    let replayed = h.replayed;
    sim.gotoPosition(end - 1);
    assert.strictEqual(sim.hash(), truth[end - 1], 'the first step back lands on the state of step N-1');
    assert.ok(h.replayed > replayed, 'by a snapshot restore and a replay');
    assert.ok(h.journal.isValid() && h.journal.start >= end - 1 - JOURNAL_WINDOW, 'the replay journaled only its last statements');
    replayed = h.replayed;
    const undone = h.journal.undone;
    for (let k = end - 2; k >= end - 30; k--) {
      sim.gotoPosition(k);
      assert.strictEqual(sim.hash(), truth[k], `back at ${k}`);
    }
    assert.strictEqual(h.replayed, replayed, 'the later step backs replay nothing');
    assert.strictEqual(h.journal.undone, undone + 29, 'they are undone by the journal');
  });

  it('a long run paused in the middle journals again from the stop on', async function () {
    if (process.env.MMSTEP_JOURNAL === '0') this.skip();
    const sim = await load();
    const h = sim.history!;
    // A slice that ends incomplete, then a pause: the debugger shows that stop.
    sim.continue(3 * JOURNAL_BULK);
    sim.pause();
    const at = sim.position();
    const tid = sim.sched.mainTid;
    const hashes = [sim.hash()];
    for (let i = 0; i < 10; i++) {
      sim.stepIn(tid);
      hashes.push(sim.hash());
    }
    const replayed = h.replayed;
    for (let i = 9; i >= 0; i--) {
      sim.gotoPosition(at + i);
      assert.strictEqual(sim.hash(), hashes[i]);
    }
    assert.strictEqual(h.replayed, replayed, 'steps after the pause were journaled');
  });
});
