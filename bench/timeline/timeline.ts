// The timeline's requests on a 512-page (2 MiB) migration with time travel on: the state at
// another step (compare with step N), the last write of a PTE and of a page that was never
// written (the worst case: replayed back to the start), and a goto back and forth. Prints
// numbers; never fails on timing.
//
//   npx tsc -p . && node out/bench/timeline/timeline.js

import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../src/cli/file-access';
import { migrateScenarioFile } from '../common/migrate-scenario';
import { populateAnonRange } from '../../src/mm/index';
import { History } from '../../src/sim/history';
import { Simulation } from '../../src/sim/simulation';
import { lastWrite, stateAt } from '../../src/sim/timeline';

const ADDR = 0x7f0000000000;
const NPAGES = 512;

function scenarioFile(): string {
  return migrateScenarioFile(`timeline bench, ${NPAGES} pages`, ADDR, NPAGES);
}

function time<T>(what: string, f: () => T): T {
  const t0 = process.hrtime.bigint();
  const r = f();
  console.log(`${what.padEnd(52)}${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1).padStart(9)} ms`);
  return r;
}

async function main(): Promise<void> {
  const file = scenarioFile();
  const sim = await Simulation.load(file, new NodeFileAccess(), {}, { timeTravel: true, stepBudget: 1e12 });
  populateAnonRange(sim.model, 1, ADDR, NPAGES);
  // The range is populated after the load: the run's history starts from this state.
  const h = new History(sim);
  sim.history = h;
  sim.sched.onStep = (t) => h.record(t);
  fs.unlinkSync(file);
  const tid = sim.sched.mainTid;
  const depth = 40_000;
  while (sim.position() < depth && !sim.sched.ended) sim.stepIn(tid);
  const at = sim.position();
  console.log(`timeline on a ${NPAGES}-page migration, at statement ${at}, ${sim.history!.checkpointCount} snapshots`);
  time('state view at the current stop (for reference)', () => sim.stateView());
  time('stateAt(0)', () => stateAt(sim, 0));
  time(`stateAt(${Math.floor(at / 2)})`, () => stateAt(sim, Math.floor(at / 2)));
  time(`stateAt(${at - 1})`, () => stateAt(sim, at - 1));
  const view = sim.stateView();
  const pte = view.processes[0].ptes.find((p) => p.kind !== 'present' && p.kind !== 'none') ?? view.processes[0].ptes[0];
  const w = time(`lastWrite(${pte.key})`, () => lastWrite(sim, pte.key));
  console.log(`  -> step ${w.step}${'at' in w && w.at ? ` at ${path.basename(w.at.file)}:${w.at.line}` : ''}`);
  const untouched = view.pages[view.pages.length - 1].key;
  const u = time(`lastWrite(${untouched}) (perhaps never written)`, () => lastWrite(sim, untouched));
  console.log(`  -> step ${u.step}`);
  time(`gotoPosition(${Math.floor(at / 2)})`, () => sim.gotoPosition(Math.floor(at / 2)));
  time(`gotoPosition(${at})`, () => sim.gotoPosition(at));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
