// The timeline's questions to a run with time travel, answered without moving the debugger:
// the state view at another step ("compare with step N"), and the statement that last changed
// an object ("reveal where it was last written"). The state at a step looks at the recorded run
// through History.walk, which replays on the same simulation and then puts the current state back
// exactly, leaving the stop's variable handles valid. A last write of a PTE, a page (or one of its
// fields), a TLB entry or a lock is a lookup in the run's change log (change-log.ts); before the
// log began (attached late, or its oldest records dropped) and for C variables, a replay
// backwards in growing windows finds it — bounded for C variables, which live in one frame.

import { pteAt } from '../mm/pgtable';
import { formatPte } from '../mm/pte';
import { hexAddr } from '../mm/state';
import { changedKeys } from '../mm/view';
import type { StateView } from '../protocol/state';
import { ChangeLog, type ChangeRecord } from './change-log';
import { Inspector } from './inspect';
import type { Simulation } from './simulation';
import { canonical } from './snapshot';
import { parseDataId } from './watchpoints';

/** Where a state key was last written. */
export interface LastWrite {
  key: string;
  /** The state after `step` statements is the first to hold the current value. */
  step: number;
  /** The statement that wrote it (absent when the thread had no C frame). */
  at?: { file: string; line: number; column: number; function: string };
  thread?: { id: number; name: string };
  /** The debugger changed it (Set Value) before statement `step` + 1 ran. */
  edit?: true;
  /** The current value, readable (a PTE's text, a page's fields). */
  value: string;
}

/** What `lastWrite` answers for a key never written since the run began (or within `searched`). */
export interface NeverWritten {
  key: string;
  step: 0;
  initial: true;
  /** A bounded search (C variables): unchanged over this many statements back, not since the start. */
  searched?: number;
  value: string;
}

function history(sim: Simulation): NonNullable<Simulation['history']> {
  if (!sim.history) throw new Error('mmstep: this run records no history (time travel is off)');
  return sim.history;
}

/** Checks a step number against the recorded run. */
function checkStep(sim: Simulation, step: unknown): number {
  const h = history(sim);
  if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0) {
    throw new Error(`mmstep: "step" must be a whole number of statements (0 or more), not ${JSON.stringify(step)?.slice(0, 40)}`);
  }
  if (step > h.recorded) throw new Error(`mmstep: step ${step} has not been executed yet (the run has recorded ${h.recorded} statements)`);
  return step;
}

/**
 * The state view after `step` statements, with `changed` listing what differs from the current
 * state (for a side-by-side comparison). The debugger does not move.
 */
export function stateAt(sim: Simulation, step: number): StateView {
  const at = checkStep(sim, step);
  const now = sim.stateView();
  let view: StateView | undefined;
  // A fresh inspector: the simulation's own keeps the current stop's cache and handles.
  history(sim).walk(at, at, () => {
    view = new Inspector(sim).stateView();
  });
  const v = view!;
  v.changed = changedKeys(now, v);
  return v;
}

const NUM = '(0x[0-9a-f]+|\\d+)';
const PTE_KEY = new RegExp(`^pte:${NUM}:${NUM}$`, 'i');
const PAGE_KEY = new RegExp(`^page:${NUM}(?::([a-z_]+))?$`, 'i');
const TLB_KEY = new RegExp(`^tlb:${NUM}:${NUM}:${NUM}$`, 'i');
const LOCK_KEY = new RegExp(`^(lock|mmap):${NUM}$`, 'i');

/** A key as the change log spells it: decimal pid/pfn/cpu, hex address, page-aligned TLB address. */
export function logKey(key: string): string | undefined {
  let m = PTE_KEY.exec(key);
  if (m) return `pte:${Number(m[1])}:${hexAddr(Math.floor(Number(m[2]) / 4096) * 4096)}`;
  m = PAGE_KEY.exec(key);
  if (m) return `page:${Number(m[1])}${m[2] ? ':' + m[2].toLowerCase() : ''}`;
  m = TLB_KEY.exec(key);
  if (m) return `tlb:${Number(m[1])}:${Number(m[2])}:${hexAddr(Math.floor(Number(m[3]) / 4096) * 4096)}`;
  m = LOCK_KEY.exec(key);
  if (m) return `${m[1].toLowerCase()}:${Number(m[2])}`;
  return undefined;
}

const KEY_FORMS = 'page:<pfn>[:<field>], pte:<pid>:<addr>, tlb:<cpu>:<pid>:<addr>, lock:<id>, mmap:<pid> or c:<tid>:<frame>:<fn>:<lvalue>';

