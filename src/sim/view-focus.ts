// The address a stop is about, for the state panel's page-table picture: the page walk and the
// collect/restore loops keep the address they work on in a local `addr` (kernel naming), so the
// innermost frame of the focus thread that has an `addr` in scope names the pmd the loop is in.
// Only plain integer locals count (an `addr` held in memory, or a pointer, is skipped).

import type { Simulation } from './simulation';

const NAMES = ['addr', 'start'];

export function focusAddress(sim: Simulation, tid = sim.sched.focus): number | undefined {
  const m = sim.machine;
  const t = m.state.threads[tid - 1] ?? m.state.threads[sim.sched.mainTid - 1];
  if (!t) return undefined;
  for (const name of NAMES) {
    for (let fi = t.frames.length - 1; fi >= 0; fi--) {
      const fr = t.frames[fi];
      const fn = m.fn(fr.fn);
      const line = m.currentLoc(t, fi).line;
      for (let idx = 0; idx < fn.locals.length; idx++) {
        const l = fn.locals[idx];
        if (l.name !== name || l.mem || l.temp) continue;
        if (idx >= fn.params && (line < l.declLine || line > l.scopeEnd)) continue;
        const v = fr.vars[idx];
        if (typeof v !== 'bigint' || v < 0n || v >= 1n << 48n) continue;
        return Number(v);
      }
    }
  }
  return undefined;
}
