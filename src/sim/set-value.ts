// setVariable / setExpression / goto: changes the debugger makes to a stopped run. Each is an
// edit of the run's history (History.edit): it sets absolute values (a C value, a page field,
// a thread's next statement), so a replay through its position applies it again, a step back
// over it undoes it, and the recorded future it invalidates is dropped. Each is also logged as
// plain data (run-edits.ts) so evidence can carry it and a fresh load replays it (reapply-edits.ts).
// Where a change cannot be replayed exactly it is refused with the reason.

import { conv, int } from '../c/arith';
import { store } from '../c/memory';
import { Op } from '../c/ir';
import type { CType } from '../c/types';
import type { Ptr, Value } from '../c/value';
import { EXTERNAL_TID, NO_TID } from '../mm/state';
import type { CValueData, RunEdit } from '../protocol/edits';
import type { Simulation } from './simulation';
import type { History } from './history';

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** The run's history, if the state can be edited now; else why not. */
export function editable(sim: Simulation): History {
  const h = sim.history;
  if (!h) throw new Error('mmstep: changing values needs a run with time travel (the debugger records one)');
  if (sim.sched.ended) throw new Error('mmstep: the run has ended; nothing can change any more');
  const inNative = sim.machine.state.threads.find((t) => t.native);
  if (inNative) {
    throw new Error(`mmstep: ${inNative.name} is stopped inside ${inNative.native!.name}: the run records its calling statement whole, so a change here could not be replayed exactly; step out of it first`);
  }
  return h;
}

/** Makes `change` part of the run (History.edit) and logs `edit` (at the current position) for evidence. */
export function commitEdit(sim: Simulation, h: History, edit: RunEdit, change: () => void): void {
  h.edit(change);
  sim.runEdits.add({ ...edit, step: h.position });
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

/** Where a C lvalue of a frame lives: a register-like local (by index) or memory (by address). */
type Lvalue = { type: CType; local: number } | { type: CType; addr: Value };

function lvalueIn(sim: Simulation, tid: number, frameIndex: number, name: string): Lvalue {
  const m = sim.machine;
  const t = m.thread(tid);
  const fn = m.fn(t.frames[frameIndex].fn);
  const line = m.currentLoc(t, frameIndex).line;
  const idx = fn.locals.findIndex((l, i) => l.name === name && !l.mem && !l.temp && (i < fn.params || (line >= l.declLine && line <= l.scopeEnd)));
  if (idx >= 0) return { type: fn.locals[idx].type, local: idx };
  let addr;
  try {
    addr = sim.evaluateIn(tid, frameIndex, `&(${name})`, 'repl');
  } catch (err) {
    throw new Error(`mmstep: cannot set '${name}': ${(err as Error).message}`);
  }
  if (addr.type.k !== 'ptr') throw new Error(`mmstep: '${name}' is not an lvalue`);
  return { type: addr.type.to, addr: addr.value };
}

/** The C frame `frameIndex` of thread `tid` (0 = outermost), or why there is none. */
function cFrame(sim: Simulation, tid: number, frameIndex: number): string {
  const t = sim.machine.thread(tid);
  const fr = t?.frames[frameIndex];
  if (!t || !fr) throw new Error(`mmstep: no frame ${frameIndex} in thread ${tid}`);
  return sim.machine.fn(fr.fn).name;
}

function storeC(sim: Simulation, h: History, tid: number, frameIndex: number, fnName: string, name: string, lv: Lvalue, nv: Value): void {
  const m = sim.machine;
  const data: CValueData = typeof nv === 'bigint' ? { int: nv.toString() } : pointerData(nv as Ptr);
  const edit: RunEdit = { kind: 'c', step: 0, thread: tid, frame: frameIndex, function: fnName, lvalue: name, value: data };
  if ('local' in lv) {
    const idx = lv.local;
    commitEdit(sim, h, edit, () => {
      const f = m.thread(tid)?.frames[frameIndex];
      if (f) f.vars[idx] = nv;
    });
  } else {
    const p = lv.addr;
    commitEdit(sim, h, edit, () => store(m.state.mem, sim.memory, p, lv.type, nv));
  }
}

function pointerData(p: Ptr): CValueData {
  return { pointer: { space: p.s, base: p.b, index: p.i, ...(p.bo !== undefined ? { bitOffset: p.bo } : {}) } };
}

/**
 * Set the C lvalue `expr` in frame `frameIndex` of thread `tid` to the value of `valueText`
 * (a C expression without side effects, evaluated in that frame). Returns the value as shown.
 */
export function setCValue(sim: Simulation, tid: number, frameIndex: number, expr: string, valueText: string): string {
  const h = editable(sim);
  const fnName = cFrame(sim, tid, frameIndex);
  const v = sim.evaluateIn(tid, frameIndex, valueText, 'repl');
  const name = expr.trim();
  const lv = lvalueIn(sim, tid, frameIndex, name);
  const nv = toType(v.value, v.type, lv.type, valueText);
  storeC(sim, h, tid, frameIndex, fnName, name, lv, nv);
  sim.pause();
  return sim.formatValue(nv, lv.type, name);
}

/** A recorded C edit again (a replay of evidence): the same lvalue in the same frame gets the value. */
export function reapplyCValue(sim: Simulation, e: Extract<RunEdit, { kind: 'c' }>): void {
  const h = editable(sim);
  const fnName = cFrame(sim, e.thread, e.frame);
  if (fnName !== e.function) throw new Error(`mmstep: frame ${e.frame} of thread ${e.thread} is ${fnName}, not ${e.function}`);
  const lv = lvalueIn(sim, e.thread, e.frame, e.lvalue);
  const v: Value = 'int' in e.value ? BigInt(e.value.int) : e.value.pointer.space === 'null' ? 0n : ({ t: 'p', s: e.value.pointer.space, b: e.value.pointer.base, i: e.value.pointer.index, ...(e.value.pointer.bitOffset !== undefined ? { bo: e.value.pointer.bitOffset } : {}) } as Ptr);
  const nv = toType(v, lv.type, lv.type, e.lvalue);
  storeC(sim, h, e.thread, e.frame, fnName, e.lvalue, lv, nv);
  sim.pause();
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
export function setPageField(sim: Simulation, pfn: number, field: string, valueText: string, thread = sim.sched.focus): string {
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
  commitEdit(sim, h, { kind: 'page', step: 0, thread, pfn, field, value: valueText }, () => {
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
  const fn = m.fn(fr.fn);
  const edit: RunEdit = { kind: 'goto', step: 0, thread: tid, function: fn.name, line: m.loc(fn.code[pc].loc).line, pc };
  commitEdit(sim, h, edit, () => {
    const f = m.thread(tid)?.frames[depth];
    if (f) f.pc = pc;
  });
  sim.pause();
}

/** A recorded goto again (a replay of evidence): the same statement of the same function. */
export function reapplyGoto(sim: Simulation, e: Extract<RunEdit, { kind: 'goto' }>): void {
  const m = sim.machine;
  const t = m.thread(e.thread);
  const fr = t?.frames[t.frames.length - 1];
  if (!t || !fr) throw new Error(`mmstep: thread ${e.thread} has no frame`);
  const fn = m.fn(fr.fn);
  if (fn.name !== e.function) throw new Error(`mmstep: thread ${e.thread} is in ${fn.name}, not ${e.function}`);
  const insn = fn.code[e.pc];
  if (insn?.op !== Op.STMT || m.loc(insn.loc).line !== e.line) throw new Error(`mmstep: instruction ${e.pc} of ${fn.name} is not the statement at line ${e.line}`);
  jumpTo(sim, e.thread, e.pc);
}
