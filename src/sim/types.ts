// The one API through which the debugger, the CLI, the webview feed and the tests run a scenario.
// Everything returned here is plain, JSON-serialisable data.

import type { StateView } from '../protocol/state';

/** A diagnostic with a position (1-based line and column), for the CLI and the Problems panel. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: 'error' | 'warning';
  message: string;
  /** Other places the problem involves, e.g. where the macro whose expansion failed is defined
   *  ("macro 'X' defined here"): VS Code's DiagnosticRelatedInformation, the CLI's notes. */
  related?: RelatedInfo[];
}

export interface RelatedInfo {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `file:line:col: severity: message`, then one `file:line:col: note: …` line per related place. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
  if (!d.related?.length) return head;
  return [head, ...d.related.map((r) => `${r.file}:${r.line}:${r.column}: note: ${r.message}`)].join('\n');
}

/** Thrown when a scenario or its C sources cannot be loaded; carries every diagnostic found. */
export class LoadError extends Error {
  constructor(public readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'LoadError';
  }
}

/** Reads files for the simulation (Node fs in the CLI/adapter, workspace fs in the extension). */
export interface FileAccess {
  readText(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
  resolve(from: string, rel: string): string;
}

export type ThreadStatus = 'ready' | 'running' | 'blocked' | 'waiting' | 'done' | 'faulted';

export interface ThreadInfo {
  id: number;
  name: string;
  status: ThreadStatus;
  /** Why it is blocked: "lock_page(pfn 0x102)". */
  blockedOn?: string;
}

export interface FrameInfo {
  /** Unique among the frames of the current stop. */
  id: number;
  tid: number;
  name: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  native?: boolean;
}

export type StopReason =
  | 'entry'
  | 'step'
  | 'breakpoint'
  | 'function breakpoint'
  | 'exception'
  | 'pause'
  /** A watched value (page field, pte, tlb entry, C lvalue) changed (watchpoints.ts). */
  | 'data breakpoint'
  | 'end';

export interface StopInfo {
  reason: StopReason;
  tid: number;
  /** For exceptions: the fault kind or the invariant name; the message. */
  exceptionId?: string;
  description?: string;
  /** For 'end': the run is over. */
  ended?: boolean;
  /** For an invariant violation: the statement that broke it (the state is the one after it). */
  at?: { file: string; line: number; column: number };
  /**
   * The run gave control back after its step allowance (continue with a limit), without
   * reaching a stop: call continue again, or treat it as a pause.
   */
  incomplete?: boolean;
}

export interface VariableInfo {
  name: string;
  value: string;
  type?: string;
  /** Non-zero when the variable has children (struct, array, pointer to a model object). */
  ref: number;
}

export interface ScopeInfo {
  name: string;
  ref: number;
  expensive: boolean;
}

export interface BreakpointInfo {
  line: number;
  verified: boolean;
  /** Where the breakpoint actually landed (the next line with a statement). */
  actualLine?: number;
  message?: string;
}

export interface ExpectationResult {
  what: string;
  ok: boolean;
  detail: string;
}

export interface RunResult {
  /** How the run ended. */
  outcome: 'completed' | 'fault' | 'violation' | 'deadlock' | 'budget';
  /** The entry function's return value (decimal), if it returned. */
  returned?: string;
  fault?: { kind: string; message: string; file: string; line: number; column: number };
  /** The first invariant violation, at the statement whose execution caused it. */
  violation?: { invariant: string; message: string; file: string; line: number; column: number };
  steps: number;
  expectations: ExpectationResult[];
  /** True when the outcome is as the scenario expects and all expectations hold. */
  passed: boolean;
  /**
   * The moment the expectations describe: the first invariant violation (where a headless run
   * stops, and what the debugger reports even when it continued past it), or the end of the run.
   */
  checkedAt?: { moment: 'violation' | 'end' | 'stop'; step: number; file?: string; line?: number; invariant?: string };
  output: string[];
}

/** Events a simulation reports while it runs (stage changes, printf output, warnings). */
export interface SimEvents {
  output?(category: 'stdout' | 'console' | 'stderr', text: string): void;
  stage?(name: string, tid: number): void;
}

export interface SimulationApi {
  readonly scenarioPath: string;
  threads(): ThreadInfo[];
  /**
   * Step `tid` by one statement, entering C calls (`granularity` 'statement' or 'instruction',
   * the default here), or to the next line ('line', what the debugger asks for by default: a
   * `for` line is one stop, not one per clause). With `singleThread`, no other thread
   * runs: if `tid` sleeps, the step ends there. Otherwise the others run while it sleeps.
   */
  stepIn(tid: number, singleThread?: boolean, maxSteps?: number, granularity?: string): StopInfo;
  /**
   * Execute until the next statement (by default) or, by `granularity` 'line', the next line of
   * the same or an outer frame of `tid`. With `maxSteps`,
   * returns `incomplete` after about that many statements; resumeStep goes on (so a host can
   * stay responsive and pause a step over a long call).
   */
  stepOver(tid: number, singleThread?: boolean, maxSteps?: number, granularity?: string): StopInfo;
  /** Execute until the current frame of `tid` returns. */
  stepOut(tid: number, singleThread?: boolean, maxSteps?: number, granularity?: string): StopInfo;
  /**
   * Run until a breakpoint, an exception, or the end. With `maxSteps`, return after that many
   * statements at the latest (StopInfo.incomplete), so a host can stay responsive and pause.
   */
  continue(maxSteps?: number): StopInfo;
  /**
   * Line breakpoints of a file. `condition` is a C expression evaluated in the stopping frame;
   * `hitCondition` is a count (`3`, `>= 3`, `% 2`); with `logMessage` the breakpoint prints the
   * message ({expressions} evaluated) to the console instead of stopping.
   */
  setBreakpoints(file: string, lines: { line: number; condition?: string; hitCondition?: string; logMessage?: string }[]): BreakpointInfo[];
  /**
   * Back in time. By `granularity` 'line' the reverse of stepOver: back to where a `next` would
   * have started to get here — the calling line after a `next` over a call; by 'statement', to
   * the previous statement of the same or an outer frame; by default ('instruction'), to the
   * previous statement `tid` ran in any frame. Optional without history.
   */
  stepBack?(tid: number, granularity?: string): StopInfo;
  /**
   * Back to the latest earlier arrival at a breakpoint, or the beginning of the run. With
   * `maxSteps`, returns `incomplete` after replaying that many statements; `resume` goes on.
   */
  reverseContinue?(maxSteps?: number, resume?: boolean): StopInfo;
  /**
   * A C expression's value in a frame of the stopped program; throws with a message. `purpose`
   * is the DAP context ('watch', 'hover', 'repl', ...): an expression that would change the
   * state is refused in every context, with a message that fits it.
   */
  evaluate?(frameId: number, text: string, purpose?: string, format?: { hex?: boolean }): VariableInfo;
  /** Is `ref` a variables reference of the current stop (for request validation)? */
  hasVariables?(ref: number): boolean;
  /** Go on with a step that returned `incomplete` (steps given `maxSteps`). */
  resumeStep?(maxSteps?: number): StopInfo;
  setFunctionBreakpoints(names: string[]): { name: string; verified: boolean; message?: string }[];
  setExceptionFilters(ids: string[]): void;
  stack(tid: number): FrameInfo[];
  scopes(frameId: number): ScopeInfo[];
  /** `format.hex`: integers in hex (DAP ValueFormat). */
  variables(ref: number, format?: { hex?: boolean }): VariableInfo[];
  stateView(focusTid?: number): StateView;
  result(): RunResult;
  /** Run everything to the end, ignoring breakpoints. */
  runToEnd(): RunResult;
}
