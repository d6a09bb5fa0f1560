// Data breakpoints (watchpoints): a watched value is read after every statement a live run
// executes and the run stops where it changed, saying `old → new`; the top frame shows the
// statement that changed it (the state is the one after it, as for invariant violations).
// Reverse execution (reverse-run.ts) looks for the latest change while it replays the run, from
// the values at the start of the replayed stretch. Nothing is read when no data breakpoint is
// set (the scheduler's hook is removed).
//
// A C data breakpoint lives as long as its frame, as a gdb watchpoint on a local: when the frame
// returns, the run stops there ('data breakpoint', saying so) and the breakpoint is removed
// (the debugger tells the client, which shows it unverified); going back in time before the
// frame's call does the same. Coming back into that frame later does not arm it again; a new
// frame of the function can be watched anew.
//
// Data ids:
//   page:<pfn>:<field>          field: refcount mapcount locked lru pins dirty content freed
//   pte:<pid>:<addr>            the pte that maps addr in process pid (raw value, decoded)
//   tlb:<cpu>:<pid>:<addr>      CPU cpu's cached translation of addr in pid
//   c:<tid>:<frame>:<fn>:<expr> a C lvalue in frame index <frame> (0 = the thread's entry
//                               function) of thread tid while that frame runs function fn

import { pteAt } from '../mm/pgtable';
import { formatPte } from '../mm/pte';
import type { Simulation } from './simulation';
import type { StopInfo } from './types';

export const PAGE_FIELDS = ['refcount', 'mapcount', 'locked', 'lru', 'pins', 'dirty', 'content', 'freed'] as const;
export type PageField = (typeof PAGE_FIELDS)[number];

const NUM = /^(0x[0-9a-f]+|\d+)$/i;

export interface WatchTarget {
  dataId: string;
  /** A C lvalue's frame: the thread, the frame index and the function it runs. */
  frame?: { tid: number; index: number; fn: string };
  /** Shown in the stop's description and the BREAKPOINTS view: "page 0x102 refcount". */
  label: string;
  /** The current value as text, or undefined when it cannot be read now (frame gone). */
  read(): string | undefined;
}

interface Watch extends WatchTarget {
  /** DAP breakpoint id (for the breakpoint event that tells the client it was removed). */
  id: number;
  last?: string;
  /** A C watch: the position its frame was entered at (time travel), to know it again. */
  since?: number;
  /** During a reverse scan: the first position the value can be read at (its frame exists). */
  validFrom?: number;
}

/** A data breakpoint the run removed (its frame returned), for the debugger to announce. */
export interface ExpiredWatch {
  id: number;
  dataId: string;
  message: string;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** A parsed data id, or why it is not one. */
export function parseDataId(sim: Simulation, dataId: string): WatchTarget | { error: string } {
  const parts = dataId.split(':');
  const num = (s: string | undefined, what: string): number | string => (s !== undefined && NUM.test(s) ? Number(s) : `${what} must be a number (decimal or 0x...), not '${s ?? ''}'`);
  const model = sim.model;
  switch (parts[0]) {
    case 'page': {
      const pfn = num(parts[1], 'the pfn');
      if (typeof pfn === 'string') return { error: pfn };
      const field = parts[2] as PageField;
      if (parts.length !== 3 || !PAGE_FIELDS.includes(field)) return { error: `a page data id is page:<pfn>:<field>, field one of ${PAGE_FIELDS.join(', ')}` };
      if (!model.pages[pfn]) return { error: `no page with pfn ${hex(pfn)} in this scenario` };
      return {
        dataId,
        label: `page ${hex(pfn)} ${field}`,
        read: () => {
          const p = model.pages[pfn];
          return p ? String(p[field]) : 'no such page';
        },
      };
    }
    case 'pte': {
      const pid = num(parts[1], 'the pid');
      const addr = num(parts[2], 'the address');
      if (parts.length !== 3) return { error: 'a pte data id is pte:<pid>:<addr>' };
      if (typeof pid === 'string') return { error: pid };
      if (typeof addr === 'string') return { error: addr };
      if (!model.mms[pid]) return { error: `no process with pid ${pid} in this scenario` };
      return { dataId, label: `pte of pid ${pid} at ${hex(addr)}`, read: () => formatPte(pteAt(model, pid, addr)) };
    }
    case 'tlb': {
      const cpu = num(parts[1], 'the cpu');
      const pid = num(parts[2], 'the pid');
      const addr = num(parts[3], 'the address');
      if (parts.length !== 4) return { error: 'a TLB data id is tlb:<cpu>:<pid>:<addr>' };
      for (const x of [cpu, pid, addr]) if (typeof x === 'string') return { error: x };
      const c = cpu as number;
      if (c >= model.cpus) return { error: `no CPU ${c} (the scenario has ${model.cpus})` };
      const va = Math.floor((addr as number) / 4096) * 4096;
      return {
        dataId,
        label: `TLB entry of CPU ${c} for pid ${pid} at ${hex(va)}`,
        read: () => {
          const e = model.tlbs[c]?.find((x) => x.pid === pid && x.vaddr === va);
          return e ? `pfn ${hex(e.pfn)}${e.write ? ' (write)' : ''}` : 'none';
        },
      };
    }
    case 'c': {
      const tid = num(parts[1], 'the thread id');
      const index = num(parts[2], 'the frame index');
      const fn = parts[3];
      const expr = parts.slice(4).join(':');
      if (typeof tid === 'string') return { error: tid };
      if (typeof index === 'string') return { error: index };
      if (!fn || !expr) return { error: 'a C data id is c:<tid>:<frame index>:<function>:<expression>' };
      if (!sim.machine.thread(tid)) return { error: `no thread ${tid}` };
      const read = (): string | undefined => {
        const t = sim.machine.thread(tid);
        const fr = t?.frames[index];
        if (!t || !fr || sim.machine.fn(fr.fn).name !== fn) return undefined;
        try {
          const r = sim.evaluateIn(tid, index, expr, 'watch');
          return sim.formatValue(r.value, r.type, expr);
        } catch (err) {
          return `<${(err as Error).message}>`;
        }
      };
      return { dataId, label: `${expr} (in ${fn})`, read, frame: { tid, index, fn } };
    }
    default:
      return { error: `unknown data id '${dataId}': expected page:<pfn>:<field>, pte:<pid>:<addr>, tlb:<cpu>:<pid>:<addr> or c:<tid>:<frame>:<fn>:<expr>` };
  }
}

export interface DataBreakpointResult {
  dataId: string;
  verified: boolean;
  message?: string;
  /** DAP breakpoint id of a verified one. */
  id?: number;
}

export class Watchpoints {
  private list: Watch[] = [];
  private idOf = new Map<string, number>();
  private nextId = 1;
  /** C data breakpoints removed because their frame returned: dataId → that frame's start. */
  private expired = new Map<string, number | undefined>();
  private pending: ExpiredWatch[] = [];

