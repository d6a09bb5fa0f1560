// Helpers for the HMM v13 (2016 flow) tests: load an example scenario into a real Simulation,
// and trace one page through a run statement by statement — recording its refcount, mapcount,
// lock, LRU state and the pte at one address each time one of them changes, together with the
// function and line of the statement that changed it.

import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import type { PageView } from '../../../src/protocol/state';
import { Simulation } from '../../../src/sim/simulation';

export const ROOT = path.resolve(__dirname, '../../../..');

export function example(name: string): string {
  return path.join(ROOT, 'examples', `${name}.mmstep.yaml`);
}

export async function loadExample(name: string): Promise<Simulation> {
  return Simulation.load(example(name), new NodeFileAccess());
}

export function mainTid(sim: Simulation): number {
  const t = sim.threads().find((x) => x.name === 'main');
  if (!t) throw new Error('no main thread');
  return t.id;
}

export function page(sim: Simulation, pfn: number): PageView | undefined {
  return sim.stateView().pages.find((p) => p.pfn === pfn);
}

/** "kind pfn" of the pte of (pid, addr) in the state view, e.g. "migration 0x100". */
export function pte(sim: Simulation, pid: number, addr: number): string {
  for (const proc of sim.stateView().processes) {
    if (proc.pid !== pid) continue;
    for (const p of proc.ptes) {
      if (Number(p.addr) === addr) return p.pfn === undefined ? p.kind : `${p.kind} 0x${p.pfn.toString(16)}`;
    }
  }
  return 'absent';
}

/** Compact state of a page: "ref/map locked lru | pte", or "freed". */
export function pageState(sim: Simulation, pfn: number, pid: number, addr: number): string {
  const p = page(sim, pfn);
  if (!p) return `absent | ${pte(sim, pid, addr)}`;
  if (p.free) return `freed | ${pte(sim, pid, addr)}`;
  return `${p.refcount}/${p.mapcount} ${p.locked ? 'locked' : 'unlocked'} ${p.lru} | ${pte(sim, pid, addr)}`;
}

export interface TraceEntry {
  /** Function and line of the statement that made the change. */
  fn: string;
  line: number;
  state: string;
}

/**
 * Step the main thread (stepping into C calls) to the end, recording every change of
 * `probe()`. The first entry is the initial state (fn '<start>').
 */
export function traceMain(sim: Simulation, probe: () => string, maxSteps = 20000): TraceEntry[] {
  const tid = mainTid(sim);
  const out: TraceEntry[] = [{ fn: '<start>', line: 0, state: probe() }];
  for (let n = 0; n < maxSteps; n++) {
    const top = sim.stack(tid)[0];
    const stop = sim.stepIn(tid);
    const s = probe();
    if (s !== out[out.length - 1].state) out.push({ fn: top?.name ?? '?', line: top?.line ?? 0, state: s });
    if (stop.ended || stop.reason === 'exception') return out;
  }
  throw new Error(`no end after ${maxSteps} steps`);
}
