// Run time of the interpreter's intrinsics (see intrinsics.ts for the compile side): BUG_ON and
// friends stop with a fault naming the condition, WARN_ON reports once per site when asked,
// schedule() ends the step so another thread can run.

import type { BuiltinInfo } from './intrinsics';
import type { Insn } from './ir';
import type { Frame, MachineHooks, MachineState, StepOutcome } from './machine-state';
import { SimFault, type SourceLoc } from './native';
import { truthy } from './value';
import { noteWrite } from './undo-sink';

export function runBuiltin(state: MachineState, hooks: MachineHooks, fr: Frame, insn: Insn, loc: SourceLoc): StepOutcome | undefined {
  const info = insn.b as BuiltinInfo;
  switch (info.kind) {
    case 'bug': {
      const c = fr.stack.pop()!;
      if (truthy(c)) throw new SimFault('bug-on', `kernel BUG: ${info.text} at ${loc.file}:${loc.line}`);
      break;
    }
    case 'warn': {
      const c = fr.stack[fr.stack.length - 1];
      if (truthy(c) && !(info.once && state.warnedOnce[insn.loc])) {
        if (info.once) {
          noteWrite(state.warnedOnce, insn.loc);
          state.warnedOnce[insn.loc] = true;
        }
        hooks.warn(`WARNING: ${info.text} at ${loc.file}:${loc.line}`, loc);
      }
      break;
    }
    case 'yield':
      fr.pc++;
      return { kind: 'yield' };
  }
  fr.pc++;
  return undefined;
}