  constructor(private readonly sim: Simulation) {}

  get size(): number {
    return this.list.length;
  }

  ids(): string[] {
    return this.list.map((w) => w.dataId);
  }

  /** Replace the data breakpoints (DAP setDataBreakpoints semantics). */
  set(requests: { dataId: string; accessType?: string }[]): DataBreakpointResult[] {
    this.list = [];
    const out = requests.map((r): DataBreakpointResult => {
      if (r.accessType !== undefined && r.accessType !== 'write' && r.accessType !== 'readWrite') {
        return { dataId: r.dataId, verified: false, message: `mmstep watches changes of a value: access type '${r.accessType}' is not supported (use 'write')` };
      }
      const t = parseDataId(this.sim, r.dataId);
      if ('error' in t) return { dataId: r.dataId, verified: false, message: t.error };
      let since: number | undefined;
      if (t.frame) {
        const f = t.frame;
        if (!this.alive(t)) return { dataId: r.dataId, verified: false, message: `no frame ${f.index} running ${f.fn} in thread ${f.tid} now: a C data breakpoint watches a local of a live frame` };
        since = this.frameStart(t);
        if (this.expired.has(r.dataId) && this.expired.get(r.dataId) === since) {
          return { dataId: r.dataId, verified: false, message: `removed when the frame of ${f.fn} returned` };
        }
        this.expired.delete(r.dataId);
      }
      let id = this.idOf.get(r.dataId);
      if (id === undefined) this.idOf.set(r.dataId, (id = this.nextId++));
      const w: Watch = { ...t, id, last: t.read(), ...(since !== undefined ? { since } : {}) };
      this.list.push(w);
      return { dataId: r.dataId, verified: true, id, message: `stops when ${t.label} changes (now ${w.last ?? 'not readable'})` };
    });
    this.install();
    return out;
  }

  /** Add one (the state panel's request); an id already watched is kept once. */
  add(dataId: string, accessType?: string): DataBreakpointResult {
    const keep = this.list.filter((w) => w.dataId !== dataId).map((w) => ({ dataId: w.dataId }));
    const all = this.set([...keep, { dataId, ...(accessType ? { accessType } : {}) }]);
    return all[all.length - 1];
  }

  private install(): void {
    const sched = this.sim.sched;
    sched.extraStopAt = undefined;
    sched.afterStep = this.list.length ? (tid, stmtLoc, depth0) => this.check(tid, stmtLoc, depth0) : undefined;
  }

  /** At the start of a live command: the values now are the ones to compare with. */
  rebase(): void {
    for (const w of [...this.list]) {
      // Time travel (the timeline, goto) left the frame of a C watch: it cannot be watched on.
      if (w.frame && !this.alive(w)) this.expire(w, `${w.label}: the frame of ${w.frame.fn} is not live at this point of the run; the data breakpoint is removed`);
      else w.last = w.read();
    }
  }

