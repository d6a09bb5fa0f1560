// One verdict everywhere. A scenario's expectations describe one moment of the run: the first
// invariant violation when there is one — a headless run (`mmstep run`/`check`, Run Scenario)
// stops there — and the end of the run otherwise. The debugger may continue past the violation
// (or have the invariant exception filter off); it still judges that same moment, so the CLI,
// Run Scenario and the debugger agree. The moment is taken as plain data in the scheduler's
// state, so time travel (step back, replay) restores it with everything else.

import type { ExpectationResult, RunResult } from './types';
import type { Simulation } from './simulation';

export interface VerdictMoment {
  expectations: ExpectationResult[];
  checkedAt: NonNullable<RunResult['checkedAt']>;
}

/** Taken by the scheduler right after it records the run's first violation. */
export function verdictMoment(sim: Simulation): VerdictMoment {
  const v = sim.sched.violations[0];
  const at = v?.at ?? sim.sched.violationAt;
  return {
    expectations: sim.expectationsNow(),
    checkedAt: {
      moment: 'violation',
      step: sim.machine.state.steps,
      ...(v ? { invariant: v.invariant } : {}),
      ...(at ? { file: at.file, line: at.line } : {}),
    },
  };
}

function baseName(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/** "expectations checked at the first invariant violation (migration-entry-locked, step 412, hmm_migrate_v13.c:353)". */
export function describeCheckedAt(c: RunResult['checkedAt']): string | undefined {
  if (!c) return undefined;
  if (c.moment === 'violation') {
    const where = c.file ? `, ${baseName(c.file)}:${c.line}` : '';
    return `expectations checked at the first invariant violation (${c.invariant ?? 'violation'}, step ${c.step}${where}), where a headless run stops`;
  }
  if (c.moment === 'end') return `expectations checked at the end of the run (step ${c.step})`;
  return `expectations checked where the run is now (step ${c.step}; it has not ended)`;
}
