// The change log (src/sim/change-log.ts) against brute force: a run statement by statement where,
// after every statement, the whole model (every page's fields, every PTE, every TLB entry, the
// lock lists) is compared with the state before it. The log must name exactly the statements
// that changed something and exactly the keys they changed; after going back and running again
// it is cut where the run went another way; replays (time travel, stateAt) record nothing.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { ChangeLog, LOGGED_PAGE_FIELDS } from '../../../src/sim/change-log';
import { Simulation } from '../../../src/sim/simulation';
import { stateAt } from '../../../src/sim/timeline';
import { hexAddr } from '../../../src/mm/state';

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIOS = ['examples/current-private-4pages.mmstep.yaml', 'examples/private-4pages.mmstep.yaml', 'examples/current-cpu-write-race.mmstep.yaml', 'examples/current-bug-late-tlb-flush.mmstep.yaml'];
const DEPTH = 3000;

/** Every loggable key of the model with its value now. */
function everything(sim: Simulation): Map<string, string> {
  const m = sim.model;
  const out = new Map<string, string>();
  for (const k in m.pages) {
    const p = m.pages[k] as unknown as Record<string, unknown>;
    const rest: Record<string, unknown> = { ...p };
    for (const f of LOGGED_PAGE_FIELDS) {
      out.set(`page:${k}:${f}`, String(p[f]));
      delete rest[f];
    }
    delete rest.pfn;
    out.set(`page:${k}:flags`, JSON.stringify(rest, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
  }
  for (const id in m.tables) {
    const t = m.tables[id];
    if (t.level !== 1) continue;
    for (const i in t.entries) out.set(`pte:${t.pid}:${hexAddr(t.base + Number(i) * 4096)}`, String(t.entries[i]));
  }
  m.tlbs.forEach((l, cpu) => l.forEach((e) => out.set(`tlb:${cpu}:${e.pid}:${hexAddr(e.vaddr)}`, `${e.pfn}${e.write ? 'w' : ''}`)));
  for (const tid in m.held) for (const id of m.held[tid]) out.set(`lock:${id}`, tid);
  for (const pid in m.mms) out.set(`mmap:${pid}`, `${m.mms[pid].mmapLock.writer}:${m.mms[pid].mmapLock.readers.join(',')}`);
  return out;
}

function diff(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  const out = [...keys].filter((k) => a.get(k) !== b.get(k));
  // A page changed in any field also changes its own key.
  const pages = new Set(out.filter((k) => k.startsWith('page:')).map((k) => k.split(':').slice(0, 2).join(':')));
  return [...out, ...pages].sort();
}

async function load(file: string): Promise<Simulation> {
  const sim = await Simulation.load(path.join(ROOT, file), new NodeFileAccess(), {}, { timeTravel: true });
  ChangeLog.attach(sim);
  return sim;
}

describe('change log: every statement that changed model state, against brute force', function () {
  this.timeout(120000);

  for (const file of SCENARIOS) {
    it(`${path.basename(file)}: the log names exactly the changing statements and keys`, async () => {
      // The run as the debugger makes it (steps of the main thread, other threads in between)…
      const run = await load(file);
      while (run.position() < DEPTH && !run.sched.ended) run.stepIn(run.sched.mainTid);
      const trace = run.history!.schedule();
      // …and the same schedule again, one statement at a time, the whole model compared each time.
      const sim = await load(file);
      const log = ChangeLog.of(sim)!;
      const expected: { step: number; keys: string[] }[] = [];
      let before = everything(sim);
      for (const tid of trace) {
        sim.sched.runOne(tid);
        const now = everything(sim);
        const d = diff(before, now);
        if (d.length) expected.push({ step: sim.position(), keys: d });
        before = now;
      }
      assert.ok(expected.length > 10, `${expected.length} changing statements`);
      const got = log.records().map((r) => ({ step: r.step, keys: [...r.keys].sort() }));
      assert.deepStrictEqual(got, expected);
      assert.deepStrictEqual(ChangeLog.of(run)!.records().map((r) => ({ step: r.step, keys: [...r.keys].sort() })), expected, 'the debugger-driven run logs the same');
      const kinds = new Set(log.records().flatMap((r) => r.kinds));
      assert.ok(kinds.has('pte') && kinds.has('page') && kinds.has('lock'), [...kinds].join(' '));
      for (const r of log.records()) assert.ok(r.loc && r.loc.line > 0 && r.fn, `step ${r.step} has a statement`);
    });
  }

  it('records nothing while replaying, and is cut where the run goes on from an earlier step', async () => {
    const sim = await load(SCENARIOS[0]);
    const log = ChangeLog.of(sim)!;
    while (sim.position() < 1500 && !sim.sched.ended) sim.stepIn(sim.sched.mainTid);
    const all = log.records();
    const n = log.size;
    stateAt(sim, 100);
    sim.gotoPosition(200);
    sim.gotoPosition(1500);
    assert.strictEqual(log.size, n, 'replays add no records');
    // Back to 600 and on again by statements: the same run, so the same records.
    sim.gotoPosition(600);
    while (sim.position() < 1500 && !sim.sched.ended) sim.stepIn(sim.sched.mainTid);
    assert.deepStrictEqual(log.records(), all, 'after going back and running the same statements again');
    // lastChange finds the latest at or before a step.
    const r = all[Math.floor(all.length / 2)];
    const key = r.keys[0];
    const found = log.lastChange(key, r.step)!;
    assert.strictEqual(found.step, r.step);
    const earlier = log.lastChange(key, r.step - 1);
    assert.ok(!earlier || earlier.step < r.step);
  });

  it('groups long runs into at most the asked number of spans', async () => {
    const sim = await load(SCENARIOS[0]);
    const log = ChangeLog.of(sim)!;
    while (sim.position() < DEPTH && !sim.sched.ended) sim.stepIn(sim.sched.mainTid);
    const recorded = sim.history!.recorded;
    const b = log.buckets(recorded, 50);
    assert.ok(b.length <= 50 && b.length > 1, `${b.length} spans`);
    assert.strictEqual(b.reduce((n, x) => n + x.count, 0), log.size, 'every record in one span');
    for (const x of b) assert.ok(x.step <= x.end && x.kinds.length > 0);
    const one = log.buckets(recorded, recorded + 1);
    assert.strictEqual(one.length, log.size, 'one span per record when there is room');
  });
});
