// The mmstep debug adapter: a DAP session over one Simulation (vscode-mock-debug's split: the
// Simulation is the runtime and owns all execution state; RunControl drives it and emits the
// events; this class only dispatches requests). It runs inline in the extension host
// (DebugAdapterInlineImplementation) and standalone over stdio (main.ts). Malformed input and
// argument checks are handled below it, in RobustDebugSession (robust-session.ts, validate.ts).

import { InitializedEvent, InvalidatedEvent, Logger, OutputEvent, TerminatedEvent, logger } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { FileAccess, SimEvents, SimulationApi, StopInfo } from '../sim/types';
import type { PolicyFileAccess } from '../sim/source-policy';
import { BreakpointStore } from './breakpoints';
import { capabilities } from './capabilities';
import { ClientCoordinates, toDapFrame, toDapScope, toDapThread, toDapVariable } from './convert';
import { evaluateInFrame, inlineError } from './evaluate';
import { beginReplay, captureEvidence, EVIDENCE_REQUEST } from './evidence';
import { checkKernelTreeRoot } from './kernel-tree-arg';
import { expansionsOf, frameById, MACRO_REF_BASE, MACRO_SCOPE, macroHoverRow, macroRef, macroRows, parseMacroRef, SourceTexts } from './macro-scope';
import { checkLaunchArguments, MmstepLaunchArguments } from './launch-args';
import { isPatchDocPath, PatchSources, patchRefOfClientPath, SwitchableFiles } from './patch-sources';
import { formatDiagnostic } from '../sim/types';
import { errorResponse, isInternal, RobustDebugSession } from './robust-session';
import { RunControl, SimulationLoader, STATE_EVENT } from './run-control';
import type { KnownIds } from './validate';
import { TimelineRequests } from './timeline';
import { NativeSources } from './native-sources';
import { DATA_BREAKPOINT_REQUEST, DataBreakpoints, realSim } from './data-breakpoints';
import { GotoTargets } from './goto';
import { ModelEdits } from './model-edits';
import type { ReplayTarget } from '../sim/evidence';

export { STATE_EVENT } from './run-control';
export type { SimulationLoader } from './run-control';
export type { MmstepLaunchArguments } from './launch-args';

// Loaded on first launch: activating the extension should not pay for the interpreter.
const defaultLoader: SimulationLoader = async (scenario, files, events, opts) => {
  const { Simulation } = await import('../sim/simulation');
  if (opts?.selftest !== undefined && opts.kernelTree !== undefined) return loadSelftest(files, opts.kernelTree, opts.selftest, events);
  return Simulation.load(scenario, files, events, { timeTravel: true, ...(opts?.kernelTree !== undefined ? { kernelTree: opts.kernelTree } : {}) });
};

/** A selftest launch: the tree's test with mmstep's kernel/ folder (its user headers and libc). */
async function loadSelftest(files: FileAccess, kernelTree: string, test: string, events: SimEvents): Promise<SimulationApi> {
  const { Simulation } = await import('../sim/simulation');
  const { mmstepKernelDir } = await import('../sim/load-user');
  const { LoadError } = await import('../sim/types');
  const kernelDir = mmstepKernelDir((files as PolicyFileAccess).sourceRoots?.() ?? []);
  if (!kernelDir) throw new LoadError([{ file: kernelTree, line: 1, column: 1, severity: 'error', message: "cannot find mmstep's kernel/ folder (its user headers and libc.c, which the selftest is built with)" }]);
  return Simulation.loadSelftest({ kernelTree, test, kernelDir }, files, events, { timeTravel: true });
}

