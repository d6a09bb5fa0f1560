// Running one scenario of the kernel-tree comparisons to its end: the final state, the stages
// in order and how many statements ran in the swapped file — shared by the Debian-tree test and
// the opt-in mainline test, so both compare runs made the same way.

import type { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { finalState, type FinalState } from './final-state';

export interface Run {
  final: FinalState;
  stages: string[];
  /** Statements executed in functions of `file`. */
  steps: number;
  sim: Simulation;
}

/**
 * Run a scenario to its end, counting the statements executed in `file` (the swapped one). With
 * `kernel`, the model is that version's (what a kernel tree's scenario gets: its x86-64 pte
 * helpers, its LRU add batch size), so kernel/'s C runs on the same model as the tree's file.
 */
export async function run(scenario: string, files: NodeFileAccess, file: string, kernel?: { major: number; minor: number }): Promise<Run> {
  const stages: string[] = [];
  const sim = await Simulation.load(scenario, files, { stage: (s) => void stages.push(s) });
  if (kernel) sim.model.x86Kernel = { ...kernel };
  let steps = 0;
  sim.sched.onStep = (tid) => {
    const t = sim.machine.thread(tid);
    const fr = t.frames[t.frames.length - 1];
    if (fr && sim.program.functions[fr.fn].file === file) steps++;
  };
  sim.runToEnd();
  return { final: finalState(sim, [file]), stages, steps, sim };
}
