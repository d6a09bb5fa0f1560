// The breakpoints the user asked for, kept by the adapter across simulation reloads.
// The client may send breakpoints before the scenario is loaded, and a restart builds a new
// Simulation; both times every remembered breakpoint is applied again and the client is told the
// new verification through `breakpoint` events with the ids it already knows.
// A source that is not a simulation file (a patch document) goes through a LineMapper: each
// line lands on a line of a simulation file, or is unverified with the mapper's reason. All the
// requests that land in one simulation file — its own and the mapped ones — are set together.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { BreakpointInfo, SimulationApi } from '../sim/types';
import { baseName, ClientCoordinates, toDapBreakpoint } from './convert';

interface LineRequest {
  line: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

/** Where the lines of a client source that is not a simulation file land. */
export interface LineMapper {
  /** Undefined: `file` is a simulation file itself. */
  map(file: string, line: number): { file: string; line: number } | { error: string } | undefined;
  /** The client line to report for a mapped breakpoint that landed at (file, line). */
  back?(client: string, file: string, line: number): number | undefined;
}

interface Placed {
  /** Simulation file and request, or why the line cannot hold a breakpoint. */
  file?: string;
  request?: LineRequest;
  error?: string;
}

interface FileBreakpoints {
  /** Path as the simulation sees it. */
  file: string;
  /** Source as the client sent it (echoed back in breakpoint objects). */
  source: DebugProtocol.Source;
  requests: LineRequest[];
  ids: number[];
  /** Simulation files its requests were last set in (to clear them when they move). */
  simFiles?: Set<string>;
}

export class BreakpointStore {
  private nextId = 1;
  private readonly files = new Map<string, FileBreakpoints>();
  private functionNames: string[] = [];
  private functionIds: number[] = [];
  /** Set by the session when a launch has sources that are not simulation files. */
  mapper: LineMapper | undefined;

  /** Remembers the line breakpoints of one file (replacing the previous set) and applies them. */
  setLines(
    sim: SimulationApi | undefined,
    file: string,
    source: DebugProtocol.Source,
    requests: LineRequest[],
    cc: ClientCoordinates,
  ): DebugProtocol.Breakpoint[] {
    const entry: FileBreakpoints = {
      file,
      source: { name: source.name ?? baseName(file), path: source.path },
      requests,
      ids: requests.map(() => this.nextId++),
    };
    entry.simFiles = this.files.get(file)?.simFiles;
    if (requests.length === 0) this.files.delete(file);
    else this.files.set(file, entry);
    return this.applyLines(sim, entry, cc);
  }

  /** Remembers the function breakpoints (replacing the previous set) and applies them. */
  setFunctions(sim: SimulationApi | undefined, names: string[]): DebugProtocol.Breakpoint[] {
    this.functionNames = names;
    this.functionIds = names.map(() => this.nextId++);
    return this.applyFunctions(sim);
  }

  /** Applies everything remembered to a freshly loaded simulation; returns the updated breakpoints. */
  reapply(sim: SimulationApi, cc: ClientCoordinates): DebugProtocol.Breakpoint[] {
    const out: DebugProtocol.Breakpoint[] = [];
    for (const entry of this.files.values()) out.push(...this.applyLines(sim, entry, cc));
    if (this.functionNames.length > 0) out.push(...this.applyFunctions(sim));
    return out;
  }

  private applyLines(
    sim: SimulationApi | undefined,
    entry: FileBreakpoints,
    cc: ClientCoordinates,
  ): DebugProtocol.Breakpoint[] {
    if (!sim) {
      return entry.requests.map((r, i) => ({
        id: entry.ids[i],
        verified: false,
        line: cc.line(r.line),
        source: entry.source,
        message: 'pending: the scenario is not loaded yet',
      }));
    }
    if (!this.mapper && !entry.simFiles) {
      const infos = sim.setBreakpoints(entry.file, entry.requests);
      return entry.requests.map((r, i) => {
        const info = infos[i] ?? { line: r.line, verified: false, message: 'not accepted by the simulation' };
        return toDapBreakpoint(entry.ids[i], info, entry.source, cc);
      });
    }
    // Every simulation file this entry lands in now or did before is set again, with the
    // requests of every entry that lands there.
    const placedOf = (e: FileBreakpoints): Placed[] => e.requests.map((r) => {
      const m = this.mapper?.map(e.file, r.line);
      if (!m) return { file: e.file, request: r };
      if ('error' in m) return { error: m.error };
      return { file: m.file, request: { ...r, line: m.line } };
    });
    const mine = placedOf(entry);
    const touched = new Set([...(entry.simFiles ?? []), ...mine.filter((p) => p.file).map((p) => p.file!)]);
    entry.simFiles = new Set(mine.filter((p) => p.file).map((p) => p.file!));
    const results: (BreakpointInfo | undefined)[] = mine.map(() => undefined);
    const all = [...this.files.values()];
    if (!all.includes(entry)) all.push(entry);
    const placedAll = new Map(all.map((e) => [e, e === entry ? mine : placedOf(e)]));
    for (const simFile of touched) {
      const parts: { e: FileBreakpoints; i: number; r: LineRequest }[] = [];
      for (const [e, placed] of placedAll) placed.forEach((p, i) => { if (p.file === simFile && p.request) parts.push({ e, i, r: p.request }); });
      const infos = sim.setBreakpoints(simFile, parts.map((p) => p.r));
      parts.forEach((p, k) => { if (p.e === entry) results[p.i] = infos[k]; });
    }
    return entry.requests.map((r, i) => {
      const p = mine[i];
      if (p.error) return { id: entry.ids[i], verified: false, line: cc.line(r.line), source: entry.source, message: p.error };
      const info = results[i] ?? { line: r.line, verified: false, message: 'not accepted by the simulation' };
      if (p.file === entry.file) return toDapBreakpoint(entry.ids[i], info, entry.source, cc);
      // Mapped: report the client's line (or the one the breakpoint moved to, if the source shows it).
      const landed = info.actualLine ?? info.line;
      const back = this.mapper?.back?.(entry.file, p.file!, landed);
      const shown: BreakpointInfo = { ...info, line: r.line, actualLine: back ?? r.line };
      if (back === undefined && landed !== p.request!.line) shown.message = `${info.message ? `${info.message}; ` : ''}lands on line ${landed} of ${baseName(p.file!)} (patched), which the patch does not show`;
      return toDapBreakpoint(entry.ids[i], shown, entry.source, cc);
    });
  }

  private applyFunctions(sim: SimulationApi | undefined): DebugProtocol.Breakpoint[] {
    if (!sim) {
      return this.functionNames.map((_, i) => ({
        id: this.functionIds[i],
        verified: false,
        message: 'pending: the scenario is not loaded yet',
      }));
    }
    const infos = sim.setFunctionBreakpoints(this.functionNames);
    return this.functionNames.map((name, i) => {
      const info = infos[i] ?? { name, verified: false, message: 'not accepted by the simulation' };
      const bp: DebugProtocol.Breakpoint = { id: this.functionIds[i], verified: info.verified };
      if (info.message) bp.message = info.message;
      return bp;
    });
  }
}
