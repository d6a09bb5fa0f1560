// Debugger responsiveness on a 512-page (2 MiB) migration with time travel on: the time to
// answer one step as the debugger does (step + stack + scopes + locals + state view), and the
// time to step back from increasing depths of the run. Prints numbers; never fails on timing.
//
//   npm run bench:debugger    (or: npx tsc -p . && node out/bench/debugger/step.js)

import * as fs from 'fs';
import { NodeFileAccess } from '../../src/cli/file-access';
import { migrateScenarioFile } from '../common/migrate-scenario';
import { populateAnonRange } from '../../src/mm/index';
import { Simulation } from '../../src/sim/simulation';

const ADDR = 0x7f0000000000;
const NPAGES = 512;

function scenarioFile(): string {
  return migrateScenarioFile('debugger bench, 512 pages', ADDR, NPAGES);
}

/** One step as the debugger answers it: the step, then what VS Code asks for at a stop. */
function answerStep(sim: Simulation, tid: number, back = false): void {
  if (back) sim.stepBack(tid);
  else sim.stepIn(tid);
  const frames = sim.stack(tid);
  const scopes = sim.scopes(frames[0].id);
  sim.variables(scopes[0].ref);
  sim.stateView();
}

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const file = scenarioFile();
  const sim = await Simulation.load(file, new NodeFileAccess(), {}, { timeTravel: true, stepBudget: 1e12 });
  populateAnonRange(sim.model, 1, ADDR, NPAGES);
  fs.unlinkSync(file);
  const tid = sim.sched.mainTid;
  console.log(`debugger on a ${NPAGES}-page migration (today's flow), time travel on`);
  console.log('what                                  median ms   max ms   samples');
  const line = (what: string, xs: number[]) =>
    console.log(`${what.padEnd(38)}${median(xs).toFixed(3).padStart(9)}${Math.max(...xs).toFixed(3).padStart(9)}${String(xs.length).padStart(10)}`);

  const forward: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = process.hrtime.bigint();
    answerStep(sim, tid);
    forward.push(ms(t0));
  }
  line('step in + stack/scopes/locals/view', forward);

  // Run deeper, then step back from there.
  for (const depth of [10_000, 40_000]) {
    while (sim.position() < depth && !sim.sched.ended) sim.stepIn(tid);
    const back: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = process.hrtime.bigint();
      answerStep(sim, tid, true);
      back.push(ms(t0));
    }
    line(`step back at ~${depth} statements`, back);
  }
  const t0 = process.hrtime.bigint();
  sim.gotoPosition(0);
  line('go to the start', [ms(t0)]);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
