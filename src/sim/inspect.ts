// Inspection of a stopped simulation: call stacks, scopes (Locals, Pages, Page table,
// Migration arrays), expandable variables, and the state view for the webview with what
// changed since the previous stop. Handles are valid until the simulation runs again.

import type { ThreadState } from '../c/machine';
import type { Ptr } from '../c/value';
import { EXTERNAL_TID } from '../mm/state';
import type { MigrateArrayView, PageView, PteView, StateView } from '../protocol/state';
import { buildStateView, changedKeys, migrateArrayView, ViewCache } from '../mm/view';
import type { Simulation } from './simulation';
import type { FrameInfo, ScopeInfo, VariableInfo } from './types';
import { children, variable, type Handles, type ValueFormat, type VarNode } from './values';
import { migrateArrayRegions, type ViewFrame } from './pointees';
import { focusAddress } from './view-focus';
import { pteRow, tlbRows } from './model-rows';

const FRAME_MUL = 10000;

export class Inspector {
  private nodes = new Map<number, VarNode>();
  private nextRef = 1;
  private cachedView?: StateView;
  private lastStopView?: StateView;
  /** Rows of the views built so far, reused where nothing they show changed. */
  private readonly rows = new ViewCache();

  constructor(private readonly sim: Simulation) {}

  invalidate(): void {
    this.nodes.clear();
    this.nextRef = 1;
    if (this.cachedView) this.lastStopView = this.cachedView;
    this.cachedView = undefined;
  }

  private add = (node: VarNode): number => {
    const ref = this.nextRef++;
    this.nodes.set(ref, node);
    return ref;
  };

  private thread(tid: number): ThreadState | undefined {
    return this.sim.machine.state.threads[tid - 1];
  }

  stack(tid: number): FrameInfo[] {
    const t = this.thread(tid);
    if (!t) return [];
    const out: FrameInfo[] = [];
    for (let i = t.frames.length - 1; i >= 0; i--) {
      const fn = this.sim.machine.fn(t.frames[i].fn);
      const loc = this.sim.machine.currentLoc(t, i);
      out.push({
        id: tid * FRAME_MUL + (t.frames.length - 1 - i),
        tid,
        name: fn.name,
        file: loc.file,
        line: loc.line,
        column: loc.column,
        endLine: loc.endLine,
        endColumn: loc.endColumn,
      });
    }
    if (t.status === 'blocked' && out.length) {
      out.unshift({ ...out[0], id: tid * FRAME_MUL + 9999, name: `[sleeping: ${t.blockedReason}]`, native: true });
    }
    return out;
  }

  /** (thread, frame index) of a frame id from stack(). */
  frameOf(frameId: number): { t: ThreadState; index: number } | undefined {
    const tid = Math.floor(frameId / FRAME_MUL);
    const depth = frameId % FRAME_MUL;
    const t = this.thread(tid);
    if (!t || !t.frames.length) return undefined;
    const index = depth === 9999 ? t.frames.length - 1 : t.frames.length - 1 - depth;
    return t.frames[index] ? { t, index } : undefined;
  }

  /** A C expression evaluated in a frame, as a variable (expandable when it is a struct or page). */
  evaluate(frameId: number, text: string, purpose?: string, format?: ValueFormat): VariableInfo {
    const f = this.frameOf(frameId);
    if (!f) throw new Error(`no stack frame ${frameId}`);
    const r = this.sim.evaluateIn(f.t.id, f.index, text, purpose);
    // Where the value lives, when it is an lvalue of an integer type: an element of a migration
    // array is a migrate pfn (decoded by what it is, not by what the expression is called).
    let where: Ptr | undefined;
    if (r.type.k === 'int' && r.type.bits === 64 && !r.type.signed && r.type.name !== 'hmm_pfn_t') {
      try {
        const a = this.sim.evaluateIn(f.t.id, f.index, `&(${text})`, purpose);
        if (typeof a.value === 'object' && a.value.t === 'p' && a.value.s === 'c') where = a.value;
      } catch {
        // not an lvalue: an ordinary integer
      }
    }
    return variable(this.handles({ tid: f.t.id, index: f.index }, format), this.sim.memory, this.sim.machine, text, r.value, r.type, where);
  }

