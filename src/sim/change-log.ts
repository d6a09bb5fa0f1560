// The run's change log (issue 10's timeline): for every statement executed live, which model
// objects it changed — PTEs, struct page fields, TLB entries, spinlocks and mmap locks — with the
// thread and the statement. The timeline draws these as marks over the whole run, and "where was
// this last written" becomes an index lookup instead of a replay.
//
// Cheap by construction: it wraps the machine's per-statement `step` (the one place every
// statement of every thread goes through) and, after a live statement, compares with a shadow
// copy only the objects that statement can have changed: the pages and virtual pages the model's
// write paths mark for the incremental invariant check (m.touched / m.touchedVa, not yet drained
// at that point), the pages of the LRU add batches and newly allocated pfns, and — only when a
// native ran — the TLBs and the lock lists (a few entries). A statement that touched nothing costs
// two empty-object checks. Replays (step back, time travel, the timeline's own looks) are not
// recorded: the log is of the recorded timeline, cut where the run goes another way.
//
// Memory stays bounded: keys are interned, each record is a step, a thread, a statement and the
// ids of the keys it changed; beyond MAX_EVENTS key changes the oldest records are dropped and
// `floor` says from which step on the log is complete.

import { dirtyOf } from '../mm/dirty';
import type { SourceLoc } from '../c/native';
import type { MmModel, PageState, TlbEntry } from '../mm/state';
import { hexAddr, PTRS_PER_TABLE, entryAddr } from '../mm/state';
import { pteAt } from '../mm/pgtable';
import type { Simulation } from './simulation';

