// setVariable / setExpression / goto: changes the debugger makes to a stopped run. Each is an
// edit of the run's history (History.edit): it sets absolute values (a C value, a page field,
// a thread's next statement), so a replay through its position applies it again, a step back
// over it undoes it, and the recorded future it invalidates is dropped. Where a change cannot be
// replayed exactly it is refused with the reason.

import { conv, int } from '../c/arith';
import { store } from '../c/memory';
import { Op } from '../c/ir';
import type { CType } from '../c/types';
import type { Value } from '../c/value';
import { EXTERNAL_TID, NO_TID } from '../mm/state';
import type { Simulation } from './simulation';
import type { History } from './history';

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** The run's history, if the state can be edited now; else why not. */
function editable(sim: Simulation): History {
  const h = sim.history;
  if (!h) throw new Error('mmstep: changing values needs a run with time travel (the debugger records one)');
  if (sim.sched.ended) throw new Error('mmstep: the run has ended; nothing can change any more');
  const inNative = sim.machine.state.threads.find((t) => t.native);
  if (inNative) {
    throw new Error(`mmstep: ${inNative.name} is stopped inside ${inNative.native!.name}: the run records its calling statement whole, so a change here could not be replayed exactly; step out of it first`);
  }
  return h;
}

/** `v` converted to a C object of type `t` (integers wrap as C converts them). */
function toType(v: Value, vt: CType, t: CType, text: string): Value {
  if (t.k === 'int') {
    if (typeof v !== 'bigint') throw new Error(`mmstep: '${text}' is not an integer`);
    return conv(int(v), t);
  }
  if (t.k === 'ptr') {
    if (v === 0n) return { t: 'p', s: 'null', b: 0, i: 0 } as Value;
    if (typeof v === 'object' && (v as { t?: string }).t === 'p') return v;
    throw new Error(`mmstep: '${text}' is not a pointer`);
  }
  void vt;
  throw new Error('mmstep: only integers and pointers can be set (assign struct members one by one)');
}

/**
 * Set the C lvalue `expr` in frame `frameIndex` of thread `tid` to the value of `valueText`
 * (a C expression without side effects, evaluated in that frame). Returns the value as shown.
 */
export function setCValue(sim: Simulation, tid: number, frameIndex: number, expr: string, valueText: string): string {
  const h = editable(sim);
  const m = sim.machine;
  const t = m.thread(tid);
  const fr = t?.frames[frameIndex];
  if (!t || !fr) throw new Error(`mmstep: no frame ${frameIndex} in thread ${tid}`);
  const fn = m.fn(fr.fn);
  const v = sim.evaluateIn(tid, frameIndex, valueText, 'repl');
  const line = m.currentLoc(t, frameIndex).line;
  const name = expr.trim();
  const idx = fn.locals.findIndex((l, i) => l.name === name && !l.mem && !l.temp && (i < fn.params || (line >= l.declLine && line <= l.scopeEnd)));
  if (idx >= 0) {
    const type = fn.locals[idx].type;
    const nv = toType(v.value, v.type, type, valueText);
    h.edit(() => {
      const f = m.thread(tid)?.frames[frameIndex];
      if (f) f.vars[idx] = nv;
    });
    sim.pause();
    return sim.formatValue(nv, type, name);
  }
  let addr;
  try {
    addr = sim.evaluateIn(tid, frameIndex, `&(${name})`, 'repl');
  } catch (err) {
    throw new Error(`mmstep: cannot set '${name}': ${(err as Error).message}`);
  }
  if (addr.type.k !== 'ptr') throw new Error(`mmstep: '${name}' is not an lvalue`);
  const type = addr.type.to;
  const nv = toType(v.value, v.type, type, valueText);
  const p = addr.value;
  h.edit(() => store(m.state.mem, sim.memory, p, type, nv));
  sim.pause();
  return sim.formatValue(nv, type, name);
}

/** Page fields the debugger can set, by the names the Variables view and data ids use. */
const FIELD_ALIASES: Record<string, string> = { PG_locked: 'locked', PG_dirty: 'dirty' };

function boolOf(text: string): boolean {
  const s = text.trim().toLowerCase();
  if (['1', 'true', 'yes'].includes(s)) return true;
  if (['0', 'false', 'no'].includes(s)) return false;
  throw new Error(`mmstep: expected true or false (1/0, yes/no), not '${text}'`);
}

function countOf(text: string): number {
  const s = text.trim();
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(s)) throw new Error(`mmstep: expected a count (a non-negative integer), not '${text}'`);
  return Number(s);
}

/**
 * Set a field of struct page `pfn` in the model: refcount, mapcount, pins (a pin also holds a
 * reference: refcount follows), locked (locked from outside the simulation: a trylock fails,
 * lock_page sleeps), dirty, content, lru ('lru' or 'none'). Returns the value as shown.
 */
