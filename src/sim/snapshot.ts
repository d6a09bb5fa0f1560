// Snapshots of a whole simulation (interpreter + model + scheduler) and a canonical hash of
// its state. Everything involved is plain data, so a snapshot is a deep copy and restoring
// one continues exactly as the original run would have: the basis for replay, stepping back
// and exploring interleavings.

import type { MachineState } from '../c/machine';
import { restoreModel, type MmModel } from '../mm/state';
import type { SchedulerState } from './scheduler';
import { fnv64 } from '../c/hash';

export { fnv64 };

export interface SimSnapshot {
  machine: MachineState;
  model: MmModel;
  sched: SchedulerState;
}

export interface Snapshottable {
  machine: { state: MachineState };
  model: MmModel;
  sched: { saveState(): SchedulerState; loadState(s: SchedulerState): void };
}

export function takeSnapshot(sim: Snapshottable): SimSnapshot {
  return structuredClone({ machine: sim.machine.state, model: sim.model, sched: sim.sched.saveState() });
}

export function restoreSnapshot(sim: Snapshottable, snap: SimSnapshot): void {
  sim.machine.state = structuredClone(snap.machine);
  // The natives hold the model object itself: restore it in place.
  restoreModel(sim.model, snap.model);
  sim.sched.loadState(structuredClone(snap.sched));
}

/**
 * The live state objects themselves, not copies: what `attachState` puts back with their
 * identity, so whatever refers to them (the undo journal's entries) still applies afterwards.
 */
export interface LiveState {
  machine: MachineState;
  model: Record<string, unknown>;
  sched: Record<string, unknown>;
}

/** Take the live state aside (a snapshot restored next gives the simulation copies to run on). */
export function detachState(sim: Snapshottable): LiveState {
  return { machine: sim.machine.state, model: { ...sim.model }, sched: { ...(sim.sched as unknown as Record<string, unknown>) } };
}

/** Put the live state taken by `detachState` back, the same objects. */
export function attachState(sim: Snapshottable, live: LiveState): void {
  sim.machine.state = live.machine;
  const model = sim.model as unknown as Record<string, unknown>;
  for (const k of Object.keys(model)) delete model[k];
  Object.assign(model, live.model);
  // As after a restore: the incremental invariant check looks at everything next.
  (model as { touchedAll?: boolean }).touchedAll = true;
  Object.assign(sim.sched, live.sched);
}

/** Canonical text of a plain-data value: sorted keys, BigInt tagged, undefined dropped. */
export function canonical(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (v === null || typeof v !== 'object') return v === undefined ? 'u' : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

/**
 * Model fields that are bookkeeping, not memory state: what the incremental invariant checks
 * must look at again (touched*, pending) and the pfn → pte reverse index (derived from the page
 * tables, its order depends on history). Two runs in the same state may differ there.
 */
export const MODEL_BOOKKEEPING_KEYS = ['touched', 'touchedAll', 'touchedVa', 'pending', 'ptesOf', 'pteWarnings'];

/** Hash of the execution-relevant state (interpreter and model; not output or statistics). */
export function stateHash(sim: Snapshottable): string {
  const { steps, ...machine } = sim.machine.state;
  void steps;
  const model: Record<string, unknown> = { ...sim.model };
  for (const k of MODEL_BOOKKEEPING_KEYS) delete model[k];
  // A held PTL also carries the checks deferred to its release (flux, fluxVa): bookkeeping too.
  const objs: Record<string, unknown> = {};
  for (const [id, o] of Object.entries(sim.model.objs)) {
    const { flux, fluxVa, ...rest } = o as { flux?: unknown; fluxVa?: unknown };
    void flux;
    void fluxVa;
    objs[id] = rest;
  }
  model.objs = objs;
  return fnv64(canonical({ machine, model }));
}
