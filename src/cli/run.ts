// `mmstep run SCENARIO`: run one scenario to the end and print what happened — each stage as it
// is entered, printf output, optionally every statement (--trace), the final state, the result
// and the verdict — or, with --json, one JSON object with the same information.

import { describeCheckedAt } from '../sim/verdict';
import type { RunResult, SimEvents, SimulationApi, StopInfo } from '../sim/types';
import type { StateView } from '../protocol/state';
import { formatExpectations, formatResult, formatStage, formatState, formatWarnings } from './format';
import { CliIo, loadScenario, printDiagnostics } from './load';
import { escapeControls } from './terminal-text';

export interface StageEvent {
  name: string;
  tid: number;
  thread: string;
  /** Stages entered before this one. */
  index: number;
}

export interface RunJson {
  scenario: string;
  name: string;
  result: RunResult;
  state: StateView;
  stages: StageEvent[];
}

/** Upper bound on traced steps, in case a simulation never reports its end. */
const TRACE_LIMIT = 1_000_000;

function threadName(sim: SimulationApi | undefined, tid: number): string {
  try {
    return sim?.threads().find((t) => t.id === tid)?.name ?? `thread ${tid}`;
  } catch {
    return `thread ${tid}`;
  }
}

/** Execute statement by statement, printing where each thread is before every step. */
async function traceRun(io: CliIo, sim: SimulationApi, files = io.files): Promise<RunResult> {
  const lines = new Map<string, string[] | null>();
  const sourceLine = async (file: string, line: number): Promise<string> => {
    if (!lines.has(file)) {
      try {
        lines.set(file, (await files.readText(file)).split('\n'));
      } catch {
        lines.set(file, null);
      }
    }
    return escapeControls(lines.get(file)?.[line - 1]?.trim() ?? '');
  };
  // Other threads run inside a step of the traced one (when it sleeps or calls schedule()) and
  // 'first' threads run before main starts; the step counter shows how much they did.
  const many = sim.threads().length > 1;
  let steps = many ? sim.stateView().step : 0;
  if (steps > 0) io.out(`  (${steps} statement${steps === 1 ? '' : 's'} ran in other threads before main)\n`);
  const first = sim.threads().find((t) => t.status === 'running') ?? sim.threads().find((t) => t.status === 'ready');
  let tid = first?.id ?? 1;
  for (let n = 0; n < TRACE_LIMIT; n++) {
    const frame = sim.stack(tid)[0];
    if (frame) {
      const src = frame.native ? '(native)' : await sourceLine(frame.file, frame.line);
      io.out(`  [${threadName(sim, tid)}] ${frame.name}  ${io.display(frame.file)}:${frame.line}  ${src}\n`);
    }
    const stop: StopInfo = sim.stepIn(tid, false, undefined, 'statement');
    if (many && !stop.ended) {
      const now = sim.stateView().step;
      if (now - steps > 1) io.out(`  (other threads ran ${now - steps - 1} statement${now - steps - 1 === 1 ? '' : 's'})\n`);
      steps = now;
    }
    if (stop.ended || stop.reason === 'end') return sim.result();
    if (stop.reason === 'exception') {
      io.out(`  ! ${stop.exceptionId ?? 'exception'}: ${stop.description ?? ''}\n`);
      // An invariant violation is shown on the statement that broke it (already run, and
      // listed above): this step moves on to where the thread rests, running nothing.
      const f = stop.at ? sim.stack(stop.tid)[0] : undefined;
      if (f && stop.at && f.line === stop.at.line && f.file === stop.at.file) sim.stepIn(stop.tid, false, undefined, 'statement');
    }
    tid = stop.tid;
  }
  return sim.runToEnd();
}

export async function runCommand(io: CliIo, file: string, opts: { json: boolean; trace: boolean; quiet: boolean; kernelTree?: string; patch?: string[]; patchBase?: string; stepBudget?: number }): Promise<number> {
  const stages: StageEvent[] = [];
  let sim: SimulationApi | undefined;
  const chatty = !opts.json && !opts.quiet;
  let atLineStart = true;
  const events: SimEvents = {
    stage(name, tid) {
      const ev = { name, tid, thread: threadName(sim, tid), index: stages.length };
      stages.push(ev);
      if (chatty) {
        if (!atLineStart) io.out('\n');
        io.out(formatStage(name, ev.thread, io));
        atLineStart = true;
      }
    },
    output(_category, text) {
      if (chatty && text.length) {
        io.out(escapeControls(text));
        atLineStart = text.endsWith('\n');
      }
    },
  };
  const loaded = await loadScenario(io, file, events, { kernelTree: opts.kernelTree, patch: opts.patch, patchBase: opts.patchBase, stepBudget: opts.stepBudget });
  if (!loaded.ok) {
    printDiagnostics(io, loaded.diagnostics);
    return 2;
  }
  sim = loaded.sim;
  if (chatty) {
    io.out(escapeControls(`mmstep: ${loaded.name} (${file})\n`));
    if (loaded.description) io.out(escapeControls(`  ${loaded.description.trim().replace(/\s*\n\s*/g, ' ')}\n`));
  }
  const result = opts.trace ? await traceRun(io, sim, loaded.files) : sim.runToEnd();
  const state = sim.stateView();
  if (opts.json) {
    const display = { ...result, fault: result.fault && { ...result.fault, file: io.display(result.fault.file) } };
    const out: RunJson = { scenario: file, name: loaded.name, result: display, state, stages };
    io.out(JSON.stringify(out, null, 2) + '\n');
    return result.passed ? 0 : 1;
  }
  if (!atLineStart) io.out('\n');
  const shown = {
    ...result,
    fault: result.fault && { ...result.fault, file: io.display(result.fault.file) },
    violation: result.violation && { ...result.violation, file: io.display(result.violation.file) },
  };
  if (!opts.quiet) io.out('\n' + formatState(state, { color: io.color, title: 'Final state' }) + '\n');
  else io.out(escapeControls(`mmstep: ${loaded.name} (${file})\n`));
  io.out(formatResult(shown, io));
  io.out(formatWarnings(state.warnings, { color: io.color, display: (f) => io.display(f) }));
  io.out(formatExpectations(result.expectations, result.passed, io));
  const moment = describeCheckedAt(result.checkedAt);
  if (moment) io.out(`  (${moment})\n`);
  return result.passed ? 0 : 1;
}
