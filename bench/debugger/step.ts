// Debugger responsiveness on a 512-page (2 MiB) migration with time travel on: the time to
// answer one step as the debugger does (step + stack + scopes + locals + state view), and the
// time to step back from increasing depths of the run — by the undo journal, and by snapshot +
// replay (the journal switched off, as before it existed) for comparison; a continue over the
// whole run and the step backs after it; then a loop of model natives 10⁶ statements deep. Prints numbers beside the goal; never fails on timing.
//
//   npm run bench:debugger    (or: npx tsc -p . && node out/bench/debugger/step.js)

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../src/cli/file-access';
import { migrateScenarioFile } from '../common/migrate-scenario';
import { populateAnonRange } from '../../src/mm/index';
import { Simulation } from '../../src/sim/simulation';
import { printGdbReference } from './gdb-mi';

const ADDR = 0x7f0000000000;
const NPAGES = 512;
/** Issue 11's goal for a step back, at any depth up to 10⁶ statements (gdb record full: 0.52 ms). */
const GOAL_BACK = 'goal ≤ 0.5 median';
const DEEP = 1_000_000;
const LOOP_C = `struct page;
struct page *pfn_to_page(unsigned long pfn);
void get_page(struct page *page);
void put_page(struct page *page);
/* Each round takes and drops a reference on every page: model natives in a loop with calls. */
static unsigned long touch(unsigned long pfn)
{
	struct page *page = pfn_to_page(pfn);
	get_page(page);
	put_page(page);
	return pfn & 7;
}
void bench_refs(unsigned long pfn, int npages, long rounds)
{
	unsigned long sum = 0;
	long r;
	int i;
	for (r = 0; r < rounds; r++)
		for (i = 0; i < npages; i++)
			sum += touch(pfn + i);
}
`;

/** A scenario running bench_refs over `npages` resident pages for a long time. */
function loopScenario(npages: number): { file: string; c: string } {
  const c = path.join(os.tmpdir(), `mmstep-bench-refs-${process.pid}.c`);
  fs.writeFileSync(c, LOOP_C);
  const end = ADDR + npages * 4096;
  const text = [
    'name: debugger bench, deep loop',
    'sources:',
    `  - ${c}`,
    'entry:',
    '  function: bench_refs',
    `  args: [0x100, ${npages}, 1000000000]`,
    'memory:',
    '  processes:',
    '    - pid: 1',
    `      vmas: [{ start: 0x${ADDR.toString(16)}, end: 0x${end.toString(16)} }]`,
    '',
  ].join('\n');
  const file = path.join(os.tmpdir(), `mmstep-bench-refs-${process.pid}.mmstep.yaml`);
  fs.writeFileSync(file, text);
  return { file, c };
}

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
  return quantile(xs, 0.5);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

/**
 * A continue as the debugger runs it (slices of 1000 statements) over the whole 512-page
 * migration with time travel on, then step backs from its end: the first restores a snapshot
 * and replays (the journal pauses on long runs, history.ts JOURNAL_BULK), the next are undone
 * by the journal the replay rebuilt.
 */
async function continueThenBack(line: (what: string, xs: number[], goal?: string) => void): Promise<void> {
  const file = scenarioFile();
  const sim = await Simulation.load(file, new NodeFileAccess(), {}, { timeTravel: true, stepBudget: 1e12 });
  populateAnonRange(sim.model, 1, ADDR, NPAGES);
  sim.history!.rebase();
  fs.unlinkSync(file);
  const t0 = process.hrtime.bigint();
  let stop;
  do stop = sim.continue(1000);
  while (stop.incomplete && !sim.sched.ended);
  const end = sim.position() - 1;
  line(`continue, the whole run (${sim.position()} stmts)`, [ms(t0)], `${sim.history!.checkpointCount} snapshots`);
  sim.gotoPosition(end);
  const xs: number[] = [];
  const tid = sim.sched.mainTid;
  for (let i = 0; i < 200; i++) {
    const t = process.hrtime.bigint();
    answerStep(sim, tid, true);
    xs.push(ms(t));
  }
  line('then step back + stack/…/view, first', [xs[0]]);
  line('then step back + stack/…/view, next 199', xs.slice(1), GOAL_BACK);
}

async function main(): Promise<void> {
  const file = scenarioFile();
  const sim = await Simulation.load(file, new NodeFileAccess(), {}, { timeTravel: true, stepBudget: 1e12 });
  populateAnonRange(sim.model, 1, ADDR, NPAGES);
  sim.history!.rebase();
  fs.unlinkSync(file);
  const tid = sim.sched.mainTid;
  sim.history!.setJournal(true);
  console.log(`debugger on a ${NPAGES}-page migration (today's flow), time travel on`);
  console.log('what                                  median ms   p95 ms   max ms   samples');
  const line = (what: string, xs: number[], goal = '') =>
    console.log(
      `${what.padEnd(38)}${median(xs).toFixed(3).padStart(9)}${quantile(xs, 0.95).toFixed(3).padStart(9)}${Math.max(...xs).toFixed(3).padStart(9)}${String(xs.length).padStart(10)}   ${goal}`,
    );
  /** Step back `n` times from where the run is (History's step back alone, no inspection). */
  const backs = (s: Simulation, n: number): number[] => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = process.hrtime.bigint();
      s.history!.stepBack(s.sched.mainTid);
      xs.push(ms(t0));
    }
    return xs;
  };

  const forward: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = process.hrtime.bigint();
    answerStep(sim, tid);
    forward.push(ms(t0));
  }
  line('step in + stack/scopes/locals/view', forward, 'goal ≤ 1 median, ≤ 3 p95');
  await printGdbReference(median(forward));

  // Run deeper, then step back from there.
  const h = sim.history!;
  for (const depth of [10_000, 40_000]) {
    while (sim.position() < depth && !sim.sched.ended) sim.stepIn(tid);
    const back: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = process.hrtime.bigint();
      answerStep(sim, tid, true);
      back.push(ms(t0));
    }
    line(`step back at ~${depth} + stack/…/view`, back);
    // Forward again over the same statements (replayed), then the step back alone.
    h.goto(depth);
    line(`step back at ~${depth} (journal)`, backs(sim, 200), GOAL_BACK);
    h.goto(depth);
    h.setJournal(false);
    line(`step back at ~${depth} (snapshot+replay)`, backs(sim, 50), 'the old way');
    h.setJournal(true);
    h.goto(depth);
  }
  let t0 = process.hrtime.bigint();
  sim.gotoPosition(0);
  line('go to the start', [ms(t0)]);
  await continueThenBack(line);

  // A loop of natives and calls, 10⁶ statements deep.
  const loop = loopScenario(64);
  const deep = await Simulation.load(loop.file, new NodeFileAccess(), {}, { timeTravel: true, stepBudget: 1e12 });
  populateAnonRange(deep.model, 1, ADDR, 64);
  deep.history!.rebase();
  fs.unlinkSync(loop.file);
  fs.unlinkSync(loop.c);
  deep.history!.setJournal(true);
  t0 = process.hrtime.bigint();
  while (deep.position() < DEEP && !deep.sched.ended) deep.stepIn(deep.sched.mainTid);
  const runMs = ms(t0);
  console.log(`deep loop: ${deep.position()} statements run in ${runMs.toFixed(0)} ms (${((deep.position() / runMs) * 1000).toFixed(0)} statements/s with time travel)`);
  line(`step back at ~${DEEP} (journal)`, backs(deep, 200), GOAL_BACK);
  deep.history!.setJournal(false);
  line(`step back at ~${DEEP} (snapshot+replay)`, backs(deep, 20), 'the old way');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
