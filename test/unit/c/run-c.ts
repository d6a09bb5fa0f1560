// Test helper: compile C sources held in memory and run a function to completion in the
// interpreter, with a model stub (plain C programs do not touch model objects).

import { loadProgram, Machine, printfNatives } from '../../../src/c';
import type { ModelMemory, NativeTable } from '../../../src/c/native';
import type { StepOutcome } from '../../../src/c/machine';
import type { Diagnostic } from '../../../src/sim/types';

export const noModel: ModelMemory = {
  readField: () => {
    throw new Error('no model');
  },
  writeField: () => undefined,
  readEntry: () => 0n,
  writeEntry: () => undefined,
  tableSize: () => 0,
  isFreed: () => false,
  describe: () => '<model>',
};

export async function compile(files: Record<string, string>, natives?: Set<string>): Promise<{ machine?: Machine; diagnostics: Diagnostic[]; out: string[] }> {
  const out: string[] = [];
  const r = await loadProgram(Object.keys(files), {
    reader: { read: async (p) => {
      if (!(p in files)) throw new Error('ENOENT');
      return files[p];
    } },
    includeDirs: ['/inc'],
    nativeNames: natives,
  });
  if (!r.program) return { diagnostics: r.diagnostics, out };
  const extra: NativeTable = {};
  let machine: Machine;
  // eslint-disable-next-line prefer-const
  machine = new Machine(r.program, { ...printfNatives(() => machine.state.mem), ...extra }, noModel, {
    warn: (m) => out.push(`WARN ${m}\n`),
    print: (t) => out.push(t),
  });
  return { machine, diagnostics: r.diagnostics, out };
}

export interface RunOutput {
  outcome: StepOutcome;
  stdout: string;
  steps: number;
  lines: number[];
}

/** Compile `src` as /t.c and run `fn` (default main) to the end. */
export async function runC(src: string, fn = 'main', extraFiles: Record<string, string> = {}): Promise<RunOutput> {
  const c = await compile({ '/t.c': src, ...extraFiles });
  if (!c.machine) throw new Error(c.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
  const m = c.machine;
  const tid = m.spawn('main', fn, [], 0);
  const lines: number[] = [m.currentLoc(m.thread(tid)).line];
  let o: StepOutcome;
  let steps = 0;
  while ((o = m.step(tid)).kind === 'stmt') {
    steps++;
    lines.push(m.currentLoc(m.thread(tid)).line);
    if (steps > 1e6) throw new Error('runaway');
  }
  return { outcome: o, stdout: c.out.join(''), steps, lines };
}
