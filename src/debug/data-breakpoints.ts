// The debugger side of data breakpoints and setVariable/setExpression: which model field or C
// lvalue a row of the Variables view is (the adapter notes the rows it answered: page fields,
// Page table and TLB rows and their decoded fields, C locals and members), the DAP
// dataBreakpointInfo / setDataBreakpoints answers, and the custom request the state panel uses:
//   mmstepDataBreakpoint { dataId, accessType?, remove? } → { breakpoint: { dataId, verified,
//   message? }, dataIds: string[] }
// Data breakpoints the client sets and those the panel adds are kept apart (the client always
// sends its whole list) and watched together (src/sim/watchpoints.ts).

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Simulation } from '../sim/simulation';
import { parseDataId, type DataBreakpointResult } from '../sim/watchpoints';
import { setCValue, setPageField } from '../sim/set-value';
import type { ScopeInfo, SimulationApi, VariableInfo } from '../sim/types';

export const DATA_BREAKPOINT_REQUEST = 'mmstepDataBreakpoint';

const FRAME_MUL = 10000;
const PAGE_ROW_FIELDS: Record<string, string> = {
  refcount: 'refcount',
  mapcount: 'mapcount',
  PG_locked: 'locked',
  lru: 'lru',
  pins: 'pins',
  PG_dirty: 'dirty',
  content: 'content',
  freed: 'freed',
};

/** What a variables reference of the current stop stands for. */
type RefMeaning =
  | { k: 'c'; tid: number; index: number; fn: string; path?: string; pointer?: boolean }
  | { k: 'pages' }
  | { k: 'page'; pfn: number }
  | { k: 'ptes' }
  | { k: 'pte'; pid: string; addr: string }
  | { k: 'tlbs' }
  | { k: 'tlb'; cpu: string; pid: string; addr: string };

/** Row names of the Page table and TLB scopes (sim/model-rows.ts): `pid 1 0x7f…`, `cpu 0 pid 1 0x7f…`. */
const PTE_ROW = /^pid (\d+) (0x[0-9a-f]+)$/i;
const TLB_ROW = /^cpu (\d+) pid (\d+) (0x[0-9a-f]+)$/i;

/** The Simulation behind the API, when it is one (data breakpoints need its model). */
export function realSim(sim: SimulationApi | undefined): Simulation | undefined {
  return sim && 'watchpoints' in sim ? (sim as Simulation) : undefined;
}

function need(sim: SimulationApi | undefined): Simulation {
  const s = realSim(sim);
  if (!s) throw new Error('mmstep: no scenario is loaded');
  return s;
}

const IDENT = /^[A-Za-z_]\w*$/;

export class DataBreakpoints {
  private refs = new Map<number, RefMeaning>();
  private client: { dataId: string; accessType?: string }[] = [];
  private panel: { dataId: string; accessType?: string }[] = [];

  /** A new run: nothing is watched, no row is known. */
  reset(): void {
    this.refs.clear();
    this.client = [];
    this.panel = [];
  }

  /** The scopes the adapter answered for `frameId`. */
  noteScopes(sim: SimulationApi | undefined, frameId: number, scopes: ScopeInfo[]): void {
    const s = realSim(sim);
    if (!s) return;
    const tid = Math.floor(frameId / FRAME_MUL);
    const depth = frameId % FRAME_MUL;
    const t = s.machine.thread(tid);
    for (const sc of scopes) {
      if (sc.name === 'Locals' && t && depth < t.frames.length) {
        const index = t.frames.length - 1 - depth;
        this.refs.set(sc.ref, { k: 'c', tid, index, fn: s.machine.fn(t.frames[index].fn).name });
      } else if (sc.name === 'Pages') this.refs.set(sc.ref, { k: 'pages' });
      else if (sc.name === 'Page table') this.refs.set(sc.ref, { k: 'ptes' });
      else if (sc.name === 'TLB') this.refs.set(sc.ref, { k: 'tlbs' });
    }
  }

  /** The rows the adapter answered for `ref`: their own references get a meaning too. */
  noteVariables(ref: number, vars: VariableInfo[]): void {
    const parent = this.refs.get(ref);
    if (!parent) return;
    for (const v of vars) {
      if (!v.ref) continue;
      if (parent.k === 'pages') {
        const m = /^pfn (0x[0-9a-f]+)$/i.exec(v.name);
        if (m) this.refs.set(v.ref, { k: 'page', pfn: Number(m[1]) });
      } else if (parent.k === 'ptes') {
        // An expanded pte row: its decoded fields answer with the pte's own data id.
        const m = PTE_ROW.exec(v.name);
        if (m) this.refs.set(v.ref, { k: 'pte', pid: m[1], addr: m[2] });
      } else if (parent.k === 'tlbs') {
        // An expanded TLB entry: its pfn / write / stale rows answer with the entry's data id.
        const m = TLB_ROW.exec(v.name);
        if (m) this.refs.set(v.ref, { k: 'tlb', cpu: m[1], pid: m[2], addr: m[3] });
      } else if (parent.k === 'c') {
        const path = this.childPath(parent, v.name);
        if (path) this.refs.set(v.ref, { ...parent, path, pointer: /\*\s*$/.test(v.type ?? '') });
      }
    }
  }

