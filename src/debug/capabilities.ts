// What the mmstep adapter tells the client it can do, and the exception breakpoint filters.
// Faults and invariant violations of the simulated kernel are presented as exceptions (as TLC's
// debugger does with "halt on violations"): the user can switch each family off in the
// BREAKPOINTS view, and the simulation only stops on the enabled ones.

import type { DebugProtocol } from '@vscode/debugprotocol';

/** Filter ids understood by Simulation.setExceptionFilters. */
export const EXCEPTION_FILTERS: DebugProtocol.ExceptionBreakpointsFilter[] = [
  {
    filter: 'faults',
    label: 'Kernel faults',
    description:
      'Stop where the C code faults: NULL dereference, out-of-bounds index, use of a freed page, ' +
      'uninitialized read, division by zero, BUG_ON, sleeping under a spinlock, step budget exhausted.',
    default: true,
  },
  {
    filter: 'invariants',
    label: 'Invariant violations',
    description:
      'Stop after the step that breaks a memory-model invariant (e.g. a page\'s mapcount no longer ' +
      'equals the number of PTEs mapping it).',
    default: true,
  },
  {
    filter: 'deadlock',
    label: 'Deadlocks',
    description: 'Stop when no thread can run: every thread waits for a lock or page another one holds.',
    default: true,
  },
];

export function defaultExceptionFilterIds(): string[] {
  return EXCEPTION_FILTERS.filter((f) => f.default).map((f) => f.filter);
}

export function capabilities(): DebugProtocol.Capabilities {
  return {
    supportsConfigurationDoneRequest: true,
    supportsFunctionBreakpoints: true,
    exceptionBreakpointFilters: EXCEPTION_FILTERS,
    supportsExceptionInfoRequest: true,
    supportsRestartRequest: true,
    supportsTerminateRequest: true,
    supportsEvaluateForHovers: true,
    // variables/evaluate honour DAP ValueFormat `hex` (every integer in hex; src/sim/values.ts).
    supportsValueFormattingOptions: true,
    // next/stepIn/stepOut honour `singleThread`: the other threads stay frozen.
    supportsSingleThreadExecutionRequests: true,
    // Conditions are C expressions evaluated in the stopping frame; hit counts; logpoints.
    supportsConditionalBreakpoints: true,
    supportsHitConditionalBreakpoints: true,
    supportsLogPoints: true,
    // Step back and reverse continue replay the recorded schedule from a snapshot.
    supportsStepBack: true,
    // next/stepIn/stepOut/stepBack step by line; `granularity` 'statement' (or 'instruction',
    // the same: a statement is the finest step) stops at each statement, e.g. each for clause.
    supportsSteppingGranularity: true,
    // Data breakpoints on page fields, ptes, TLB entries and C lvalues (data-breakpoints.ts);
    // setVariable / setExpression on C values and page fields, and goto within the current
    // function, recorded in the run so that step back and replay stay exact (set-value.ts).
    supportsDataBreakpoints: true,
    supportsSetVariable: true,
    supportsSetExpression: true,
    supportsGotoTargetsRequest: true,
  };
}
