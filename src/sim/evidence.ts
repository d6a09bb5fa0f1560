// A stop of a run as evidence that can be replayed exactly. A run is its scenario plus its
// schedule (DESIGN.md, time travel): a stop is the number of statements executed (the history
// position) and which thread ran each of them, kept as runs of (thread id, count). Replaying a
// fresh load of the scenario by that schedule reaches the same state, which the canonical state
// hash (snapshot.ts) confirms — or shows that the scenario or the C code changed since. The
// debugger's edits of the run (setVariable, goto: set-value.ts) are part of it: evidence carries
// them as plain data (protocol/edits.ts) and the replay applies each again at its position.

import { normalize } from '../c/paths';
import { checkRunEdits, RUN_EDITS_VERSION, type RunEdit, type RunEdits } from '../protocol/edits';
import { reapplyEdit } from './reapply-edits';
import type { Simulation } from './simulation';
import type { StopInfo } from './types';

/** The schedule as runs: `[[1, 120], [2, 5], [1, 30]]` = 120 statements of thread 1, 5 of 2, ... */
export type ScheduleRuns = [number, number][];

/** What identifies a stop of a run, and where it is for people. */
export interface StepIdentity {
  /** Statements executed before the stop (history position). */
  step: number;
  schedule: ScheduleRuns;
  /** Canonical hash of the interpreter and model state at the stop. */
  stateHash: string;
  thread: { id: number; name: string };
  /** The innermost C frame of the thread (absent when it has none: finished). */
  location?: { function: string; file: string; line: number; column: number };
  /** `migrate_vma_collect_pmd() mm/migrate_device.c:123`, or `main (done)`. */
  label: string;
  stage?: string;
  /** The debugger's edits of the run up to the stop, when there are any. */
  edits?: RunEdits;
}

/** Where a replay goes: the step, and the schedule and hash when the evidence has them. */
export interface ReplayTarget {
  step: number;
  schedule?: ScheduleRuns;
  stateHash?: string;
  /** The thread to focus at the stop (default: main). */
  thread?: number;
  /** The debugger's edits, applied again at their steps (in the order of the run). */
  edits?: RunEdits;
}

/** Longest schedule accepted (runs): evidence is read from files, so it is bounded. */
export const MAX_SCHEDULE_RUNS = 1_000_000;

export function encodeSchedule(trace: readonly number[]): ScheduleRuns {
  const out: ScheduleRuns = [];
  for (const tid of trace) {
    const last = out[out.length - 1];
    if (last && last[0] === tid) last[1]++;
    else out.push([tid, 1]);
  }
  return out;
}

/** The runs checked (positive integers) and their total, or what is wrong with them. */
export function checkSchedule(raw: unknown): { ok: true; runs: ScheduleRuns; total: number } | { ok: false; message: string } {
  if (!Array.isArray(raw)) return { ok: false, message: 'the schedule must be a list of [thread id, statements] pairs' };
  if (raw.length > MAX_SCHEDULE_RUNS) return { ok: false, message: `the schedule has ${raw.length} runs, more than ${MAX_SCHEDULE_RUNS}` };
  let total = 0;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as unknown;
    if (!Array.isArray(r) || r.length !== 2 || !r.every((n) => Number.isSafeInteger(n) && (n as number) > 0)) {
      return { ok: false, message: `schedule entry ${i} must be [thread id, statements] with positive whole numbers, not ${JSON.stringify(r)?.slice(0, 40)}` };
    }
    total += r[1] as number;
  }
  return { ok: true, runs: raw as ScheduleRuns, total };
}

/** `file` relative to `base` when it is inside it. */
function inside(file: string, base: string): string | undefined {
  const b = normalize(base).replace(/\/+$/, '') + '/';
  const f = normalize(file);
  return f.startsWith(b) ? f.slice(b.length) : undefined;
}

/**
 * A C file's path for people: inside the kernel tree relative to it, otherwise relative to the
 * deepest folder it shares with the scenario (`kernel/mm/hmm_migrate_v13.c` for examples/x.yaml).
 */
export function displayPath(file: string, scenario: string, kernelTree?: string): string {
  const inTree = kernelTree ? inside(file, kernelTree) : undefined;
  if (inTree) return inTree;
  const f = normalize(file).split('/');
  const s = normalize(scenario).split('/');
  let i = 0;
  while (i < f.length - 1 && i < s.length - 1 && f[i] === s[i]) i++;
  return i > 1 || (i === 1 && f[0] !== '') ? f.slice(i).join('/') : normalize(file);
}

function timeline(sim: Simulation): NonNullable<Simulation['history']> {
  if (!sim.history) throw new Error('mmstep: evidence needs a run with time travel (the schedule is not recorded)');
  return sim.history;
}

