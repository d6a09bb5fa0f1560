// DAP gotoTargets / goto: jump to a line of the function the thread is in, as C debuggers do
// (gdb's `jump`, lldb's `thread jump`). The jump is an edit of the run (set-value.ts), so step
// back and replays stay exact. Caveats, as in C debuggers: nothing of the skipped statements runs
// (locals they would set keep their values), and a jump into a loop or a block does not run its
// initialisation.

import type { DebugProtocol } from '@vscode/debugprotocol';
import { gotoLines, jumpTo } from '../sim/set-value';
import type { SimulationApi } from '../sim/types';
import { realSim } from './data-breakpoints';

/** Goto targets of the session: id → (thread, statement instruction). */
export class GotoTargets {
  private targets = new Map<number, { tid: number; pc: number; line: number }>();
  private next = 1;

  targetsFor(simApi: SimulationApi | undefined, tid: number, file: string, line: number, toClientLine: (l: number) => number): DebugProtocol.GotoTargetsResponse['body'] {
    const sim = realSim(simApi);
    if (!sim) throw new Error('mmstep: no scenario is loaded');
    const found = gotoLines(sim, tid, file, line);
    const targets = found.map((f): DebugProtocol.GotoTarget => {
      const id = this.next++;
      this.targets.set(id, { tid, pc: f.pc, line: f.line });
      return { id, label: `line ${f.line}`, line: toClientLine(f.line) };
    });
    return { targets };
  }

  /** Jumps; the caller reports the stop. Returns the thread. */
  go(simApi: SimulationApi | undefined, threadId: number, targetId: number): number {
    const sim = realSim(simApi);
    if (!sim) throw new Error('mmstep: no scenario is loaded');
    const t = this.targets.get(targetId);
    if (!t) throw new Error(`mmstep: no goto target ${targetId} (ask gotoTargets first)`);
    if (t.tid !== threadId) throw new Error(`mmstep: goto target ${targetId} is for thread ${t.tid}, not ${threadId}`);
    jumpTo(sim, threadId, t.pc);
    return threadId;
  }
}
