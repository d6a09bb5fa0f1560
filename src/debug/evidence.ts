// The adapter's side of evidence (issue 9, item 4): the `mmstepEvidence` request answers, for the
// current stop, a StepEvidence a review comment can carry (where, the schedule that got there,
// the state hash and a text excerpt of the state); the `replayTo` launch argument runs a fresh
// load of the scenario by that schedule to exactly that step and stops there, saying clearly
// when the state is not the recorded one. The debugger's edits of the run (setVariable, goto)
// travel with the evidence and the replay applies them again at their steps. The logic is here so
// the session only dispatches.

import { OutputEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { stateExcerpt } from '../protocol/excerpt';
import type { StepEvidence } from '../review/drafts';
import { checkReplayTo, Replay, stepIdentity, type ReplayTarget } from '../sim/evidence';
import type { Simulation } from '../sim/simulation';
import type { SimulationApi, StopInfo } from '../sim/types';
import type { RunControl } from './run-control';

export { checkReplayTo } from '../sim/evidence';

/** Custom request: arguments `{ threadId?, maxLines?, all? }`, body a StepEvidence. */
export const EVIDENCE_REQUEST = 'mmstepEvidence';

/** The evidence shape lives with the drafts that store it (src/review/drafts.ts). */
export type { StepEvidence };

/** The real Simulation behind the API (evidence needs its history); a test double has none. */
function simulationOf(sim: SimulationApi | undefined): Simulation | undefined {
  const s = sim as Partial<Simulation> | undefined;
  return s && s.history && s.sched && typeof s.hash === 'function' ? (sim as Simulation) : undefined;
}

/** The launch's patch argument as evidence names it (`{ mails, messageId }` → `{ mail, messageId }`). */
function patchOf(raw: unknown): StepEvidence['patch'] {
  if (!raw || typeof raw !== 'object') return undefined;
  const p = raw as { mails?: unknown; mail?: unknown; messageId?: unknown; select?: unknown; base?: unknown };
  const mails = Array.isArray(p.mails) ? p.mails.filter((m): m is string => typeof m === 'string') : typeof p.mail === 'string' ? [p.mail] : [];
  const id = typeof p.messageId === 'string' ? p.messageId : typeof p.select === 'string' ? p.select : undefined;
  if (!mails.length || !id) return undefined;
  return { mail: mails[0], messageId: id, ...(mails.length > 1 ? { mails } : {}), ...(typeof p.base === 'string' ? { base: p.base } : {}) };
}

/**
 * The evidence for the current stop. `launch` is the raw launch arguments of the session (the
 * scenario, kernel tree and patch to start the same run again).
 */
export function captureEvidence(rc: RunControl, launch: unknown, args: unknown): StepEvidence {
  const sim = rc.sim;
  if (!sim) throw new Error('mmstep: no scenario is loaded');
  if (rc.ended) throw new Error('mmstep: the run has ended; evidence is taken where the program is stopped');
  if (rc.isRunning()) throw new Error('mmstep: the program is running; pause it to take evidence');
  const real = simulationOf(sim);
  if (!real) throw new Error('mmstep: this simulation records no schedule; evidence cannot be taken');
  const a = (args && typeof args === 'object' ? args : {}) as { threadId?: number; maxLines?: number; all?: boolean };
  const l = (launch && typeof launch === 'object' ? launch : {}) as { scenario?: unknown; kernelTree?: unknown; patch?: unknown };
  const kernelTree = typeof l.kernelTree === 'string' ? l.kernelTree : undefined;
  const tid = a.threadId ?? rc.focusThreadId();
  const id = stepIdentity(real, tid, kernelTree);
  const view = rc.state();
  const excerpt = view ? stateExcerpt(view, { ...(a.maxLines ? { maxLines: a.maxLines } : {}), ...(a.all ? { all: true } : {}) }) : '';
  const patch = patchOf(l.patch);
  const reason = rc.lastStop?.reason;
  return {
    kind: 'step',
    scenario: typeof l.scenario === 'string' ? l.scenario : sim.scenarioPath,
    ...(kernelTree ? { kernelTree } : {}),
    ...(patch ? { patch } : {}),
    step: id.step,
    label: id.label,
    excerpt,
    schedule: id.schedule,
    stateHash: id.stateHash,
    thread: id.thread,
    ...(id.location ? { location: id.location } : {}),
    ...(id.stage ? { stage: id.stage } : {}),
    ...(reason ? { reason } : {}),
    ...(id.edits ? { edits: id.edits } : {}),
  };
}

/**
 * Starts the run of a `replayTo` launch: replays in RunControl's slices (pause is heard), then
 * stops with reason 'step' and says on the console whether the state hash matched. False when
 * the simulation cannot replay (no history): the caller begins normally.
 */
export function beginReplay(rc: RunControl, target: ReplayTarget, send: (e: DebugProtocol.Event) => void): boolean {
  const sim = simulationOf(rc.sim);
  if (!sim) return false;
  const replay = new Replay(sim, target);
  rc.runResumable((n): StopInfo => {
    const stop = replay.advance(n);
    if (!stop.incomplete) {
      const ex = replay.exception;
      const at = ex && !replay.problem ? ` (its last statement stopped on an exception: ${ex.description ?? ex.exceptionId})` : '';
      const n = replay.editsApplied;
      const edits = n ? ` with the debugger's ${n} edit${n > 1 ? 's' : ''} of the run applied again` : '';
      const text = replay.problem ?? `mmstep: replayed the evidence to step ${target.step}${edits}${replay.verified ? '; the state hash matches' : ''}${at}`;
      send(new OutputEvent(text + '\n', replay.problem ? 'stderr' : 'console'));
    }
    return stop;
  });
  return true;
}

/** Checks evidence read from a drafts file or a command argument; a message says what is wrong. */
export function checkEvidence(raw: unknown): { ok: true; evidence: StepEvidence } | { ok: false; message: string } {
  const bad = (m: string) => ({ ok: false as const, message: `mmstep: the evidence ${m}` });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad('is not an object');
  const e = raw as Partial<StepEvidence>;
  if (e.kind !== 'step') return bad(`is not a step of a run (kind ${JSON.stringify(e.kind)?.slice(0, 30)})`);
  if (typeof e.scenario !== 'string' || !e.scenario.trim()) return bad('names no scenario');
  if (e.kernelTree !== undefined && typeof e.kernelTree !== 'string') return bad('has a kernelTree that is not a path');
  if (e.patch !== undefined && (!e.patch || typeof e.patch.mail !== 'string' || typeof e.patch.messageId !== 'string')) return bad('has a patch without mail and messageId');
  const target = checkReplayTo({
    step: e.step,
    ...(e.schedule !== undefined ? { schedule: e.schedule } : {}),
    ...(e.stateHash !== undefined ? { stateHash: e.stateHash } : {}),
    ...(e.thread !== undefined ? { threadId: e.thread?.id } : {}),
    ...(e.edits !== undefined ? { edits: e.edits } : {}),
  });
  if (!target.ok) return bad(target.message.replace(/^mmstep: "replayTo" /, ''));
  return { ok: true, evidence: e as StepEvidence };
}

/**
 * The launch configuration that opens the debugger at the evidence's step: the same scenario,
 * kernel tree and patch (launch arg `patch: { mails, messageId }`), and `replayTo`.
 */
export function evidenceLaunchConfig(ev: StepEvidence): Record<string, unknown> & { type: string; request: string; name: string } {
  const replayTo = {
    step: ev.step,
    ...(ev.schedule ? { schedule: ev.schedule } : {}),
    ...(ev.stateHash ? { stateHash: ev.stateHash } : {}),
    ...(ev.thread ? { threadId: ev.thread.id } : {}),
    ...(ev.edits?.list.length ? { edits: ev.edits } : {}),
  };
  const edited = ev.edits?.list.length ? ` (${ev.edits.list.length} edit${ev.edits.list.length > 1 ? 's' : ''})` : '';
  return {
    type: 'mmstep',
    request: 'launch',
    name: `mmstep: step ${ev.step} ${ev.label}${edited}`.slice(0, 120),
    scenario: ev.scenario,
    stopOnEntry: false,
    ...(ev.kernelTree ? { kernelTree: ev.kernelTree } : {}),
    ...(ev.patch
      ? { patch: { mails: ev.patch.mails?.length ? ev.patch.mails : [ev.patch.mail], messageId: ev.patch.messageId, ...(ev.patch.base ? { base: ev.patch.base } : {}) } }
      : {}),
    replayTo,
  };
}
