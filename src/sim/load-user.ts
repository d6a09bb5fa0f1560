// A scenario whose entry runs as a user-space program (`entry.user_process`, issue 12): the
// pieces `mmstep exec --user` and the selftests give a user program, given to a scenario's
// main thread instead — mmstep's kernel fault path linked in (user-program.ts), the process's
// system calls and libc (mmap, malloc, ...) as natives, a malloc heap in that process, and
// mmstep's user headers (<sys/mman.h>, <stdlib.h>, ...) after kernel/include. Kept apart from
// load.ts, which stays the scenario loader.

import type { NativeTable } from '../c/native';
import { join } from '../c/paths';
import type { MmModel } from '../mm/state';
import { scenarioDiagnostic } from '../scenario/semantic';
import type { Scenario } from '../scenario/types';
import type { Diagnostic } from './types';
import { addUserHeap, userKernelSources, userNatives } from './user-program';

export interface UserEntry {
  /** Sources to link after the scenario's own (the fault path), absent from them. */
  sources: string[];
  /** Include directories after the scenario's (mmstep's user headers). */
  includeDirs: string[];
}

/** mmstep's kernel/ folder among the file access's source roots. */
export function mmstepKernelDir(roots: readonly string[]): string | undefined {
  return roots.find((r) => /(^|\/)kernel\/?$/.test(r))?.replace(/\/$/, '');
}

/**
 * Set up the model and natives for `scenario.entry.user_process` (a no-op without it):
 * returns what to link and include, or a diagnostic at the key when it cannot be done.
 */
export function userEntry(scenario: Scenario, model: MmModel, natives: NativeTable, sources: readonly string[], roots: readonly string[]): UserEntry | { error: Diagnostic } | undefined {
  const pid = scenario.entry.userProcess;
  if (pid === undefined) return undefined;
  const kernelDir = mmstepKernelDir(roots);
  if (!kernelDir) return { error: scenarioDiagnostic(scenario, '/entry/user_process', "cannot find mmstep's kernel/ folder, whose fault path (mm/memory.c) a user program is linked with") };
  if (!model.mms[pid]) return { error: scenarioDiagnostic(scenario, '/entry/user_process', `no process with pid ${pid} in memory.processes`) };
  addUserHeap(model, pid);
  Object.assign(natives, userNatives(model));
  const have = new Set(sources);
  return { sources: userKernelSources(kernelDir).filter((s) => !have.has(s)), includeDirs: [join(kernelDir, 'user/include')] };
}