export class MmstepDebugSession extends RobustDebugSession {
  private readonly breakpoints = new BreakpointStore();
  /** Natives' contract documents, data breakpoints / setVariable, goto (issue 10 item 11). */
  private readonly nativeSources = new NativeSources();
  private readonly dataBps = new DataBreakpoints();
  private readonly gotos = new GotoTargets();
  /** setVariable / setExpression on PTEs and TLB entries (model-edits.ts). */
  private readonly modelEdits = new ModelEdits();
  private readonly rc: RunControl;
  /** The timeline's requests (goto step, state at step, marks, last write): timeline.ts. */
  private readonly timeline: TimelineRequests;
  /** Source texts for the "Macro expansion" scope's invocations. */
  private readonly texts: SourceTexts;
  private stopOnEntry = true;
  /** The files the simulation reads: the real ones, or a patch's overlay (launch arg `patch`). */
  private readonly simFiles: SwitchableFiles;
  /** The patch this launch runs, if any (patch-sources.ts). */
  private patch: PatchSources | undefined;
  /** A `replayTo` launch: the run goes to that step instead of stopping on entry (evidence.ts). */
  private replayTo: ReplayTarget | undefined;
  private launchArgs: unknown;
  private configured = false;
  private onConfigured: (() => void) | undefined;
  /** The simulation's 1-based lines/columns and paths, as this client wants them. */
  private readonly cc: ClientCoordinates = {
    line: (l) => this.convertDebuggerLineToClient(l),
    column: (c) => this.convertDebuggerColumnToClient(c),
    path: (p) => this.convertDebuggerPathToClient(p),
  };

  /**
   * @param files  how scenario and C files are read (Node fs standalone, workspace fs inline)
   * @param loader creates the Simulation; defaults to Simulation.load
   */
  constructor(
    private readonly files: FileAccess,
    loader: SimulationLoader = defaultLoader,
  ) {
    super();
    // FrameInfo and BreakpointInfo are 1-based (src/sim/types.ts).
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
    this.simFiles = new SwitchableFiles(files);
    this.rc = new RunControl((e) => (this.timeline.observe(e), this.sendEvent(e)), this.simFiles, loader, this.breakpoints, this.cc);
    this.timeline = new TimelineRequests(this.rc, (e) => this.sendEvent(e));
    this.texts = new SourceTexts(this.simFiles);
    // Breakpoints in a patch document land on the patched lines (patch-sources.ts).
    this.breakpoints.mapper = {
      map: (file, line) => {
        if (!isPatchDocPath(file)) return undefined;
        return this.patch ? this.patch.target(file, line) : { error: 'this session runs no patch (a launch with "patch" does)' };
      },
      back: (client, file, line) => this.patch?.docLineOf(file, line, patchRefOfClientPath(client).ref?.messageId ?? ''),
    };
  }

  protected knownIds(): KnownIds {
    const sim = this.rc.sim;
    const threads = (): number[] => (sim ? sim.threads().map((t) => t.id) : []);
    return {
      loaded: sim !== undefined,
      threads,
      frame: (id) => !!sim && threads().some((tid) => sim.stack(tid).some((f) => f.id === id)),
      variables: (ref) => {
        if (!sim) return false;
        if (ref >= MACRO_REF_BASE) return expansionsOf(sim, frameById(sim, parseMacroRef(ref).frameId)) !== undefined;
        return sim.hasVariables ? sim.hasVariables(ref) : true;
      },
    };
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = capabilities();
    this.sendResponse(response);
    // `initialized` follows once the scenario is loaded, so breakpoints are verified at once.
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.sendResponse(response);
    this.configured = true;
    const go = this.onConfigured;
    this.onConfigured = undefined;
    go?.();
  }

  protected override async launchRequest(
    response: DebugProtocol.LaunchResponse,
    args: MmstepLaunchArguments,
  ): Promise<void> {
    try {
      await this.launch(response, args);
    } catch (e) {
      this.reportInternal("handling 'launch'", e);
      this.failLaunch(response, 'mmstep: internal error while launching (details in the debug console)');
    }
  }

  private async launch(response: DebugProtocol.LaunchResponse, args: MmstepLaunchArguments): Promise<void> {
    if (!(await this.load(response, args))) return;
    const gen = this.rc.current();
    this.sendEvent(new InitializedEvent());
    this.sendResponse(response);
    const begin = () => {
      if (gen === this.rc.current()) this.begin();
    };
    if (this.configured) begin();
    else this.onConfigured = begin;
  }