  /** Data breakpoints removed since the last call (the debugger announces them). */
  takeExpired(): ExpiredWatch[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** Does the frame of a C watch exist (with its function) now? */
  private alive(w: WatchTarget): boolean {
    const f = w.frame;
    if (!f) return true;
    const t = this.sim.machine.thread(f.tid);
    const fr = t?.frames[f.index];
    return !!t && !!fr && t.status !== 'done' && t.status !== 'faulted' && this.sim.machine.fn(fr.fn).name === f.fn;
  }

  /** The position the frame of a C watch was entered at (undefined without time travel). */
  private frameStart(w: WatchTarget): number | undefined {
    const trail = this.sim.trail;
    const h = this.sim.history;
    if (!w.frame || !trail || !h) return undefined;
    return trail.frameStart(w.frame.tid, w.frame.index, h.position);
  }

  /** Removes `w` (its frame is gone) and queues the announcement. */
  private expire(w: Watch, message: string): void {
    this.list = this.list.filter((x) => x !== w);
    this.expired.set(w.dataId, w.since);
    this.pending.push({ id: w.id, dataId: w.dataId, message });
    this.install();
  }

  private check(tid: number, stmtLoc?: number, depth0?: number): StopInfo | undefined {
    let hit: string[] | undefined;
    let goneTid: number | undefined;
    for (const w of [...this.list]) {
      if (w.frame && !this.alive(w)) {
        const f = w.frame;
        const message = `${w.label}: the frame of ${f.fn} returned; the data breakpoint is removed`;
        this.expire(w, message);
        // A finished thread's entry frame: the run goes on to its end (and its leak check).
        const t = this.sim.machine.thread(f.tid);
        if (t && t.status !== 'done' && t.status !== 'faulted') {
          (hit ??= []).push(message);
          goneTid = f.tid;
        }
        continue;
      }
      const now = w.read();
      if (now === undefined) continue;
      if (w.last !== undefined && now !== w.last) (hit ??= []).push(`${w.label}: ${w.last} → ${now}`);
      w.last = now;
    }
    if (!hit) return undefined;
    if (goneTid === undefined && stmtLoc !== undefined && stmtLoc >= 0 && depth0 !== undefined) this.markCulprit(tid, stmtLoc, depth0);
    return { reason: 'data breakpoint', tid: goneTid ?? tid, description: hit.join('\n') };
  }

  // ---- reverse execution (reverse-run.ts): the replay of the positions [lo, hi) ----------------

  /**
   * Before replaying the positions from `lo` to `hi` (the current one): no value is known yet.
   * Returns, for each C watch whose frame was entered after `lo`, the position before its call
   * (where going back leaves the frame, as the forward run leaves it at its return).
   */
  scanBegin(lo: number): { pos: number; dataId: string; stop: StopInfo }[] {
    const leaves: { pos: number; dataId: string; stop: StopInfo }[] = [];
    for (const w of this.list) {
      w.last = undefined;
      w.validFrom = w.frame ? (w.since ?? this.frameStart(w) ?? 0) : 0;
      if (w.frame && w.validFrom > lo) {
        const description = `${w.label}: going back, the frame of ${w.frame.fn} is left (before its call); the data breakpoint is removed`;
        leaves.push({ pos: w.validFrom - 1, dataId: w.dataId, stop: { reason: 'data breakpoint', tid: w.frame.tid, description } });
      }
    }
    return leaves;
  }

  /** At position `pos` of the replay (after a statement of `tid`): a change since the last one. */
  scanAt(pos: number, tid: number): StopInfo | undefined {
    let hit: string[] | undefined;
    for (const w of this.list) {
      if (pos < (w.validFrom ?? 0)) continue;
      const now = w.read();
      if (now === undefined) continue;
      if (w.last !== undefined && now !== w.last) (hit ??= []).push(`${w.label}: ${w.last} → ${now}`);
      w.last = now;
    }
    return hit ? { reason: 'data breakpoint', tid, description: hit.join('\n') } : undefined;
  }

  /** Reverse execution stopped where going back leaves the frame of data breakpoint `dataId`. */
  expireById(dataId: string, message: string): void {
    const w = this.list.find((x) => x.dataId === dataId);
    if (w) this.expire(w, message);
  }

  /**
   * After reverse execution stopped on a change: the state after the statement that made it;
   * a look at the moment before it finds that statement, so the top frame shows it.
   */
  culpritAfterReverse(tid: number): void {
    const h = this.sim.history;
    if (!h || h.position === 0) return;
    const pos = h.position;
    h.goto(pos - 1);
    const m = this.sim.machine;
    const t = m.thread(tid);
    const insn = t ? m.atStmt(t) : undefined;
    const depth = t?.frames.length ?? 0;
    h.goto(pos);
    if (insn) this.markCulprit(tid, insn.loc, depth);
  }

  /** The top frame shows the statement that changed the value (scheduler's culprit, as for violations). */
  private markCulprit(tid: number, stmtLoc: number, depth0: number): void {
    const m = this.sim.machine;
    const t = m.thread(tid);
    if (!t || t.frames.length !== depth0 || t.status === 'done' || t.native) return;
    const at = m.loc(stmtLoc);
    const sched = this.sim.sched as unknown as { culprit?: object };
    sched.culprit = { tid, steps: m.state.steps, file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
  }
}
