// The timeline's requests on a 512-page (2 MiB) migration with time travel on: the cost of the
// change log during forward execution (the same run with and without it), the change marks of
// the whole run, the state at another step (compare with step N), the last write of a PTE, a
// page, a page field, a TLB entry (index lookups, target ≤ 50 ms) and of a C variable (a bounded
// replay), a page that was never written, and a goto back and forth. Prints numbers beside
// their targets; never fails on timing.
//
//   npx tsc -p . && node out/bench/timeline/timeline.js

import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../src/cli/file-access';
import { migrateScenarioFile } from '../common/migrate-scenario';
import { changeMarks } from '../../src/debug/timeline';
import { populateAnonRange } from '../../src/mm/index';
import { ChangeLog } from '../../src/sim/change-log';
import { History } from '../../src/sim/history';
import { Simulation } from '../../src/sim/simulation';
import { lastWrite, stateAt } from '../../src/sim/timeline';

const ADDR = 0x7f0000000000;
const NPAGES = 512;
const DEPTH = 40_000;
/** Target of an index lookup (issue 10: "click a PTE or page" answers at once). */
const LOOKUP_TARGET_MS = 50;

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function time<T>(what: string, f: () => T, target?: number): T {
  const t0 = process.hrtime.bigint();
  const r = f();
  const t = ms(t0);
  const goal = target !== undefined ? `   (target ≤ ${target} ms${t > target ? ', MISSED' : ''})` : '';
  console.log(`${what.padEnd(60)}${t.toFixed(1).padStart(9)} ms${goal}`);
  return r;
}

async function load(file: string, log: boolean): Promise<Simulation> {
  const sim = await Simulation.load(file, new NodeFileAccess(), {}, { timeTravel: true, stepBudget: 1e12 });
  populateAnonRange(sim.model, 1, ADDR, NPAGES);
  // The range is populated after the load: the run's history starts from this state.
  const h = new History(sim);
  sim.history = h;
  sim.sched.onStep = (t) => h.record(t);
  if (log) ChangeLog.attach(sim);
  return sim;
}

function run(sim: Simulation): number {
  const t0 = process.hrtime.bigint();
  const tid = sim.sched.mainTid;
  while (sim.position() < DEPTH && !sim.sched.ended) sim.stepIn(tid);
  return ms(t0);
}

async function main(): Promise<void> {
  const file = migrateScenarioFile(`timeline bench, ${NPAGES} pages`, ADDR, NPAGES);
  const plain = await load(file, false);
  const sim = await load(file, true);
  fs.unlinkSync(file);
  const without = run(plain);
  const withLog = run(sim);
  const at = sim.position();
  const log = ChangeLog.of(sim)!;
  console.log(`timeline on a ${NPAGES}-page migration, at statement ${at}, ${sim.history!.checkpointCount} snapshots`);
  console.log(`forward run of ${at} statements by stepIn: ${without.toFixed(0)} ms without the change log, ${withLog.toFixed(0)} ms with it (${(((withLog - without) / without) * 100).toFixed(1)}% more)`);
  console.log(`change log: ${log.size} statements changed model state, ${log.eventCount} key changes`);
  const marks = time('change marks of the whole run (1000 columns)', () => changeMarks(sim, sim.history!.recorded));
  console.log(`  -> ${marks.length} marks`);
  time('state view at the current stop (for reference)', () => sim.stateView());
  time('stateAt(0)', () => stateAt(sim, 0));
  time(`stateAt(${Math.floor(at / 2)})`, () => stateAt(sim, Math.floor(at / 2)));
  time(`stateAt(${at - 1})`, () => stateAt(sim, at - 1));
  const view = sim.stateView();
  const pte = view.processes[0].ptes.find((p) => p.kind !== 'present' && p.kind !== 'none') ?? view.processes[0].ptes[0];
  const show = (w: ReturnType<typeof lastWrite>): void => {
    console.log(`  -> step ${w.step}${'at' in w && w.at ? ` at ${path.basename(w.at.file)}:${w.at.line} in ${w.at.function}()` : ''}${'searched' in w && w.searched ? ` (unchanged over the ${w.searched} statements searched)` : ''}`);
  };
  show(time(`lastWrite(${pte.key})`, () => lastWrite(sim, pte.key), LOOKUP_TARGET_MS));
  const page = view.pages.find((p) => p.zone === 'ram') ?? view.pages[0];
  show(time(`lastWrite(${page.key})`, () => lastWrite(sim, page.key), LOOKUP_TARGET_MS));
  show(time(`lastWrite(${page.key}:refcount)`, () => lastWrite(sim, `${page.key}:refcount`), LOOKUP_TARGET_MS));
  const tlb = view.tlbs.flatMap((t) => t.entries.map((e) => `tlb:${t.cpu}:${e.pid}:${e.addr}`))[0] ?? `tlb:0:1:0x${ADDR.toString(16)}`;
  show(time(`lastWrite(${tlb})`, () => lastWrite(sim, tlb), LOOKUP_TARGET_MS));
  const untouched = view.pages[view.pages.length - 1].key;
  show(time(`lastWrite(${untouched}) (perhaps never written)`, () => lastWrite(sim, untouched), LOOKUP_TARGET_MS));
  // A C variable of the innermost frame: a bounded replay, not an index.
  const t = sim.machine.thread(sim.sched.mainTid)!;
  const index = t.frames.length - 1;
  const fn = sim.machine.fn(t.frames[index].fn);
  const local = fn.locals.find((l) => !l.name.startsWith('__'))?.name;
  if (local) show(time(`lastWrite(c:${sim.sched.mainTid}:${index}:${fn.name}:${local}) (bounded replay)`, () => lastWrite(sim, `c:${sim.sched.mainTid}:${index}:${fn.name}:${local}`), LOOKUP_TARGET_MS));
  time(`gotoPosition(${Math.floor(at / 2)})`, () => sim.gotoPosition(Math.floor(at / 2)));
  time(`gotoPosition(${at})`, () => sim.gotoPosition(at));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
