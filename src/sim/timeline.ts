// The timeline's questions to a run with time travel, answered without moving the debugger:
// the state view at another step ("compare with step N"), and the statement that last changed
// a PTE or a page ("reveal where it was last written"). Both look at the recorded run through
// History.walk, which replays on the same simulation and then puts the current state back
// exactly, leaving the stop's variable handles valid. Nothing is tracked while the program runs:
// a last-write question replays backwards in growing windows until the value differs.

import { ptesInRange } from '../mm/pgtable';
import { changedKeys } from '../mm/view';
import type { StateView } from '../protocol/state';
import { Inspector } from './inspect';
import type { Simulation } from './simulation';
import { canonical } from './snapshot';

/** Where a state key was last written. */
export interface LastWrite {
  key: string;
  /** The state after `step` statements is the first to hold the current value. */
  step: number;
  /** The statement that wrote it (absent when the thread had no C frame). */
  at?: { file: string; line: number; column: number; function: string };
  thread?: { id: number; name: string };
  /** The current value, readable (a PTE's text, a page's fields). */
  value: string;
}

/** What `lastWrite` answers for a key never written since the run began. */
export interface NeverWritten {
  key: string;
  step: 0;
  initial: true;
  value: string;
}

function history(sim: Simulation): NonNullable<Simulation['history']> {
  if (!sim.history) throw new Error('mmstep: this run records no history (time travel is off)');
  return sim.history;
}

/** Checks a step number against the recorded run. */
function checkStep(sim: Simulation, step: unknown): number {
  const h = history(sim);
  if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0) {
    throw new Error(`mmstep: "step" must be a whole number of statements (0 or more), not ${JSON.stringify(step)?.slice(0, 40)}`);
  }
  if (step > h.recorded) throw new Error(`mmstep: step ${step} has not been executed yet (the run has recorded ${h.recorded} statements)`);
  return step;
}

/**
 * The state view after `step` statements, with `changed` listing what differs from the current
 * state (for a side-by-side comparison). The debugger does not move.
 */
export function stateAt(sim: Simulation, step: number): StateView {
  const at = checkStep(sim, step);
  const now = sim.stateView();
  let view: StateView | undefined;
  // A fresh inspector: the simulation's own keeps the current stop's cache and handles.
  history(sim).walk(at, at, () => {
    view = new Inspector(sim).stateView();
  });
  const v = view!;
  v.changed = changedKeys(now, v);
  return v;
}

const PTE_KEY = /^pte:(\d+):(0x[0-9a-f]+)$/i;
const PAGE_KEY = /^page:(\d+)(?::[a-z_]+)?$/i;

/** A key's value as comparable text, read straight from the model (cheap: one object). */
export function keyValue(sim: Simulation, key: string): string {
  const pte = PTE_KEY.exec(key);
  if (pte) {
    const addr = Number(BigInt(pte[2]));
    const slot = ptesInRange(sim.model, Number(pte[1]), addr, addr + 1, true)[0];
    return slot ? '0x' + BigInt.asUintN(64, slot.value).toString(16) : 'not mapped';
  }
  const page = PAGE_KEY.exec(key);
  if (page) {
    const p = sim.model.pages[Number(page[1])];
    return p ? canonical(p) : 'no such page';
  }
  throw new Error(`mmstep: cannot tell where ${JSON.stringify(key).slice(0, 60)} was written: only PTEs (pte:<pid>:<addr>) and pages (page:<pfn>) are tracked`);
}

/** The readable current value of a key (a PTE's decoded text, a page's summary). */
function shownValue(sim: Simulation, key: string): string {
  const v = sim.stateView();
  for (const p of v.processes) for (const e of p.ptes) if (e.key === key) return `${e.addr}: ${e.text}`;
  const base = key.split(':').slice(0, 2).join(':');
  for (const p of v.pages) {
    if (p.key === base) return `pfn 0x${p.pfn.toString(16)}: refcount ${p.refcount}, mapcount ${p.mapcount}${p.flags.length ? ', ' + p.flags.join(' ') : ''}`;
  }
  return keyValue(sim, key);
}

/** First window replayed backwards; it doubles until the change is found or step 0 is reached. */
const FIRST_WINDOW = 256;

/**
 * The statement that last changed `key` (pte:<pid>:<addr>, page:<pfn>) before the current
 * position: the latest step whose statement made the value what it is now. Exact: it replays
 * the recorded run (backwards in windows) and compares the value after every statement.
 */
export function lastWrite(sim: Simulation, key: string): LastWrite | NeverWritten {
  const h = history(sim);
  const now = keyValue(sim, key);
  const end = h.position;
  const trace = h.schedule();
  const value = shownValue(sim, key);
  let hi = end;
  let window = FIRST_WINDOW;
  while (hi > 0) {
    const lo = Math.max(0, hi - window);
    let found: LastWrite | undefined;
    let prev: string | undefined;
    let nextAt: LastWrite['at'];
    let pending: LastWrite['at'];
    h.walk(lo, hi, (pos) => {
      const v = keyValue(sim, key);
      // `pending` is where the statement that just ran (pos - 1) was.
      if (prev !== undefined && v !== prev) {
        found = { key, step: pos, value, ...(pending ? { at: pending } : {}), thread: threadOf(sim, trace[pos - 1]) };
      }
      prev = v;
      nextAt = pos < end ? locationOf(sim, trace[pos]) : undefined;
      pending = nextAt;
    });
    // The last change in this window, if the value then is the one now (it is: it is the last).
    if (found) return found;
    if (prev !== now && hi !== end) {
      // Cannot happen on a deterministic replay; say so rather than answer wrongly.
      throw new Error(`mmstep: the replay of steps ${lo}..${hi} does not reproduce ${key}`);
    }
    hi = lo;
    window *= 2;
  }
  return { key, step: 0, initial: true, value };
}

function threadOf(sim: Simulation, tid: number | undefined): { id: number; name: string } | undefined {
  if (tid === undefined) return undefined;
  const t = sim.machine.state.threads[tid - 1];
  return t ? { id: tid, name: t.name } : undefined;
}

/** Where thread `tid` is about to run its next statement (its innermost C frame). */
function locationOf(sim: Simulation, tid: number | undefined): LastWrite['at'] {
  if (tid === undefined) return undefined;
  const t = sim.machine.state.threads[tid - 1];
  if (!t || !t.frames.length) return undefined;
  const loc = sim.machine.currentLoc(t);
  if (!loc || !loc.file || !loc.line) return undefined;
  const fr = t.frames[t.frames.length - 1];
  return { file: loc.file, line: loc.line, column: loc.column || 1, function: sim.machine.fn(fr.fn).name };
}