/** A key's value as comparable text, read straight from the model (cheap: one object). */
export function keyValue(sim: Simulation, key: string): string {
  const k = logKey(key);
  const m = sim.model;
  if (k?.startsWith('page:') && k.split(':').length === 2) {
    const p = m.pages[Number(k.split(':')[1])];
    return p ? canonical(p) : 'no such page';
  }
  if (k?.startsWith('lock:')) {
    const o = m.objs[Number(k.split(':')[1])] as { kind?: string; holder?: number } | undefined;
    return o && o.kind === 'spinlock' ? `held by ${o.holder}` : 'no such lock';
  }
  if (k?.startsWith('mmap:')) {
    const mm = m.mms[Number(k.split(':')[1])];
    return mm ? `${mm.mmapLock.writer}:${mm.mmapLock.readers.join(',')}` : 'no such process';
  }
  if (k?.startsWith('pte:')) {
    const [, pid, addr] = k.split(':');
    return '0x' + BigInt.asUintN(64, pteAt(m, Number(pid), Number(addr))).toString(16);
  }
  const t = parseDataId(sim, k ?? key);
  if ('error' in t) throw new Error(`mmstep: cannot tell where ${JSON.stringify(key).slice(0, 60)} was written: ${t.error} (keys: ${KEY_FORMS})`);
  return t.read() ?? '<not readable here>';
}

/** A reader of a key's value (parsed once, for a replay that reads it after every statement). */
function reader(sim: Simulation, key: string): () => string {
  if (!key.startsWith('c:')) return () => keyValue(sim, key);
  const t = parseDataId(sim, key);
  if ('error' in t) return () => keyValue(sim, key);
  return () => t.read() ?? '<not readable here>';
}

/** The readable current value of a key (a PTE's decoded text, a page's summary). */
function shownValue(sim: Simulation, key: string): string {
  const k = logKey(key) ?? key;
  const m = sim.model;
  const parts = k.split(':');
  if (parts[0] === 'pte') return `${parts[2]}: ${formatPte(pteAt(m, Number(parts[1]), Number(parts[2])))}`;
  if (parts[0] === 'page') {
    const p = m.pages[Number(parts[1])];
    if (!p) return `pfn 0x${Number(parts[1]).toString(16)}: no such page`;
    if (parts[2] && parts[2] in p) return `pfn 0x${p.pfn.toString(16)} ${parts[2]}: ${String((p as unknown as Record<string, unknown>)[parts[2]])}`;
    const flags = [p.freed && 'free', p.locked && 'locked', p.lru, p.dirty && 'dirty', p.pins && `pins ${p.pins}`].filter(Boolean).join(' ');
    return `pfn 0x${p.pfn.toString(16)}: refcount ${p.refcount}, mapcount ${p.mapcount}${flags ? ', ' + flags : ''}`;
  }
  if (parts[0] === 'lock') {
    const o = m.objs[Number(parts[1])] as { kind?: string; name?: string; holder?: number } | undefined;
    if (!o || o.kind !== 'spinlock') return `lock ${parts[1]}: no such lock`;
    return `${o.name ?? 'lock ' + parts[1]}: ${o.holder !== undefined && o.holder >= 0 ? `held by ${threadName(sim, o.holder)}` : 'free'}`;
  }
  if (parts[0] === 'mmap') {
    const mm = m.mms[Number(parts[1])];
    if (!mm) return `mmap_lock of pid ${parts[1]}: no such process`;
    const l = mm.mmapLock;
    return `mmap_lock of pid ${mm.pid}: ${l.writer >= 0 ? `write-held by ${threadName(sim, l.writer)}` : l.readers.length ? `read-held by ${l.readers.map((t) => threadName(sim, t)).join(', ')}` : 'free'}`;
  }
  const t = parseDataId(sim, k);
  if ('error' in t) return keyValue(sim, key);
  return `${t.label}: ${t.read() ?? 'not readable here'}`;
}

function threadName(sim: Simulation, tid: number): string {
  return tid === 0 ? 'external' : (sim.machine.state.threads[tid - 1]?.name ?? `thread ${tid}`);
}

/** First window replayed backwards; it doubles until the change is found or the bound is reached. */
const FIRST_WINDOW = 256;
/** Statements a C variable's last write is searched back over at most. */
export const C_SEARCH_LIMIT = 4096;

/**
 * The statement that last changed `key` before the current position: the latest step whose
 * statement made the value what it is now. Keys: page:<pfn>[:<field>], pte:<pid>:<addr>,
 * tlb:<cpu>:<pid>:<addr>, lock:<id>, mmap:<pid> (the change log's index), c:<tid>:<frame>:<fn>:<lvalue>
 * (a replay over at most C_SEARCH_LIMIT statements).
 */
