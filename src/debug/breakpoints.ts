// The breakpoints the user asked for, kept by the adapter across simulation reloads.
// The client may send breakpoints before the scenario is loaded, and a restart builds a new
// Simulation; both times every remembered breakpoint is applied again and the client is told the
// new verification through `breakpoint` events with the ids it already knows.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { SimulationApi } from '../sim/types';
import { baseName, ClientCoordinates, toDapBreakpoint } from './convert';

interface LineRequest {
  line: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

interface FileBreakpoints {
  /** Path as the simulation sees it. */
  file: string;
  /** Source as the client sent it (echoed back in breakpoint objects). */
  source: DebugProtocol.Source;
  requests: LineRequest[];
  ids: number[];
}

export class BreakpointStore {
  private nextId = 1;
  private readonly files = new Map<string, FileBreakpoints>();
  private functionNames: string[] = [];
  private functionIds: number[] = [];

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
    const infos = sim.setBreakpoints(entry.file, entry.requests);
    return entry.requests.map((r, i) => {
      const info = infos[i] ?? { line: r.line, verified: false, message: 'not accepted by the simulation' };
      return toDapBreakpoint(entry.ids[i], info, entry.source, cc);
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