  /** The display context of one request: the frame looked from, DAP's hex format, thread names. */
  private handles(view?: ViewFrame, format?: ValueFormat): Handles {
    const names = (tid: number): string => (tid === EXTERNAL_TID ? 'external' : this.sim.machine.state.threads[tid - 1]?.name ?? `thread ${tid}`);
    return { add: this.add, threadName: names, ...(view ? { view } : {}), ...(format?.hex ? { hex: true } : {}) };
  }

  scopes(frameId: number): ScopeInfo[] {
    const tid = Math.floor(frameId / FRAME_MUL);
    const depth = frameId % FRAME_MUL;
    const t = this.thread(tid);
    if (!t) return [];
    const frameIndex = depth === 9999 ? t.frames.length - 1 : t.frames.length - 1 - depth;
    const out: ScopeInfo[] = [{ name: 'Locals', ref: this.add({ k: 'list', items: this.locals(t, frameIndex) }), expensive: false }];
    const view = this.stateView();
    const pages: VariableInfo[] = view.pages.map((p) => {
      // Its text once per row of the view (unchanged rows are the same object, view-cache.ts);
      // its fields are read when the page is expanded (handles end at the next run).
      let text = this.pageText.get(p);
      if (!text) {
        text = {
          name: `pfn 0x${p.pfn.toString(16)}`,
          value: `ref ${p.refcount}, map ${p.mapcount}${p.locked ? ', locked' : ''}, ${p.lru}${p.content ? `, "${p.content}"` : ''}`,
        };
        this.pageText.set(p, text);
      }
      return { name: text.name, value: text.value, ref: this.add({ k: 'page', pfn: p.pfn }) };
    });
    out.push({ name: 'Pages', ref: this.add({ k: 'list', items: pages }), expensive: false });
    const ptes: VariableInfo[] = [];
    for (const p of view.processes) for (const e of p.ptes) ptes.push(this.pteRow(p.pid, e));
    out.push({ name: 'Page table', ref: this.add({ k: 'list', items: ptes }), expensive: false });
    const tlb = tlbRows(this.add, view);
    if (tlb) out.push({ name: 'TLB', ref: this.add({ k: 'list', items: tlb }), expensive: false });
    if (view.arrays.length) {
      const arrays = view.arrays.map((a) => ({
        name: a.name,
        value: `[${a.slots.length}]`,
        ref: this.add({ k: 'list', items: a.slots.map((s) => ({ name: `[${s.index}]`, value: `${s.pfn !== undefined ? `pfn 0x${s.pfn.toString(16)} ` : ''}[${s.flags.join('|')}]  (${s.raw})`, ref: 0 })) }),
      }));
      out.push({ name: 'Migration', ref: this.add({ k: 'list', items: arrays }), expensive: false });
    }
    return out;
  }

  /**
   * pteRow, built once per row of the state view: an unchanged pte is the same PteView object
   * from one stop to the next (view-cache.ts), and its fields are a function of its value.
   */
  private pteRow(pid: number, e: PteView): VariableInfo {
    let r = this.pteRows.get(e);
    if (!r) {
      let node: VarNode | undefined;
      const row = pteRow((n) => ((node = n), 1), pid, e);
      r = { row, node };
      this.pteRows.set(e, r);
    }
    return r.node ? { ...r.row, ref: this.add(r.node) } : r.row;
  }

  private readonly pteRows = new WeakMap<PteView, { row: VariableInfo; node?: VarNode }>();
  private readonly pageText = new WeakMap<PageView, { name: string; value: string }>();