export function lastWrite(sim: Simulation, key: string): LastWrite | NeverWritten {
  const h = history(sim);
  keyValue(sim, key); // refuses a key it cannot read, saying which keys it can
  const value = shownValue(sim, key);
  // Set by the debugger at this very position (Set Value): the change log holds what statements
  // did, and this edit came after the last of them.
  const here = sim.runEdits.size ? sim.runEdits.keysAt(h.position) : [];
  if (here.some((e) => e === key || e.startsWith(key + ':'))) return { key, step: h.position, edit: true, value };
  const k = logKey(key);
  const log = ChangeLog.of(sim);
  if (!k) return lastWriteOfC(sim, key, value, log);
  if (!log) return replaySearch(sim, key, value, h.position, Infinity);
  const r = log.lastChange(k, h.position);
  if (r) return fromRecord(sim, key, value, r);
  if (log.floor === 0 || h.position === 0) return { key, step: 0, initial: true, value };
  // The change is older than the log: replay what came before it.
  return replaySearch(sim, key, value, Math.min(log.floor, h.position), Infinity);
}

/**
 * A C variable (c:<tid>:<frame>:<fn>:<lvalue>): replayed back to where its frame began (the change
 * log knows that step), over at most C_SEARCH_LIMIT statements; a value unchanged since the
 * frame began came with the call.
 */
function lastWriteOfC(sim: Simulation, key: string, value: string, log: ChangeLog | undefined): LastWrite | NeverWritten {
  const h = history(sim);
  const [, tid, index] = key.split(':').map(Number);
  const start = log?.frameStart(tid, index, h.position);
  const limit = start !== undefined ? Math.min(C_SEARCH_LIMIT, h.position - start) : C_SEARCH_LIMIT;
  // One window: each replay pays for a restore, and the bound is small.
  const r = replaySearch(sim, key, value, h.position, limit, Math.max(1, limit));
  if ('initial' in r && start !== undefined && start > 0 && h.position - start <= C_SEARCH_LIMIT) {
    // Unchanged since the call that made the frame: the call is where it got its value.
    return { key, step: start, value, ...threadOf(sim, tid) };
  }
  return r;
}

function fromRecord(sim: Simulation, key: string, value: string, r: ChangeRecord): LastWrite {
  if (r.tid === 0) return { key, step: r.step, edit: true, value };
  const at = r.loc && r.loc.file && r.loc.line ? { file: r.loc.file, line: r.loc.line, column: r.loc.column || 1, function: r.fn ?? '?' } : undefined;
  return { key, step: r.step, value, ...(at ? { at } : {}), ...threadOf(sim, r.tid) };
}

/**
 * Replays backwards from `end` in growing windows, comparing the value after every statement,
 * over at most `limit` statements. A value not readable before some step (a C variable whose
 * frame did not exist yet) got its value at the first step it is readable.
 */
function replaySearch(sim: Simulation, key: string, value: string, end: number, limit: number, firstWindow = FIRST_WINDOW): LastWrite | NeverWritten {
  const h = history(sim);
  const read = reader(sim, key);
  const now = read();
  const trace = h.schedule();
  const bound = Math.max(0, end - limit);
  const unreadable = '<not readable here>';
  let hi = end;
  let window = firstWindow;
  while (hi > bound) {
    const lo = Math.max(bound, hi - window);
    let found: LastWrite | undefined;
    let prev: string | undefined;
    let pending: LastWrite['at'];
    h.walk(lo, hi, (pos) => {
      const v = read();
      // `pending` is where the statement that just ran (pos - 1) was.
      if (prev !== undefined && v !== prev && v !== unreadable) {
        found = { key, step: pos, value, ...(pending ? { at: pending } : {}), ...threadOf(sim, trace[pos - 1]) };
      }
      prev = v;
      pending = pos < h.recorded ? locationOf(sim, trace[pos]) : undefined;
    });
    if (found) return found;
    if (prev !== now && hi !== end) {
      // Cannot happen on a deterministic replay; say so rather than answer wrongly.
      throw new Error(`mmstep: the replay of steps ${lo}..${hi} does not reproduce ${key}`);
    }
    hi = lo;
    window *= 2;
  }
  return bound > 0 ? { key, step: 0, initial: true, searched: end - bound, value } : { key, step: 0, initial: true, value };
}

function threadOf(sim: Simulation, tid: number | undefined): { thread?: { id: number; name: string } } {
  if (tid === undefined) return {};
  const t = sim.machine.state.threads[tid - 1];
  return t ? { thread: { id: tid, name: t.name } } : {};
}

/** Where thread `tid` is about to run its next statement (its innermost C frame). */
function locationOf(sim: Simulation, tid: number | undefined): LastWrite['at'] {
  if (tid === undefined) return undefined;
  const t = sim.machine.state.threads[tid - 1];
  if (!t || !t.frames.length) return undefined;
  const loc = sim.machine.currentLoc(t);
  if (!loc || !loc.file || !loc.line) return undefined;
  const fr = t.frames[t.frames.length - 1];
  return { file: loc.file, line: loc.line, column: loc.column || 1, function: sim.machine.fn(fr.fn).name };
}