export function setPageField(sim: Simulation, pfn: number, field: string, valueText: string): string {
  const h = editable(sim);
  const model = sim.model;
  const p = model.pages[pfn];
  if (!p) throw new Error(`mmstep: no page with pfn ${hex(pfn)}`);
  if (p.freed) throw new Error(`mmstep: page ${hex(pfn)} is freed`);
  const f = FIELD_ALIASES[field] ?? field;
  let change: () => void;
  let shown: string;
  switch (f) {
    case 'refcount':
    case 'mapcount': {
      const n = countOf(valueText);
      change = () => void (model.pages[pfn][f] = n);
      shown = String(n);
      break;
    }
    case 'pins': {
      const n = countOf(valueText);
      const ref = p.refcount + (n - p.pins);
      if (ref < 0) throw new Error(`mmstep: page ${hex(pfn)} has refcount ${p.refcount}: it cannot lose ${p.pins - n} pins`);
      change = () => {
        model.pages[pfn].pins = n;
        model.pages[pfn].refcount = ref;
      };
      shown = `${n} (refcount ${ref})`;
      break;
    }
    case 'locked': {
      const on = boolOf(valueText);
      if (!on && p.lockWaiters.length) throw new Error(`mmstep: threads sleep in lock_page on page ${hex(pfn)}: unlock it from C (unlock_page) so they are woken`);
      if (on && p.locked) return `yes (thread ${p.lockOwner})`;
      change = () => {
        model.pages[pfn].locked = on;
        model.pages[pfn].lockOwner = on ? EXTERNAL_TID : NO_TID;
      };
      shown = on ? `yes (thread ${EXTERNAL_TID}: held from outside the simulation)` : 'no';
      break;
    }
    case 'dirty': {
      const on = boolOf(valueText);
      change = () => void (model.pages[pfn].dirty = on);
      shown = String(on);
      break;
    }
    case 'content': {
      const text = valueText.trim().replace(/^"(.*)"$/, '$1');
      change = () => void (model.pages[pfn].content = text);
      shown = text;
      break;
    }
    case 'lru': {
      const s = valueText.trim();
      if (s !== 'lru' && s !== 'none') throw new Error(`mmstep: lru can be set to 'lru' or 'none' (isolating takes isolate_lru_page), not '${s}'`);
      if (p.lru === 'isolated' || p.lru === 'batch') throw new Error(`mmstep: page ${hex(pfn)} is ${p.lru}: its state holds a reference; change it from C`);
      change = () => void (model.pages[pfn].lru = s);
      shown = s;
      break;
    }
    default:
      throw new Error(`mmstep: the page field '${field}' cannot be set (refcount, mapcount, pins, PG_locked, PG_dirty, lru and content can)`);
  }
  h.edit(() => {
    change();
    // The incremental invariant checks look at this page again.
    model.touched[pfn] = true;
  });
  sim.pause();
  return shown;
}

/** Statement lines of the function thread `tid` is in (its top C frame), for goto targets. */
export function gotoLines(sim: Simulation, tid: number, file: string, line: number): { line: number; pc: number }[] {
  const m = sim.machine;
  const t = m.thread(tid);
  const fr = t?.frames[t.frames.length - 1];
  if (!t || !fr) throw new Error(`mmstep: thread ${tid} has no frame`);
  const fn = m.fn(fr.fn);
  const norm = (s: string) => s.replace(/\\/g, '/');
  if (norm(fn.file) !== norm(file) && !norm(file).endsWith('/' + norm(fn.file).split('/').pop())) {
    throw new Error(`mmstep: goto jumps within the current function only (${fn.name}, ${fn.file.split('/').pop()}:${fn.line}-${fn.endLine})`);
  }
  if (line < fn.line || line > fn.endLine) throw new Error(`mmstep: line ${line} is outside ${fn.name} (lines ${fn.line}-${fn.endLine}); goto jumps within the current function only`);
  const out: { line: number; pc: number }[] = [];
  fn.code.forEach((insn, pc) => {
    if (insn.op !== Op.STMT) return;
    const l = m.loc(insn.loc).line;
    if (l >= line && !out.some((o) => o.line === l)) out.push({ line: l, pc });
  });
  out.sort((a, b) => a.line - b.line);
  return out.slice(0, 1);
}

/** Thread `tid` goes on at instruction `pc` of its current function (a STMT). */
export function jumpTo(sim: Simulation, tid: number, pc: number): void {
  const h = editable(sim);
  const m = sim.machine;
  const t = m.thread(tid);
  const fr = t?.frames[t.frames.length - 1];
  if (!t || !fr || t.status !== 'ready') throw new Error(`mmstep: thread ${tid} is ${t?.status ?? 'gone'}: only a thread that can run can jump`);
  if (!m.atStmt(t) || fr.stack.length) throw new Error('mmstep: the thread is in the middle of a statement; step to a statement boundary first');
  if (m.fn(fr.fn).code[pc]?.op !== Op.STMT) throw new Error('mmstep: no statement there');
  const depth = t.frames.length - 1;
  h.edit(() => {
    const f = m.thread(tid)?.frames[depth];
    if (f) f.pc = pc;
  });
  sim.pause();
}
