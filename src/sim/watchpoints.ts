// Data breakpoints (watchpoints): a watched value is read after every statement a live run
// executes and the run stops where it changed, saying `old → new`; the top frame shows the
// statement that changed it (the state is the one after it, as for invariant violations).
// Reverse continue looks for the latest change while it replays the run. Nothing is read when
// no data breakpoint is set (the scheduler's hook is removed).
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
  /** Shown in the stop's description and the BREAKPOINTS view: "page 0x102 refcount". */
  label: string;
  /** The current value as text, or undefined when it cannot be read now (frame gone). */
  read(): string | undefined;
}

interface Watch extends WatchTarget {
  last?: string;
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
      return { dataId, label: `${expr} (in ${fn})`, read };
    }
    default:
      return { error: `unknown data id '${dataId}': expected page:<pfn>:<field>, pte:<pid>:<addr>, tlb:<cpu>:<pid>:<addr> or c:<tid>:<frame>:<fn>:<expr>` };
  }
}

export interface DataBreakpointResult {
  dataId: string;
  verified: boolean;
  message?: string;
}

export class Watchpoints {
  private list: Watch[] = [];

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
      const w: Watch = { ...t, last: t.read() };
      this.list.push(w);
      return { dataId: r.dataId, verified: true, message: `stops when ${t.label} changes (now ${w.last ?? 'not readable'})` };
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
    if (!this.list.length) {
      sched.afterStep = undefined;
      sched.extraStopAt = undefined;
      return;
    }
    sched.afterStep = (tid, stmtLoc, depth0) => this.check(tid, stmtLoc, depth0);
    sched.extraStopAt = (tid) => this.check(tid);
  }

  /** At the start of a live command: the values now are the ones to compare with. */
  rebase(): void {
    for (const w of this.list) w.last = w.read();
  }

  /** Before a reverse continue replays from the start: the first value read is the baseline. */
  forget(): void {
    for (const w of this.list) w.last = undefined;
  }

  private check(tid: number, stmtLoc?: number, depth0?: number): StopInfo | undefined {
    let hit: string[] | undefined;
    for (const w of this.list) {
      const now = w.read();
      if (now === undefined) continue;
      if (w.last !== undefined && now !== w.last) (hit ??= []).push(`${w.label}: ${w.last} → ${now}`);
      w.last = now;
    }
    if (!hit) return undefined;
    if (stmtLoc !== undefined && stmtLoc >= 0 && depth0 !== undefined) this.markCulprit(tid, stmtLoc, depth0);
    return { reason: 'data breakpoint', tid, description: hit.join('\n') };
  }

  /**
   * After a reverse continue stopped on a change: the state after the statement that made it;
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