  protected override async restartRequest(
    response: DebugProtocol.RestartResponse,
    args: DebugProtocol.RestartArguments,
  ): Promise<void> {
    try {
      if (!(await this.load(response, args?.arguments ?? this.launchArgs))) return;
      this.sendResponse(response);
      this.begin();
    } catch (e) {
      this.reportInternal("handling 'restart'", e);
      this.failLaunch(response, 'mmstep: internal error while restarting (details in the debug console)');
    }
  }

  /** Checks the launch arguments and loads the scenario; on failure answers the request. */
  private async load(response: DebugProtocol.Response, raw: unknown): Promise<boolean> {
    const checked = checkLaunchArguments(raw);
    if (!checked.ok) {
      this.failLaunch(response, checked.message);
      return false;
    }
    this.launchArgs = raw;
    this.stopOnEntry = checked.args.stopOnEntry;
    this.replayTo = checked.args.replayTo;
    logger.setup(checked.args.trace ? Logger.LogLevel.Verbose : Logger.LogLevel.Stop, false);
    const { kernelTree, kernelTreeOrigin } = checked.args;
    if (kernelTree !== undefined) {
      const tree = await checkKernelTreeRoot(kernelTree, this.files, kernelTreeOrigin ?? '"kernelTree"');
      if (!tree.ok) {
        this.failLaunch(response, `mmstep: ${tree.message}`);
        return false;
      }
    }
    this.texts.clear();
    this.dataBps.reset();
    this.modelEdits.reset();
    this.patch = undefined;
    this.simFiles.current = this.files;
    if (checked.args.patch) {
      const { preparePatchRunFor } = await import('../review/patch-run');
      const p = checked.args.patch;
      const r = await preparePatchRunFor(checked.args.scenario, { mails: p.mails, select: p.messageId, ...(p.base ? { base: p.base } : {}) }, this.files, kernelTree);
      if (!r.ok) {
        this.failLaunch(response, `mmstep: cannot run the patch ${p.messageId}:\n${r.diagnostics.map(formatDiagnostic).join('\n')}`);
        return false;
      }
      for (const w of r.run.warnings) this.sendEvent(new OutputEvent(formatDiagnostic(w) + '\n', 'console'));
      this.patch = new PatchSources(r.run);
      this.simFiles.current = r.run.files;
    }
    const outcome = await this.rc.load(checked.args.scenario, { ...(kernelTree !== undefined ? { kernelTree } : {}), ...(checked.args.selftest !== undefined ? { selftest: checked.args.selftest } : {}) });
    if (outcome.ok === true) {
      // Step in enters native kernel functions (native-frames.ts).
      const real = realSim(this.rc.sim);
      if (real) real.natives.enterOnStepIn = true;
      return true;
    }
    if (outcome.ok === false) this.failLaunch(response, outcome.message);
    else this.fail(response, 'mmstep: superseded by a newer launch or restart');
    return false;
  }

  /** Starts the loaded run: a replay to the evidence's step, or stop on entry / run. */
  private begin(): void {
    // The timeline's change log sees the run from its first statement.
    this.timeline.attach();
    if (this.replayTo && beginReplay(this.rc, this.replayTo, (e) => this.sendEvent(e))) return;
    this.rc.begin(this.stopOnEntry);
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.sendResponse(response);
    this.rc.terminate();
  }

  protected override disconnectRequest(
    response: DebugProtocol.DisconnectResponse,
    args: DebugProtocol.DisconnectArguments,
    request?: DebugProtocol.Request,
  ): void {
    // A run in progress stops here (inline and server mode keep the process alive).
    this.rc.terminate(false);
    super.disconnectRequest(response, args, request);
  }

  /** A launch/restart that cannot proceed: the message goes to the response and the console. */
  private failLaunch(response: DebugProtocol.Response, message: string): void {
    this.sendEvent(new OutputEvent(message.endsWith('\n') ? message : message + '\n', 'stderr'));
    this.fail(response, message);
    this.rc.ended = true;
    this.sendEvent(new TerminatedEvent());
  }

  private fail(response: DebugProtocol.Response, message: string): void {
    this.sendResponse(errorResponse(response, message));
  }

  /** Why a run request cannot start now, or undefined. */
  private cannotRun(): string | undefined {
    if (!this.rc.sim) return 'mmstep: no scenario is loaded';
    if (this.rc.ended) return 'mmstep: the run has ended; restart to run the scenario again';
    if (this.rc.isRunning()) return 'mmstep: the program is running; pause it first';
    return undefined;
  }

