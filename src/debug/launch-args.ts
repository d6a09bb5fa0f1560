// The `launch` (and `restart`) arguments of an mmstep debug session, checked before anything runs:
// a launch.json typo must end in a clear message, never in an exception inside the adapter.

import type { DebugProtocol } from '@vscode/debugprotocol';
import { checkPath } from './validate';

export interface MmstepLaunchArguments extends DebugProtocol.LaunchRequestArguments {
  /** Absolute path of the `*.mmstep.yaml` scenario to run. */
  scenario: string;
  /** Stop at the entry function's first statement (default true). */
  stopOnEntry?: boolean;
  /** Log every DAP message (to the debug console). */
  trace?: boolean;
}

export type CheckedLaunch =
  | { ok: true; args: Required<Pick<MmstepLaunchArguments, 'scenario' | 'stopOnEntry' | 'trace'>> }
  | { ok: false; message: string };

/** Validates untyped launch arguments as they arrive from the client. */
export function checkLaunchArguments(raw: unknown): CheckedLaunch {
  if (raw === null || typeof raw !== 'object') {
    return { ok: false, message: 'mmstep: launch arguments are missing (expected { "scenario": "/abs/path/x.mmstep.yaml" })' };
  }
  const a = raw as Record<string, unknown>;
  if (typeof a.scenario !== 'string' || a.scenario.trim() === '') {
    return {
      ok: false,
      message: 'mmstep: launch configuration needs "scenario": the path of a *.mmstep.yaml file',
    };
  }
  const badPath = checkPath(a.scenario, '"scenario"');
  if (badPath) return { ok: false, message: `mmstep: launch configuration: ${badPath}` };
  if (a.stopOnEntry !== undefined && typeof a.stopOnEntry !== 'boolean') {
    return { ok: false, message: `mmstep: "stopOnEntry" must be true or false, not ${JSON.stringify(a.stopOnEntry)}` };
  }
  if (a.trace !== undefined && typeof a.trace !== 'boolean') {
    return { ok: false, message: `mmstep: "trace" must be true or false, not ${JSON.stringify(a.trace)}` };
  }
  return {
    ok: true,
    args: {
      scenario: a.scenario,
      stopOnEntry: a.stopOnEntry === undefined ? true : a.stopOnEntry,
      trace: a.trace === true,
    },
  };
}