/** The identity of the current stop, as seen from thread `tid`. */
export function stepIdentity(sim: Simulation, tid: number, kernelTree?: string): StepIdentity {
  const h = timeline(sim);
  // The edits go with the evidence; the history's positions of edits confirm the log has them all.
  const edits = sim.runEdits.upTo(h.position);
  const logged = [...new Set(edits.map((e) => e.step))];
  const recorded = h.editPositions().filter((p) => p <= h.position);
  if (logged.length !== recorded.length || logged.some((p, i) => p !== recorded[i])) {
    throw new Error(`mmstep: the debugger changed this run at step ${recorded.join(', ')} in a way evidence does not record (it has edits at ${logged.join(', ') || 'no step'}); take it before the change`);
  }
  // What cannot be replayed by statements (native-frames.ts): refused, saying why.
  const inNative = sim.machine.state.threads.find((t) => t.native);
  if (inNative) throw new Error(`mmstep: ${inNative.name} is stopped inside ${inNative.native!.name}, in the middle of its calling statement; step out of it to take evidence`);
  const info = sim.threads().find((t) => t.id === tid);
  if (!info) throw new Error(`mmstep: no thread ${tid}`);
  const frame = sim.stack(tid).find((f) => !f.native && f.file);
  const location = frame ? { function: frame.name, file: frame.file, line: frame.line, column: frame.column } : undefined;
  const label = location
    ? `${location.function}() ${displayPath(location.file, sim.scenarioPath, kernelTree)}:${location.line}`
    : `${info.name} (${info.status})`;
  const stage = sim.stage();
  return {
    step: h.position,
    schedule: encodeSchedule(h.schedule()),
    stateHash: sim.hash(),
    thread: { id: tid, name: info.name },
    ...(location ? { location } : {}),
    label,
    ...(stage ? { stage } : {}),
    ...(edits.length ? { edits: { version: RUN_EDITS_VERSION, list: edits } } : {}),
  };
}

/**
 * Replays a freshly loaded simulation to a target step, in slices (`advance(limit)` returns an
 * `incomplete` stop until it is there, so a debugger stays responsive). With a schedule, each
 * statement runs on the thread that ran it; without one, the scenario's default schedule runs
 * (as continue would, breakpoints ignored). At the target the state hash is compared.
 */
export class Replay {
  private runIndex = 0;
  private runLeft = 0;
  /** Why the replay could not follow the schedule (it stops where it got to). */
  private broken?: string;
  /** After the end: the hash matched (undefined when the target had none). */
  verified?: boolean;
  /** A message for the user: a mismatch or a schedule that could not be followed. */
  problem?: string;
  /** The exception the last statement replayed stopped on (the evidence was taken at it), if any. */
  exception?: StopInfo;
  /** The next of target.edits to apply; how many were applied. */
  private nextEdit = 0;

  constructor(private readonly sim: Simulation, readonly target: ReplayTarget) {
    timeline(sim);
    if (target.schedule) this.runLeft = target.schedule[0]?.[1] ?? 0;
  }

  /** Edits applied again so far. */
  get editsApplied(): number {
    return this.nextEdit;
  }

  /** Applies the edits made at the current position (before its next statement ran); false when one cannot be. */
  private applyEdits(): boolean {
    const list: RunEdit[] = this.target.edits?.list ?? [];
    while (this.nextEdit < list.length && list[this.nextEdit].step <= this.position) {
      const e = list[this.nextEdit];
      if (e.step < this.position) {
        this.broken = `edit ${this.nextEdit} is at step ${e.step}, which the replay passed`;
        return false;
      }
      try {
        reapplyEdit(this.sim, e);
      } catch (err) {
        this.broken = (err as Error).message;
        return false;
      }
      this.nextEdit++;
    }
    return true;
  }

  /** The position of the next edit to apply (Infinity when none is left). */
  private get nextEditStep(): number {
    return this.target.edits?.list[this.nextEdit]?.step ?? Infinity;
  }

  private get position(): number {
    return timeline(this.sim).position;
  }

  private nextTid(): number | undefined {
    const runs = this.target.schedule!;
    while (this.runIndex < runs.length && this.runLeft === 0) {
      this.runIndex++;
      this.runLeft = runs[this.runIndex]?.[1] ?? 0;
    }
    return this.runIndex < runs.length ? runs[this.runIndex][0] : undefined;
  }