  // ---- execution ------------------------------------------------------------------------------

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    response.body = { allThreadsContinued: true };
    const sim = this.rc.sim;
    const why = this.cannotRun();
    if (why || !sim) return this.fail(response, why ?? 'mmstep: no scenario is loaded');
    this.sendResponse(response);
    this.rc.runResumable((n) => sim.continue(n));
  }

  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.longStep(response, (sim, n) => sim.stepOver(args.threadId, args.singleThread === true, n, args.granularity ?? 'line'));
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    this.longStep(response, (sim, n) => sim.stepIn(args.threadId, args.singleThread === true, n, args.granularity ?? 'line'));
  }

  protected override stepOutRequest(
    response: DebugProtocol.StepOutResponse,
    args: DebugProtocol.StepOutArguments,
  ): void {
    this.longStep(response, (sim, n) => sim.stepOut(args.threadId, args.singleThread === true, n, args.granularity ?? 'line'));
  }

  /**
   * A step that may run long (over a call that loops): run in slices like continue, so a pause
   * is heard. Simulations without resumeStep step in one go.
   */
  private longStep(response: DebugProtocol.Response, start: (sim: SimulationApi, maxSteps?: number) => StopInfo, ownResume = false): void {
    const sim = this.rc.sim;
    const why = this.cannotRun();
    if (why || !sim) return this.fail(response, why ?? 'mmstep: no scenario is loaded');
    this.sendResponse(response);
    if (ownResume) {
      this.rc.runResumable((n) => start(sim, n));
      return;
    }
    if (!sim.resumeStep) {
      this.rc.run(() => start(sim));
      return;
    }
    let started = false;
    this.rc.runResumable((n) => {
      if (started) return sim.resumeStep!(n);
      started = true;
      return start(sim, n);
    });
  }

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse, args: DebugProtocol.StepBackArguments): void {
    this.step(response, (sim) => {
      if (!sim.stepBack) throw new Error('mmstep: this simulation cannot step back');
      return sim.stepBack(args.threadId, args.granularity ?? 'line');
    });
  }

  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse): void {
    // It replays the run from its beginning: in slices, so a pause is heard.
    let started = false;
    this.longStep(response, (sim, n) => {
      if (!sim.reverseContinue) throw new Error('mmstep: this simulation cannot run backwards');
      const resume = started;
      started = true;
      return sim.reverseContinue(n, resume);
    }, true);
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse, args: DebugProtocol.PauseArguments): void {
    // A continue runs in chunks of statements, so a pause stops it at the next chunk; when
    // nothing is running, the stop is announced at once.
    if (!this.rc.sim) return this.fail(response, 'mmstep: no scenario is loaded');
    if (this.rc.ended) return this.fail(response, 'mmstep: the run has ended; restart to run the scenario again');
    this.sendResponse(response);
    this.rc.pause(args?.threadId || this.rc.focusThreadId());
  }

  /** Answers a run request, then runs the operation and reports where it stopped. */
  private step(response: DebugProtocol.Response, op: (sim: SimulationApi) => StopInfo): void {
    const sim = this.rc.sim;
    const why = this.cannotRun();
    if (why || !sim) return this.fail(response, why ?? 'mmstep: no scenario is loaded');
    this.sendResponse(response);
    this.rc.run(() => op(sim));
  }

  // ---- threads, stack, variables ----------------------------------------------------------------

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    this.answer(response, () => ({ threads: (this.rc.sim?.threads() ?? []).map(toDapThread) }));
  }

  protected override stackTraceRequest(
    response: DebugProtocol.StackTraceResponse,
    args: DebugProtocol.StackTraceArguments,
  ): void {
    this.answer(response, () => {
      const frames = this.rc.sim ? this.rc.sim.stack(args.threadId) : [];
      const start = args.startFrame ?? 0;
      const end = args.levels ? start + args.levels : frames.length;
      const stackFrames = frames.slice(start, end).map((f) => {
        const d = this.nativeSources.decorate(f, toDapFrame(f, this.cc), this.cc.line);
        // A frame in a file the patch changed shows the patched text (patch-sources.ts).
        const patched = this.patch && !f.native && f.file ? this.patch.frameSource(f.file) : undefined;
        if (patched) d.source = { ...patched, path: this.cc.path(f.file) };
        return d;
      });
      return { stackFrames, totalFrames: frames.length };
    });
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    this.answer(response, () => {
      const sim = this.rc.sim;
      const infos = sim ? sim.scopes(args.frameId) : [];
      this.dataBps.noteScopes(sim, args.frameId, infos);
      this.modelEdits.noteScopes(infos);
      const scopes = infos.map(toDapScope);
      // A statement a macro produced: its expansion chain, after Locals (VS Code expands the
      // first scope, and keeps a scope the user expanded open at the next stops).
      if (sim && expansionsOf(sim, frameById(sim, args.frameId))) {
        scopes.splice(Math.min(1, scopes.length), 0, { name: MACRO_SCOPE, variablesReference: macroRef(args.frameId), expensive: false });
      }
      return { scopes };
    });
  }

  protected override async variablesRequest(
    response: DebugProtocol.VariablesResponse,
    args: DebugProtocol.VariablesArguments,
  ): Promise<void> {
    const sim = this.rc.sim;
    if (sim && args.variablesReference >= MACRO_REF_BASE) {
      const { frameId, group } = parseMacroRef(args.variablesReference);
      const exp = expansionsOf(sim, frameById(sim, frameId));
      let variables: DebugProtocol.Variable[] = [];
      try {
        variables = exp ? await macroRows(exp, frameId, group, this.texts) : [];
      } catch (e) {
        this.reportInternal("handling 'variables'", e);
      }
      this.answer(response, () => ({ variables }));
      return;
    }
    this.answer(response, () => {
      let vars = this.rc.sim ? this.rc.sim.variables(args.variablesReference, args.format) : [];
      this.dataBps.noteVariables(args.variablesReference, vars);
      this.modelEdits.noteVariables(args.variablesReference, vars);
      if (args.start !== undefined || args.count !== undefined) {
        const start = args.start ?? 0;
        vars = vars.slice(start, args.count ? start + args.count : undefined);
      }
      return { variables: vars.map(toDapVariable) };
    });
  }

  protected override async evaluateRequest(
    response: DebugProtocol.EvaluateResponse,
    args: DebugProtocol.EvaluateArguments,
  ): Promise<void> {
    // Hovering a macro of the statement's expansion chain: its #define, the chain to expand.
    const hovered = args.context === 'hover' ? await this.macroHover(args) : undefined;
    if (hovered) {
      this.answer(response, () => hovered);
      return;
    }
    // A failing watch, hover or console expression is answered inline, never as a notification
    // (evaluate.ts: inlineError).
    this.answer(response, () => {
      const sim = this.rc.sim;
      if (!sim) throw new Error('mmstep: no scenario is loaded');
      if (this.rc.isRunning()) throw new Error('mmstep: the program is running; pause it to evaluate expressions');
      const frameId = args.frameId ?? sim.stack(this.rc.focusThreadId())[0]?.id;
      if (frameId === undefined) throw new Error('mmstep: no stack frame to evaluate in');
      // Full C in the frame (locals, globals, macros, the model's kernel functions); the
      // variables-path walker stays as a fallback for simulations without an evaluator.
      // An expression that would change the model is refused (Simulation.evaluate).
      if (sim.evaluate) {
        try {
          const v = sim.evaluate(frameId, args.expression, args.context, args.format);
          return { result: v.value, type: v.type, variablesReference: v.ref };
        } catch (err) {
          if (isInternal(err)) throw err;
          throw new Error(`mmstep: ${(err as Error).message}`);
        }
      }
      const r = evaluateInFrame(sim, frameId, args.expression);
      if (!r.ok) throw new Error(r.message);
      return { result: r.value.value, type: r.value.type, variablesReference: r.value.ref };
    }, inlineError);
  }

  /** A hover on the name of a macro the stopped statement came out of, or undefined. */
  private async macroHover(args: DebugProtocol.EvaluateArguments): Promise<DebugProtocol.EvaluateResponse['body'] | undefined> {
    const sim = this.rc.sim;
    if (!sim || this.rc.isRunning() || !/^[A-Za-z_]\w*$/.test(args.expression)) return undefined;
    const frameId = args.frameId ?? sim.stack(this.rc.focusThreadId())[0]?.id;
    if (frameId === undefined) return undefined;
    const exp = expansionsOf(sim, frameById(sim, frameId));
    if (!exp) return undefined;
    try {
      const hit = await macroHoverRow(exp, frameId, args.expression, this.texts);
      if (!hit) return undefined;
      const { row, ref } = hit;
      return { result: `${row.name}: ${row.value}`, type: row.type, variablesReference: ref };
    } catch (e) {
      this.reportInternal("handling a hover on a macro", e);
      return undefined;
    }
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    this.answer(response, () => {
      const s = this.rc.lastStop;
      if (!s || s.reason !== 'exception') throw new Error('mmstep: the program is not stopped on an exception');
      return { exceptionId: s.exceptionId ?? 'exception', description: s.description, breakMode: 'always' as const };
    });
  }

  protected override sourceRequest(response: DebugProtocol.SourceResponse, args: DebugProtocol.SourceArguments): void {
    // The only source references are the files a patch under review changed.
    const ref = args.source?.sourceReference ?? args.sourceReference;
    // A native kernel function's frame: its contract (native-sources.ts).
    const contract = this.nativeSources.text(this.rc.sim, ref);
    if (contract !== undefined) {
      response.body = { content: contract, mimeType: 'text/plain' };
      this.sendResponse(response);
      return;
    }
    const text = this.patch?.text(ref);
    if (text !== undefined) {
      response.body = { content: text, mimeType: 'text/x-csrc' };
      this.sendResponse(response);
      return;
    }
    // VS Code asks for sources that are not ours (its Debug Console input, `replinput`, at every
    // stop): answered without showUser, which would raise a notification each time.
    this.sendResponse(inlineError(response, `mmstep: no source with reference ${args.sourceReference} (mmstep shows the C files from disk${this.patch ? ', and the files the patch changed' : ''})`));
  }

  // ---- breakpoints ------------------------------------------------------------------------------

  protected override setBreakPointsRequest(
    response: DebugProtocol.SetBreakpointsResponse,
    args: DebugProtocol.SetBreakpointsArguments,
  ): void {
    this.answer(response, () => {
      if (!args.source.path) throw new Error('mmstep: breakpoints need a source file path');
      const file = this.convertClientPathToDebugger(args.source.path);
      const asked: DebugProtocol.SourceBreakpoint[] = args.breakpoints ?? (args.lines ?? []).map((line) => ({ line }));
      const requests = asked.map((b) => ({
        line: this.convertClientLineToDebugger(b.line),
        ...(b.condition ? { condition: b.condition } : {}),
        ...(b.hitCondition ? { hitCondition: b.hitCondition } : {}),
        ...(b.logMessage !== undefined ? { logMessage: b.logMessage } : {}),
      }));
      return { breakpoints: this.breakpoints.setLines(this.rc.sim, file, args.source, requests, this.cc) };
    });
  }

  protected override setFunctionBreakPointsRequest(
    response: DebugProtocol.SetFunctionBreakpointsResponse,
    args: DebugProtocol.SetFunctionBreakpointsArguments,
  ): void {
    this.answer(response, () => ({
      breakpoints: this.breakpoints.setFunctions(
        this.rc.sim,
        args.breakpoints.map((b) => b.name),
      ),
    }));
  }

  protected override setExceptionBreakPointsRequest(
    response: DebugProtocol.SetExceptionBreakpointsResponse,
    args: DebugProtocol.SetExceptionBreakpointsArguments,
  ): void {
    this.answer(response, () => {
      const ids = [...(args.filters ?? []), ...(args.filterOptions ?? []).map((o) => o.filterId)];
      this.rc.exceptionFilters = ids;
      this.rc.sim?.setExceptionFilters(ids);
      return undefined;
    });
  }

  // ---- data breakpoints, setVariable, goto (data-breakpoints.ts, goto.ts) ----------------------

  protected override dataBreakpointInfoRequest(response: DebugProtocol.DataBreakpointInfoResponse, args: DebugProtocol.DataBreakpointInfoArguments): void {
    this.answer(response, () => this.dataBps.info(this.rc.sim, args));
  }

  protected override setDataBreakpointsRequest(response: DebugProtocol.SetDataBreakpointsResponse, args: DebugProtocol.SetDataBreakpointsArguments): void {
    this.answer(response, () => this.dataBps.set(this.rc.sim, args));
  }

  /** A change the user made: the views read the state again. */
  private changed(): void {
    this.sendEvent(new InvalidatedEvent(['variables']));
    // The stop's state view is built again (mmstepState and evidence read it).
    this.rc.sendState();
  }

  protected override setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): void {
    const why = this.cannotRun();
    if (why) return this.fail(response, why);
    this.answer(response, () => this.modelEdits.setVariable(this.rc.sim, args) ?? this.dataBps.setVariable(this.rc.sim, args));
    if (response.success) this.changed();
  }

  protected override setExpressionRequest(response: DebugProtocol.SetExpressionResponse, args: DebugProtocol.SetExpressionArguments): void {
    const why = this.cannotRun();
    if (why) return this.fail(response, why);
    const focus = this.rc.sim?.stack(this.rc.focusThreadId())[0]?.id;
    this.answer(response, () => this.modelEdits.setExpression(this.rc.sim, args) ?? this.dataBps.setExpression(this.rc.sim, args, focus));
    if (response.success) this.changed();
  }

  protected override gotoTargetsRequest(response: DebugProtocol.GotoTargetsResponse, args: DebugProtocol.GotoTargetsArguments): void {
    this.answer(response, () => {
      if (!args.source.path) throw new Error('mmstep: goto needs a source file path');
      const file = this.convertClientPathToDebugger(args.source.path);
      return this.gotos.targetsFor(this.rc.sim, this.rc.focusThreadId(), file, this.convertClientLineToDebugger(args.line), this.cc.line);
    });
  }

  protected override gotoRequest(response: DebugProtocol.GotoResponse, args: DebugProtocol.GotoArguments): void {
    const why = this.cannotRun();
    if (why) return this.fail(response, why);
    let tid: number | undefined;
    this.answer(response, () => {
      tid = this.gotos.go(this.rc.sim, args.threadId, args.targetId);
      return undefined;
    });
    if (tid !== undefined) this.rc.reportStop({ reason: 'step', tid, description: 'goto' });
  }

  // ---- the state panel --------------------------------------------------------------------------

  protected override customRequest(
    command: string,
    response: DebugProtocol.Response,
    args: unknown,
    request?: DebugProtocol.Request,
  ): void {
    if (command === EVIDENCE_REQUEST) {
      this.answer(response, () => captureEvidence(this.rc, this.launchArgs, args));
      return;
    }
    if (command === DATA_BREAKPOINT_REQUEST) {
      this.answer(response, () => this.dataBps.custom(this.rc.sim, args));
      return;
    }
    if (this.timeline.handles(command)) {
      let then: (() => void) | undefined;
      this.answer(response, () => {
        const r = this.timeline.handle(command, args);
        then = r.then;
        return r.body as DebugProtocol.Response['body'];
      });
      then?.();
      return;
    }
    if (command !== STATE_EVENT) {
      void args;
      void request;
      this.fail(response, `mmstep: unknown request '${command}'`);
      return;
    }
    this.answer(response, () => {
      const state = this.rc.state();
      if (!state) throw new Error('mmstep: no scenario is loaded');
      return { state };
    });
  }

  /** Answers a request with the body `compute` returns, or with its error as a clear message. */
  private answer<R extends DebugProtocol.Response>(response: R, compute: () => R['body'], failure?: (r: DebugProtocol.Response, message: string) => DebugProtocol.Response): void {
    let body: R['body'];
    try {
      body = compute();
    } catch (e) {
      const message = this.userMessage(response.command, e);
      if (failure) this.sendResponse(failure(response, message));
      else this.fail(response, message);
      return;
    }
    if (body !== undefined) response.body = body;
    this.sendResponse(response);
  }
}