  private childPath(parent: Extract<RefMeaning, { k: 'c' }>, name: string): string | undefined {
    if (!parent.path) return IDENT.test(name) ? name : undefined;
    if (/^\[\d+\]$/.test(name)) return `${parent.path}${name}`;
    if (!IDENT.test(name)) return undefined;
    return `${parent.path}${parent.pointer ? '->' : '.'}${name}`;
  }

  /** The data id of row `name` under `ref` (or of an expression / data id typed by the user). */
  private dataIdOf(sim: Simulation, ref: number | undefined, name: string, frameId?: number): { dataId: string; description: string } | { error: string } {
    if (ref !== undefined && ref > 0) {
      const r = this.refs.get(ref);
      if (!r) return { error: 'mmstep watches page fields, ptes, TLB entries and C lvalues of the current stop' };
      switch (r.k) {
        case 'page': {
          const f = PAGE_ROW_FIELDS[name];
          if (!f) return { error: `the page field '${name}' is not watched (refcount, mapcount, PG_locked, lru, pins, PG_dirty and content are)` };
          return { dataId: `page:0x${r.pfn.toString(16)}:${f}`, description: `page 0x${r.pfn.toString(16)} ${f}` };
        }
        case 'pages':
          return { error: 'choose a field of the page (refcount, mapcount, PG_locked, ...)' };
        case 'ptes': {
          const m = PTE_ROW.exec(name);
          if (!m) return { error: `no pte row '${name}'` };
          return pteId(m[1], m[2]);
        }
        case 'pte':
          // A decoded field (kind, pfn, write, ...) is watched as its whole pte.
          return pteId(r.pid, r.addr, name);
        case 'tlbs': {
          const m = TLB_ROW.exec(name);
          if (!m) return { error: `no TLB row '${name}' (rows are 'cpu <cpu> pid <pid> <address>')` };
          return tlbId(sim, m[1], m[2], m[3]);
        }
        case 'tlb':
          return tlbId(sim, r.cpu, r.pid, r.addr, name);
        case 'c': {
          const path = this.childPath(r, name);
          if (!path) return { error: `'${name}' is not an lvalue mmstep can watch` };
          return { dataId: `c:${r.tid}:${r.index}:${r.fn}:${path}`, description: `${path} (in ${r.fn})` };
        }
      }
    }
    // A data id typed as is, or a C expression in the given frame.
    const direct = parseDataId(sim, name);
    if (!('error' in direct)) return { dataId: direct.dataId, description: direct.label };
    if (frameId === undefined) return { error: direct.error };
    const tid = Math.floor(frameId / FRAME_MUL);
    const t = sim.machine.thread(tid);
    const depth = frameId % FRAME_MUL;
    if (!t || depth >= t.frames.length) return { error: 'mmstep: no C frame to watch the expression in' };
    const index = t.frames.length - 1 - depth;
    const fn = sim.machine.fn(t.frames[index].fn).name;
    try {
      sim.evaluateIn(tid, index, `&(${name})`, 'watch');
    } catch (err) {
      return { error: `'${name}' is not an lvalue in ${fn}: ${(err as Error).message}` };
    }
    return { dataId: `c:${tid}:${index}:${fn}:${name}`, description: `${name} (in ${fn})` };
  }

  info(simApi: SimulationApi | undefined, args: DebugProtocol.DataBreakpointInfoArguments): DebugProtocol.DataBreakpointInfoResponse['body'] {
    const sim = need(simApi);
    const r = this.dataIdOf(sim, args.variablesReference, args.name, args.frameId);
    if ('error' in r) return { dataId: null, description: r.error };
    return { dataId: r.dataId, description: r.description, accessTypes: ['write'], canPersist: false };
  }

  set(simApi: SimulationApi | undefined, args: DebugProtocol.SetDataBreakpointsArguments): DebugProtocol.SetDataBreakpointsResponse['body'] {
    const sim = need(simApi);
    this.client = args.breakpoints.map((b) => ({ dataId: b.dataId, ...(b.accessType ? { accessType: b.accessType } : {}) }));
    const all = this.apply(sim);
    return { breakpoints: all.slice(0, this.client.length).map(toDap) };
  }