  /** Run at most `limit` statements towards the target. */
  advance(limit = Infinity): StopInfo {
    const sched = this.sim.sched;
    const end = Math.min(this.target.step, this.position + limit);
    while (!this.broken && this.position < end) {
      if (!this.applyEdits()) break;
      if (sched.ended) {
        this.broken = `the run ended after ${this.position} statements`;
        break;
      }
      if (!this.target.schedule) {
        // The default schedule; an exception stop on the way (an invariant) is passed by.
        const stop = sched.run(false, Math.min(end, this.nextEditStep) - this.position);
        this.exception = stop.reason === 'exception' ? stop : undefined;
        continue;
      }
      const tid = this.nextTid();
      if (tid === undefined) {
        this.broken = `the schedule ends after ${this.position} statements`;
        break;
      }
      const t = this.sim.threads().find((x) => x.id === tid);
      if (!t || t.status !== 'ready') {
        this.broken = `statement ${this.position + 1} of the schedule runs thread ${tid}, which is ${t ? t.status : 'not in this scenario'}`;
        break;
      }
      const r = sched.runOne(tid);
      this.exception = r.stop?.reason === 'exception' ? r.stop : undefined;
      this.runLeft--;
    }
    if (!this.broken && this.position < this.target.step) return { reason: 'pause', tid: sched.focus, incomplete: true };
    // The edits made at the stop itself, after its last statement.
    if (!this.broken) this.applyEdits();
    const left = (this.target.edits?.list.length ?? 0) - this.nextEdit;
    if (!this.broken && left > 0) this.broken = `${left} edit(s) are after step ${this.position}`;
    return this.arrive();
  }

  private arrive(): StopInfo {
    const sched = this.sim.sched;
    const want = this.target.thread;
    const focus = want !== undefined && this.sim.threads().some((t) => t.id === want) ? want : sched.mainTid;
    sched.focus = focus;
    if (this.sim.threads().find((t) => t.id === focus)?.status === 'ready') sched.current = focus;
    const where = `step ${this.position}`;
    if (this.broken) {
      this.problem = `mmstep: cannot replay the evidence to step ${this.target.step}: ${this.broken}; stopped at ${where}. The scenario or the C code changed since the evidence was taken (or the evidence was altered).`;
    } else if (this.target.stateHash !== undefined) {
      const now = this.sim.hash();
      this.verified = now === this.target.stateHash;
      if (!this.verified) {
        this.problem = `mmstep: the state at ${where} is not the one the evidence recorded (state hash ${now}, evidence ${this.target.stateHash}): the scenario or the C code changed since the evidence was taken.`;
      }
    }
    // Drops the variable handles of the load (pause only invalidates the inspection).
    this.sim.pause();
    return { reason: 'step', tid: focus, description: this.problem ?? `replayed to ${where}${this.verified ? ' (state hash matches)' : ''}` };
  }
}

const HASH = /^[0-9a-f]{16}$/;

/** Checks the debugger's `replayTo` launch argument (launch-args.ts); a message says what is wrong. */
export function checkReplayTo(raw: unknown): { ok: true; value: ReplayTarget } | { ok: false; message: string } {
  const bad = (m: string) => ({ ok: false as const, message: `mmstep: "replayTo" ${m}` });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return bad('must be an object { "step": N, "schedule"?: [[thread, statements], ...], "stateHash"?: "...", "edits"?: { "version": 1, "list": [...] } }');
  const a = raw as Record<string, unknown>;
  for (const k of Object.keys(a)) if (!['step', 'schedule', 'stateHash', 'threadId', 'edits'].includes(k)) return bad(`has an unknown field "${k.slice(0, 40)}" (known: step, schedule, stateHash, threadId, edits)`);
  if (typeof a.step !== 'number' || !Number.isSafeInteger(a.step) || a.step < 0) return bad(`"step" must be a whole number of statements (0 or more), not ${JSON.stringify(a.step)?.slice(0, 40)}`);
  const value: ReplayTarget = { step: a.step };
  if (a.schedule !== undefined) {
    const s = checkSchedule(a.schedule);
    if (!s.ok) return bad(s.message);
    if (s.total !== a.step) return bad(`schedule covers ${s.total} statements but "step" is ${a.step}`);
    value.schedule = s.runs;
  }
  if (a.stateHash !== undefined) {
    if (typeof a.stateHash !== 'string' || !HASH.test(a.stateHash)) return bad(`"stateHash" must be 16 hex digits, not ${JSON.stringify(a.stateHash)?.slice(0, 40)}`);
    value.stateHash = a.stateHash;
  }
  if (a.threadId !== undefined) {
    if (typeof a.threadId !== 'number' || !Number.isSafeInteger(a.threadId) || a.threadId < 1) return bad(`"threadId" must be a thread id (1 or more), not ${JSON.stringify(a.threadId)?.slice(0, 40)}`);
    value.thread = a.threadId;
  }
  if (a.edits !== undefined) {
    const e = checkRunEdits(a.edits, a.step);
    if (!e.ok) return bad(`"edits": ${e.message}`);
    if (e.edits.list.length) value.edits = e.edits;
  }
  return { ok: true, value };
}