  private locals(t: ThreadState, frameIndex: number): VariableInfo[] {
    const fr = t.frames[frameIndex];
    if (!fr) return [];
    const m = this.sim.machine;
    const fn = m.fn(fr.fn);
    const line = m.currentLoc(t, frameIndex).line;
    const out: VariableInfo[] = [];
    const h = this.handles({ tid: t.id, index: frameIndex });
    fn.locals.forEach((l, idx) => {
      if (l.temp) return;
      const isParam = idx < fn.params;
      if (!isParam && (line < l.declLine || line > l.scopeEnd)) return;
      const v = fr.vars[idx];
      if (l.mem) {
        if (typeof v !== 'object' || v.t !== 'p') {
          out.push({ name: l.name, value: '<not yet allocated>', type: undefined, ref: 0 });
          return;
        }
        const cells = m.state.mem[v.b]?.cells ?? [];
        const val = l.type.k === 'struct' || l.type.k === 'array' ? { t: 'a' as const, slots: cells } : cells[v.i];
        out.push(variable(h, this.sim.memory, m, l.name, val, l.type, v));
      } else out.push(variable(h, this.sim.memory, m, l.name, v, l.type));
    });
    return out;
  }

  hasNode(ref: number): boolean {
    return this.nodes.has(ref);
  }

  variables(ref: number, format?: ValueFormat): VariableInfo[] {
    const node = this.nodes.get(ref);
    if (!node) return [];
    return children(this.handles(undefined, format), this.sim.memory, this.sim.machine, this.sim.model, node);
  }

  /** The migration control arrays visible in the main thread's frames. */
  private arrays(): MigrateArrayView[] {
    const m = this.sim.machine;
    const t = this.thread(this.sim.sched.mainTid);
    const out: MigrateArrayView[] = [];
    if (!t) return out;
    const seen = new Set<string>();
    // By type, not by name: an array of hmm_pfn_t, or the src/dst array of a struct migrate_vma.
    const migrate = migrateArrayRegions(m);
    for (const fr of t.frames) {
      const fn = m.fn(fr.fn);
      fn.locals.forEach((l, idx) => {
        if (seen.has(l.name) || l.type.k !== 'array' || !l.mem) return;
        const p = fr.vars[idx];
        if (typeof p !== 'object' || p.t !== 'p') return;
        const kind = l.type.of.k === 'int' && l.type.of.name === 'hmm_pfn_t' ? 'hmm' : migrate.has(p.b) ? 'migrate' : undefined;
        if (!kind) return;
        const cells = m.state.mem[p.b]?.cells ?? [];
        const values: bigint[] = [];
        for (const c of cells) {
          if (typeof c !== 'bigint') break;
          values.push(c);
        }
        const length = values.length;
        while (values.length > 1 && values[values.length - 1] === 0n) values.pop();
        if (!values.length) return;
        seen.add(l.name);
        const view = migrateArrayView(l.name, values, kind, this.rows);
        out.push(length > values.length ? { ...view, length } : view);
      });
    }
    return out;
  }

  /** The state view; `focusTid` (default: the scheduler's focus) is the thread whose `addr` the picture follows. */
  stateView(focusTid?: number): StateView {
    if (this.cachedView) return this.cachedView;
    const sim = this.sim;
    const ranges = sim.scenario.view.ranges.map((r) => ({ pid: r.pid, start: Number(r.start), end: Number(r.end) }));
    const view = buildStateView(sim.model, {
      threadName: (tid) => sim.machine.state.threads[tid - 1]?.name ?? `thread ${tid}`,
      ranges: ranges.length ? ranges : undefined,
      step: sim.machine.state.steps,
      stage: sim.stage(),
      arrays: this.arrays(),
      focus: ((a) => (a === undefined ? undefined : { addr: a }))(focusAddress(sim, focusTid)),
      violations: sim.sched.violations.map((v) => ({ invariant: v.invariant, message: v.message })),
      cache: this.rows,
    });
    view.changed = changedKeys(this.lastStopView, view);
    this.cachedView = view;
    return view;
  }
}