  /** The state panel's request: add (or with `remove`, drop) one data breakpoint. */
  custom(simApi: SimulationApi | undefined, args: unknown): { breakpoint: DataBreakpointResult; dataIds: string[] } {
    const a = (args ?? {}) as { dataId?: unknown; accessType?: unknown; remove?: unknown; probe?: unknown };
    // The host asks whether the request exists ({ probe: true }): answered, not refused (a refusal
    // would show the user an error notification), and nothing changes.
    if (a.probe === true) return { breakpoint: { dataId: '', verified: false, message: 'probe' }, dataIds: realSim(simApi)?.watchpoints.ids() ?? [] };
    const sim = need(simApi);
    if (typeof a.dataId !== 'string' || !a.dataId) throw new Error(`mmstep: ${DATA_BREAKPOINT_REQUEST} needs a 'dataId' (page:<pfn>:<field>, pte:<pid>:<addr>, tlb:<cpu>:<pid>:<addr>, c:<tid>:<frame>:<fn>:<expr>)`);
    if (a.accessType !== undefined && typeof a.accessType !== 'string') throw new Error("mmstep: 'accessType' must be a string");
    const dataId = a.dataId;
    this.panel = this.panel.filter((p) => p.dataId !== dataId);
    let result: DataBreakpointResult;
    if (a.remove === true) {
      this.apply(sim);
      result = { dataId, verified: false, message: 'removed' };
    } else {
      this.panel.push({ dataId, ...(typeof a.accessType === 'string' ? { accessType: a.accessType } : {}) });
      const all = this.apply(sim);
      result = all[all.length - 1];
      if (!result.verified) this.panel = this.panel.filter((p) => p.dataId !== dataId);
    }
    return { breakpoint: result, dataIds: sim.watchpoints.ids() };
  }

  private apply(sim: Simulation): DataBreakpointResult[] {
    return sim.watchpoints.set([...this.client, ...this.panel]);
  }

  /** setVariable on a row of the Variables view. */
  setVariable(simApi: SimulationApi | undefined, args: DebugProtocol.SetVariableArguments): DebugProtocol.SetVariableResponse['body'] {
    const sim = need(simApi);
    const r = this.refs.get(args.variablesReference);
    if (!r) throw new Error('mmstep: this value cannot be set (C locals and their members, and the fields of a page in Pages, can)');
    if (r.k === 'page') return { value: setPageField(sim, r.pfn, args.name, args.value), variablesReference: 0 };
    if (r.k !== 'c') throw new Error('mmstep: choose a field of a page, or a C value');
    const path = this.childPath(r, args.name);
    if (!path) throw new Error(`mmstep: '${args.name}' cannot be set`);
    return { value: setCValue(sim, r.tid, r.index, path, args.value), variablesReference: 0 };
  }

  /** setExpression: a C lvalue in a frame, or a page field by its data id (page:<pfn>:<field>). */
  setExpression(simApi: SimulationApi | undefined, args: DebugProtocol.SetExpressionArguments, focusFrame: number | undefined): DebugProtocol.SetExpressionResponse['body'] {
    const sim = need(simApi);
    const m = /^page:(0x[0-9a-f]+|\d+):(\w+)$/i.exec(args.expression.trim());
    if (m) return { value: setPageField(sim, Number(m[1]), m[2], args.value) };
    const frameId = args.frameId ?? focusFrame;
    if (frameId === undefined) throw new Error('mmstep: no frame to set the expression in');
    const tid = Math.floor(frameId / FRAME_MUL);
    const t = sim.machine.thread(tid);
    const depth = frameId % FRAME_MUL;
    if (!t || depth >= t.frames.length) throw new Error('mmstep: expressions are set in a C frame');
    return { value: setCValue(sim, tid, t.frames.length - 1 - depth, args.expression, args.value) };
  }
}

function pteId(pid: string, addr: string, field?: string): { dataId: string; description: string } {
  return { dataId: `pte:${pid}:${addr}`, description: `pte of pid ${pid} at ${addr}${field ? ` (watched whole: ${field} and every other bit)` : ''}` };
}

/** A TLB entry's data id (sim/watchpoints.ts parses it; a CPU the scenario lacks is refused there too). */
function tlbId(sim: Simulation, cpu: string, pid: string, addr: string, field?: string): { dataId: string; description: string } | { error: string } {
  const dataId = `tlb:${cpu}:${pid}:${addr}`;
  const t = parseDataId(sim, dataId);
  if ('error' in t) return { error: t.error };
  return { dataId, description: `${t.label}${field ? ` (watched whole: ${field}, pfn and write bit)` : ''}` };
}

function toDap(r: DataBreakpointResult): DebugProtocol.Breakpoint {
  return { verified: r.verified, ...(r.id !== undefined ? { id: r.id } : {}), ...(r.message ? { message: r.message } : {}) };
}
