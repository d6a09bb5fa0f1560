// Test helpers for the CLI: an in-memory CliIo capturing stdout/stderr, and a small scripted
// SimulationApi (stages, printf output, a final state) so the CLI's behaviour can be tested
// independently of the interpreter. The real Simulation is exercised in cli-real.test.ts.

import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import type { CliIo } from '../../../src/cli/load';
import type { StateView } from '../../../src/protocol/state';
import { checkExpectations } from '../../../src/scenario/expect';
import { parseScenario } from '../../../src/scenario/parse';
import type {
  FileAccess,
  RunResult,
  SimEvents,
  SimulationApi,
  StopInfo,
  ThreadInfo,
} from '../../../src/sim/types';

export const ROOT = path.resolve(__dirname, '../../../..');

export interface CapturedIo extends CliIo {
  stdout: string;
  stderr: string;
}

export function captureIo(load?: CliIo['load'], cwd = ROOT): CapturedIo {
  const io: CapturedIo = {
    stdout: '',
    stderr: '',
    out: (t) => void (io.stdout += t),
    err: (t) => void (io.stderr += t),
    color: false,
    files: new NodeFileAccess(),
    absolute: (p) => path.resolve(cwd, p),
    display: (p) => (path.isAbsolute(p) && p.startsWith(cwd + path.sep) ? path.relative(cwd, p) : p),
    load,
  };
  return io;
}

export const A0 = 0x7f0000000000;

/** The state the 4-page demo should end in: four migration entries, pages isolated and locked. */
export function demoView(mutate?: (v: StateView) => void): StateView {
  const v: StateView = {
    step: 42,
    stage: 'lock & isolate',
    processes: [
      {
        pid: 1,
        name: 'app',
        vmas: [{ start: '0x7f0000000000', end: '0x7f0000004000', flags: ['VM_READ', 'VM_WRITE'] }],
        ptes: [0, 1, 2, 3].map((i) => ({
          key: `pte:1:0x${(A0 + i * 0x1000).toString(16)}`,
          pid: 1,
          addr: '0x' + (A0 + i * 0x1000).toString(16),
          kind: 'migration' as const,
          pfn: 0x100 + i,
          bits: ['write'],
          raw: '0x3e00000000010000',
          text: `migration(W) -> pfn 0x${(0x100 + i).toString(16)}`,
        })),
      },
    ],
    pages: [0, 1, 2, 3].map((i) => ({
      key: `page:${0x100 + i}`,
      pfn: 0x100 + i,
      zone: 'ram' as const,
      free: false,
      refcount: 1,
      mapcount: 0,
      locked: true,
      lockHolder: 'main',
      lockWaiters: [],
      lru: 'isolated' as const,
      pins: 0,
      dirty: false,
      anon: true,
      anonExclusive: false,
      content: 'ABCD'[i],
      flags: [],
    })),
    tlbs: [{ cpu: 0, entries: [] }],
    locks: [],
    arrays: [],
    violations: [],
    changed: [],
  };
  mutate?.(v);
  return v;
}

/** A SimulationApi that replays a fixed story: stages and output, then a final view. */
export class ScriptedSim implements SimulationApi {
  ran = false;
  constructor(
    readonly scenarioPath: string,
    private readonly events: SimEvents,
    private readonly expectText: string,
    private readonly view: StateView,
    private readonly outcome: Pick<RunResult, 'outcome' | 'returned' | 'fault'> = { outcome: 'completed', returned: '4' },
  ) {}

  threads(): ThreadInfo[] {
    return [{ id: 1, name: 'main', status: this.ran ? 'done' : 'ready' }];
  }
  private steps = 0;
  stepIn(tid: number): StopInfo {
    this.steps++;
    if (this.steps >= 3) {
      this.finish();
      return { reason: 'end', tid, ended: true };
    }
    return { reason: 'step', tid };
  }
  stepOver(tid: number): StopInfo {
    return this.stepIn(tid);
  }
  stepOut(tid: number): StopInfo {
    return this.stepIn(tid);
  }
  continue(): StopInfo {
    this.finish();
    return { reason: 'end', tid: 1, ended: true };
  }
  setBreakpoints() {
    return [];
  }
  setFunctionBreakpoints() {
    return [];
  }
  setExceptionFilters(): void {}
  stack(tid: number) {
    if (this.ran) return [];
    const file = path.join(ROOT, 'examples/private-4pages.mmstep.yaml');
    return [{ id: 1, tid, name: 'hmm_test_collect_isolate', file, line: 20 + this.steps, column: 3, endLine: 20 + this.steps, endColumn: 9 }];
  }
  scopes() {
    return [];
  }
  variables() {
    return [];
  }
  stateView(): StateView {
    return this.view;
  }
  private finish(): void {
    if (this.ran) return;
    this.ran = true;
    this.events.stage?.('collect', 1);
    this.events.output?.('stdout', 'collected 4\n');
    this.events.stage?.('lock & isolate', 1);
    this.events.output?.('stdout', 'isolated 4');
  }
  result(): RunResult {
    const expect = parseScenario(this.scenarioPath, this.expectText).scenario!.expect;
    const expectations = checkExpectations(expect, { result: { ...this.outcome, output: ['collected 4\n', 'isolated 4'] }, view: this.view });
    return { ...this.outcome, steps: 42, expectations, passed: expectations.every((e) => e.ok), output: ['collected 4\n', 'isolated 4'] };
  }
  runToEnd(): RunResult {
    this.finish();
    return this.result();
  }
}

/** A loader that builds a ScriptedSim ending in `view`. */
export function scriptedLoader(view: StateView, outcome?: Pick<RunResult, 'outcome' | 'returned' | 'fault'>): NonNullable<CliIo['load']> {
  return async (p: string, files: FileAccess, events: SimEvents) => new ScriptedSim(p, events, await files.readText(p), view, outcome);
}