/** Kinds of object a change is about (a bit each in a record's mask). */
export const CHANGE_KINDS = ['pte', 'page', 'tlb', 'lock'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
const BIT: Record<ChangeKind, number> = { pte: 1, page: 2, tlb: 4, lock: 8 };

/** Page fields with a key of their own (the data breakpoint fields); the rest are `flags`. */
export const LOGGED_PAGE_FIELDS = ['refcount', 'mapcount', 'locked', 'lru', 'pins', 'dirty', 'content', 'freed'] as const;

/** Key changes kept at most (about 40 MB at worst); the oldest records go first. */
export const MAX_EVENTS = 2_000_000;

/** One statement's changes, as the timeline and last-write lookups read them. */
export interface ChangeRecord {
  /** History position after the statement (the state after `step` statements has the change). */
  step: number;
  /** The thread that ran it; 0 when the debugger changed the state (setVariable) before `step`. */
  tid: number;
  /** Where the statement starts (absent for the debugger's edits). */
  loc?: SourceLoc;
  /** The function it is in. */
  fn?: string;
  kinds: ChangeKind[];
  keys: string[];
}

interface PageShadow {
  refcount: number;
  mapcount: number;
  locked: boolean;
  lru: string;
  pins: number;
  dirty: boolean;
  content: string;
  freed: boolean;
  flags: string;
}

function flagsOf(p: PageState): string {
  return `${p.zone}|${p.owner ?? ''}|${p.anon ? 1 : 0}${p.anonExclusive ? 1 : 0}${p.compound ? 1 : 0}${p.uptodate ? 1 : 0}${p.memcg ? 1 : 0}|${p.mapping}|${p.index}|${p.pgmap}|${p.extraRefs}|${p.lockOwner}|${p.lockWaiters.join(',')}|${p.batchCpu}|${p.isolatedBy ?? ''}|${p.pristine ? 1 : 0}${p.inPool ? 1 : 0}|${p.zoneDeviceData ? JSON.stringify(p.zoneDeviceData, (_k, v) => (typeof v === 'bigint' ? String(v) : v)) : ''}`;
}

function shadowOf(p: PageState): PageShadow {
  return { refcount: p.refcount, mapcount: p.mapcount, locked: p.locked, lru: p.lru, pins: p.pins, dirty: p.dirty, content: p.content, freed: p.freed, flags: flagsOf(p) };
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

const NO_PFNS: number[] = [];

const logs = new WeakMap<Simulation, ChangeLog>();

export class ChangeLog {
  /** The log of `sim`, created (and the machine's step wrapped) on first use. */
  static attach(sim: Simulation): ChangeLog {
    let log = logs.get(sim);
    if (!log) {
      log = new ChangeLog(sim);
      logs.set(sim, log);
    }
    return log;
  }

  /** The log of `sim` if one is attached. */
  static of(sim: Simulation): ChangeLog | undefined {
    return logs.get(sim);
  }

  // Records, column by column.
  private stepOf: number[] = [];
  private tidOf: number[] = [];
  private locOf: (SourceLoc | undefined)[] = [];
  private fnOf: (string | undefined)[] = [];
  private maskOf: number[] = [];
  private keysOf: number[][] = [];
  /** Records dropped from the front (record i is at stepOf[i - dropped]). */
  private dropped = 0;
  private events = 0;
  // Interned keys, and per key the (absolute) indices of the records that changed it.
  private ids = new Map<string, number>();
  private names: string[] = [];
  private index: number[][] = [];
  /** From this step on the log has every change (earlier: before it was attached, or dropped). */
  floor: number;

  // The shadow: the model as the log last saw it.
  private pages = new Map<number, PageShadow>();
  private ptes = new Map<string, bigint>();
  private tlbRefs: TlbEntry[][] = [];
  private tlbArrays: TlbEntry[][] = [];
  private held = '';
  private mmap = '';
  private pagesRef: unknown;
  private nextPfn = 0;
  private batch: number[] = [];
  private nativeRan = false;
  private nextDevPfn = 0;
  /** Per statement of the recorded run: its thread and that thread's frame depth before it. */
  private trailTid: number[] = [];
  private trailDepth: number[] = [];
  private readonly trailFrom: number;
  /** Pages natives were handed during the statement. */
  private handed: number[] = [];

  private constructor(private readonly sim: Simulation) {
    this.floor = sim.history?.position ?? 0;
    this.trailFrom = this.floor;
    this.resync();
    const machine = sim.machine;
    const step = machine.step.bind(machine);
    machine.step = (tid: number) => {
      if (sim.sched.replaying || !sim.history) return step(tid);
      const t = machine.thread(tid);
      const top = t?.frames[t.frames.length - 1];
      const loc = t && top ? machine.currentLoc(t) : undefined;
      const fn = top ? machine.fn(top.fn).name : undefined;
      const continuing = t?.native !== undefined;
      if (t && !continuing) {
        const at = sim.history.position - 1;
        this.trailTid.length = this.trailDepth.length = at;
        this.trailTid.push(tid);
        this.trailDepth.push(t.frames.length);
      }
      this.before(continuing);
      this.nativeRan = false;
      try {
        return step(tid);
      } finally {
        this.after(tid, loc, fn);
      }
    };
    // Which statements ran a native (only those can change TLBs and lock lists), and the pages
    // natives were handed or handed back (a page taken from a device pool is no dirty mark).
    const natives = machine.natives;
    for (const name of Object.keys(natives)) {
      const impl = natives[name];
      natives[name] = (ctx, args) => {
        this.nativeRan = true;
        for (let i = 0; i < args.length; i++) this.notePage(args[i]);
        const r = impl(ctx, args);
        this.notePage(r);
        return r;
      };
    }
    // C writing a model object's field (`page->zone_device_data = ...`) marks nothing either.
    const mem = machine.model;
    const writeField = mem.writeField.bind(mem);
    mem.writeField = (p, struct, field, v) => {
      this.nativeRan = true;
      this.notePage(p);
      return writeField(p, struct, field, v);
    };
  }

  private notePage(v: unknown): void {
    const p = v as { t?: string; s?: string; b?: number; on?: string } | undefined;
    if (p === undefined || p === null || typeof p !== 'object') return;
    if (p.t === 'p' && p.s === 'page' && typeof p.b === 'number') this.handed.push(p.b);
    // Sleeping on a page lock adds the thread to the page's waiters.
    else if (p.t === 'block' && typeof p.on === 'string' && p.on.startsWith('page-lock:')) this.handed.push(Number(p.on.slice(10)));
  }

  private get model(): MmModel {
    return this.sim.model;
  }

  // ---- recording ---------------------------------------------------------------------------

  private before(continuing: boolean): void {
    const m = this.model;
    const pos = this.sim.history!.position;
    if (m.pages !== this.pagesRef) {
      // Restored (step back, goto, a look at another step): the shadow is of another moment.
      this.truncate(continuing ? pos + 1 : pos);
      this.resync();
    } else {
      if (this.last() > pos) this.truncate(pos + 1);
      if (m.touchedAll) this.resync();
      else if (hasKeys(m.touched) || hasKeys(m.touchedVa) || dirtyOf(m).pages.length || dirtyOf(m).vas.length) {
        // Changed between statements: the debugger's edits (setVariable on a page field).
        this.compare(0, undefined, undefined, pos - 1 < 0 ? 0 : continuing ? pos : pos - 1, true);
      }
    }
    this.nextPfn = m.nextPfn;
    this.nextDevPfn = m.nextDevPfn;
    if (this.handed.length) this.handed = [];
    let batched = false;
    for (let i = 0; i < m.lruBatch.length; i++) if (m.lruBatch[i].length) batched = true;
    this.batch = batched ? m.lruBatch.flat() : NO_PFNS;
  }

  private after(tid: number, loc: SourceLoc | undefined, fn: string | undefined): void {
    this.compare(tid, loc, fn, this.sim.history!.position, this.nativeRan);
  }

  /** Compares the candidates with the shadow; records what differs at `step`. */
  private compare(tid: number, loc: SourceLoc | undefined, fn: string | undefined, step: number, natives: boolean): void {
    const m = this.model;
    // The common statement: nothing marked, no native.
    const d = dirtyOf(m);
    if (!natives && !this.handed.length && !this.batch.length && this.nextPfn === m.nextPfn && !hasKeys(m.touched) && !hasKeys(m.touchedVa) && !d.pages.length && !d.vas.length) return;
    let keys: number[] | undefined;
    let mask = 0;
    const add = (key: string, kind: ChangeKind): void => {
      (keys ??= []).push(this.id(key));
      mask |= BIT[kind];
    };
    // PTEs: every level-1 write marks its virtual page ("pid:addr").
    // (A key marked twice is compared twice: the second time the shadow already agrees.)
    const pte = (va: string): void => {
      const c = va.indexOf(':');
      const pid = Number(va.slice(0, c));
      const addr = Number(va.slice(c + 1));
      const v = pteAt(m, pid, addr);
      const old = this.ptes.get(va) ?? 0n;
      if (v !== old) {
        if (v === 0n) this.ptes.delete(va);
        else this.ptes.set(va, v);
        add(`pte:${pid}:${hexAddr(addr)}`, 'pte');
      }
    };
    for (let i = 0; i < d.vas.length; i++) pte(d.vas[i]);
    for (const va in m.touchedVa) pte(va);
    // Pages: the touched set, the add batches' pages, new pfns.
    const page = (pfn: number): void => {
      const p = m.pages[pfn];
      const old = this.pages.get(pfn);
      if (!p) {
        if (old) {
          this.pages.delete(pfn);
          for (const f of LOGGED_PAGE_FIELDS) add(`page:${pfn}:${f}`, 'page');
          add(`page:${pfn}:flags`, 'page');
          add(`page:${pfn}`, 'page');
        }
        return;
      }
      const now = shadowOf(p);
      let any = false;
      for (const f of LOGGED_PAGE_FIELDS) {
        if (!old || old[f] !== now[f]) {
          add(`page:${pfn}:${f}`, 'page');
          any = true;
        }
      }
      if (!old || old.flags !== now.flags) {
        add(`page:${pfn}:flags`, 'page');
        any = true;
      }
      if (any) {
        add(`page:${pfn}`, 'page');
        this.pages.set(pfn, now);
      }
    };
    for (let i = 0; i < d.pages.length; i++) page(d.pages[i]);
    for (const k in m.touched) page(Number(k));
    for (const pfn of this.batch) page(pfn);
    for (const pfn of this.handed) page(pfn);
    for (let pfn = this.nextPfn; pfn < m.nextPfn; pfn++) page(pfn);
    // Device memory created (memremap_pages): its pages, pristine in their pool.
    for (let pfn = this.nextDevPfn; pfn < m.nextDevPfn; pfn++) if (m.pages[pfn]) page(pfn);
    if (natives) {
      this.compareTlbs(add);
      this.compareLocks(add);
    }
    if (keys) this.push(step, tid, loc, fn, mask, keys);
  }

  private compareTlbs(add: (key: string, kind: ChangeKind) => void): void {
    const m = this.model;
    for (let cpu = 0; cpu < m.tlbs.length; cpu++) {
      const now = m.tlbs[cpu];
      const refs = this.tlbRefs[cpu];
      if (refs && now === this.tlbArrays[cpu] && now.length === refs.length) {
        let same = true;
        for (let i = 0; i < now.length; i++) {
          if (now[i] !== refs[i]) {
            same = false;
            break;
          }
        }
        if (same) continue;
      }
      const text = (l: TlbEntry[] | undefined): Map<string, string> => {
        const out = new Map<string, string>();
        for (const e of l ?? []) out.set(`tlb:${cpu}:${e.pid}:${hexAddr(e.vaddr)}`, `${e.pfn}${e.write ? 'w' : ''}`);
        return out;
      };
      const a = text(refs);
      const b = text(now);
      for (const [k, v] of b) if (a.get(k) !== v) add(k, 'tlb');
      for (const k of a.keys()) if (!b.has(k)) add(k, 'tlb');
      this.tlbRefs[cpu] = now.slice();
      this.tlbArrays[cpu] = now;
    }
  }

  private lockText(): { held: string; mmap: string } {
    const m = this.model;
    let held = '';
    for (const tid in m.held) held += `${tid}:${m.held[tid].join(',')};`;
    let mmap = '';
    for (const pid in m.mms) {
      const l = m.mms[pid].mmapLock;
      mmap += `${pid}:${l.writer}:${l.readers.join(',')};`;
    }
    return { held, mmap };
  }

  private compareLocks(add: (key: string, kind: ChangeKind) => void): void {
    const now = this.lockText();
    if (now.held !== this.held) {
      const ids = (s: string): Map<string, string> => {
        const out = new Map<string, string>();
        for (const part of s.split(';')) {
          const [tid, list] = part.split(':');
          if (list) for (const id of list.split(',')) out.set(id, tid);
        }
        return out;
      };
      const a = ids(this.held);
      const b = ids(now.held);
      for (const [id, tid] of b) if (a.get(id) !== tid) add(`lock:${id}`, 'lock');
      for (const id of a.keys()) if (!b.has(id)) add(`lock:${id}`, 'lock');
      this.held = now.held;
    }
    if (now.mmap !== this.mmap) {
      const per = (s: string): Map<string, string> => new Map(s.split(';').filter(Boolean).map((x) => [x.slice(0, x.indexOf(':')), x]));
      const a = per(this.mmap);
      const b = per(now.mmap);
      for (const [pid, v] of b) if (a.get(pid) !== v) add(`mmap:${pid}`, 'lock');
      this.mmap = now.mmap;
    }
  }

  /** The whole model into the shadow (after a restore; O(pages + PTEs)). */
  private resync(): void {
    const m = this.model;
    this.pagesRef = m.pages;
    this.pages.clear();
    for (const k in m.pages) this.pages.set(Number(k), shadowOf(m.pages[k]));
    this.ptes.clear();
    for (const id in m.tables) {
      const t = m.tables[id];
      if (t.level !== 1) continue;
      for (const i in t.entries) {
        const n = Number(i);
        if (n >= 0 && n < PTRS_PER_TABLE) this.ptes.set(`${t.pid}:${entryAddr(t, n)}`, t.entries[n]);
      }
    }
    this.tlbRefs = m.tlbs.map((l) => l.slice());
    this.tlbArrays = m.tlbs.slice();
    const l = this.lockText();
    this.held = l.held;
    this.mmap = l.mmap;
  }

  private id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(key, id);
      this.names.push(key);
      this.index.push([]);
    }
    return id;
  }

  private last(): number {
    return this.stepOf.length ? this.stepOf[this.stepOf.length - 1] : -1;
  }

  private push(step: number, tid: number, loc: SourceLoc | undefined, fn: string | undefined, mask: number, keys: number[]): void {
    const n = this.stepOf.length;
    if (n && this.stepOf[n - 1] === step && this.tidOf[n - 1] === tid) {
      // The rest of a statement that stopped inside a native: one record.
      const abs = n - 1 + this.dropped;
      const list = this.keysOf[n - 1];
      for (const k of keys) {
        if (list.includes(k)) continue;
        list.push(k);
        this.index[k].push(abs);
        this.events++;
      }
      this.maskOf[n - 1] |= mask;
    } else {
      const abs = n + this.dropped;
      const uniq = [...new Set(keys)];
      this.stepOf.push(step);
      this.tidOf.push(tid);
      this.locOf.push(loc);
      this.fnOf.push(fn);
      this.maskOf.push(mask);
      this.keysOf.push(uniq);
      for (const k of uniq) this.index[k].push(abs);
      this.events += uniq.length;
    }
    if (this.events > MAX_EVENTS) this.dropOldest();
  }

  private dropOldest(): void {
    const n = Math.max(1, Math.ceil(this.stepOf.length / 4));
    for (let i = 0; i < n; i++) {
      for (const k of this.keysOf[i]) {
        this.index[k].shift();
        this.events--;
      }
    }
    this.floor = this.stepOf[n] ?? this.last() + 1;
    for (const col of [this.stepOf, this.tidOf, this.locOf, this.fnOf, this.maskOf, this.keysOf] as unknown[][]) col.splice(0, n);
    this.dropped += n;
  }

  /** Forgets the records at `step` and later (the run goes another way from there). */
  private truncate(step: number): void {
    while (this.stepOf.length && this.stepOf[this.stepOf.length - 1] >= step) {
      const i = this.stepOf.length - 1;
      for (const k of this.keysOf[i]) {
        this.index[k].pop();
        this.events--;
      }
      for (const col of [this.stepOf, this.tidOf, this.locOf, this.fnOf, this.maskOf, this.keysOf] as unknown[][]) col.pop();
    }
    if (this.floor > step) this.floor = step;
  }

  // ---- reading -----------------------------------------------------------------------------

  /**
   * The first step at which frame `index` of thread `tid`, as it is at step `pos`, existed: one
   * after the last statement of `tid` run from an outer frame (the call). Undefined when the log
   * does not reach back that far.
   */
  frameStart(tid: number, index: number, pos: number): number | undefined {
    const first = this.trailFrom;
    for (let k = Math.min(pos, this.trailTid.length) - 1; k >= first; k--) {
      if (this.trailTid[k] === tid && this.trailDepth[k] <= index) return k + 1;
    }
    return first === 0 ? 0 : undefined;
  }

  /** Records kept. */
  get size(): number {
    return this.stepOf.length;
  }

  /** Key changes kept (the memory bound counts these). */
  get eventCount(): number {
    return this.events;
  }

  private record(i: number): ChangeRecord {
    const kinds = CHANGE_KINDS.filter((k) => this.maskOf[i] & BIT[k]);
    const loc = this.locOf[i];
    const fn = this.fnOf[i];
    return { step: this.stepOf[i], tid: this.tidOf[i], ...(loc ? { loc } : {}), ...(fn ? { fn } : {}), kinds, keys: this.keysOf[i].map((k) => this.names[k]) };
  }

  /** The record of the latest change of `key` at or before `step`, if the log has one. */
  lastChange(key: string, step: number): ChangeRecord | undefined {
    const id = this.ids.get(key);
    if (id === undefined) return undefined;
    const list = this.index[id];
    // The last record index whose step is <= step (lists are ascending).
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.stepOf[list[mid] - this.dropped] <= step) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : this.record(list[found] - this.dropped);
  }

  /** Records with from <= step <= to, in order (at most `limit`). */
  records(from = 0, to = Infinity, limit = Infinity): ChangeRecord[] {
    const out: ChangeRecord[] = [];
    for (let i = this.firstAt(from); i < this.stepOf.length && this.stepOf[i] <= to && out.length < limit; i++) out.push(this.record(i));
    return out;
  }

  private firstAt(step: number): number {
    let lo = 0;
    let hi = this.stepOf.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.stepOf[mid] < step) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The records grouped into at most `buckets` equal spans of steps 0..`recorded` (one per
   * pixel column of the strip, say): per span the first and last step with a change, how many
   * statements changed something, the kinds, and up to `sample` keys.
   */
  buckets(recorded: number, buckets: number, sample = 4): { step: number; end: number; count: number; kinds: ChangeKind[]; keys: string[] }[] {
    const out: { step: number; end: number; count: number; kinds: ChangeKind[]; keys: string[] }[] = [];
    const width = Math.max(1, Math.ceil((recorded + 1) / Math.max(1, buckets)));
    let cur: { b: number; step: number; end: number; count: number; mask: number; keys: Set<number> } | undefined;
    const flush = (): void => {
      if (!cur) return;
      out.push({ step: cur.step, end: cur.end, count: cur.count, kinds: CHANGE_KINDS.filter((k) => cur!.mask & BIT[k]), keys: [...cur.keys].map((k) => this.names[k]) });
    };
    for (let i = 0; i < this.stepOf.length; i++) {
      const s = this.stepOf[i];
      if (s > recorded) break;
      const b = Math.floor(s / width);
      if (!cur || cur.b !== b) {
        flush();
        cur = { b, step: s, end: s, count: 0, mask: 0, keys: new Set() };
      }
      cur.end = s;
      cur.count++;
      cur.mask |= this.maskOf[i];
      for (const k of this.keysOf[i]) {
        if (cur.keys.size >= sample) break;
        // Page field keys are summed up by the page's own key.
        if (!/^page:\d+:/.test(this.names[k])) cur.keys.add(k);
      }
    }
    flush();
    return out;
  }
}
