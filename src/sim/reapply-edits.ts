// A recorded edit of a run (src/protocol/edits.ts) applied again to a fresh load of the scenario
// at the same position: the evidence replay (evidence.ts) calls this where the original run was
// changed, through the same setters, so the replayed run records the edit in its own history too
// (step back undoes it there as well). An edit that no longer fits (another function in that
// frame, no such page) is an error naming it: the scenario or the C code changed since.

import { describeEdit, type RunEdit } from '../protocol/edits';
import type { Simulation } from './simulation';
import { reapplyPte, reapplyTlb } from './set-model';
import { reapplyCValue, reapplyGoto, setPageField } from './set-value';

/** Apply `e` now; throws with a message naming the edit when it cannot be applied. */
export function reapplyEdit(sim: Simulation, e: RunEdit): void {
  try {
    switch (e.kind) {
      case 'c':
        return reapplyCValue(sim, e);
      case 'page':
        setPageField(sim, e.pfn, e.field, e.value, e.thread);
        return;
      case 'pte':
        return reapplyPte(sim, e);
      case 'tlb':
        return reapplyTlb(sim, e);
      case 'goto':
        return reapplyGoto(sim, e);
    }
  } catch (err) {
    throw new Error(`the edit ${describeEdit(e)} cannot be applied: ${(err as Error).message.replace(/^mmstep: /, '')}`);
  }
}
