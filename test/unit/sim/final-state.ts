// The final state of a finished Simulation as plain, comparable data, and the first difference
// between two of them. Why: the kernel-tree tests run one scenario with two different
// migrate_device.c files and must show the runs end *the same* — not only that both pass their
// expectations (a scenario checks a few ptes and pages) but that every pte, page, TLB entry,
// lock, device pool and driver variable agrees. Identities that depend on the order things were
// created in (model object ids, interpreter region ids, thread ids) are replaced by what they
// name (a pid and address, a lock's name, a global's name, a thread's name), so two runs that
// end in the same state compare equal however the C got there; bookkeeping (step counts, the
// incremental checks' worklists, the reverse pte index) is left out.

import type { Program } from '../../../src/c/ir';
import type { Regions } from '../../../src/c/memory';
import type { Value } from '../../../src/c/value';
import { buildStateView } from '../../../src/mm/view';
import { EXTERNAL_TID, NO_TID, type MmModel } from '../../../src/mm/state';
import type { Simulation } from '../../../src/sim/simulation';

/** Plain JSON-like data: what finalState returns and firstDifference walks. */
export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

export interface FinalState {
  /** Outcome, passed, the return value, the fault or violation, every expectation, the output. */
  verdict: Plain;
  /** The model and the C globals and heap, with identities replaced by what they name. */
  state: Plain;
}

/**
 * The final state of `sim` (after runToEnd). `exclude` names source files whose own globals are
 * left out (the file being swapped: kernel/'s migrate_device.c and a tree's have different
 * file-local variables, and they are not part of the memory state the two must agree on).
 */
export function finalState(sim: Simulation, exclude: string[] = []): FinalState {
  const r = sim.result();
  const verdict: Plain = {
    outcome: r.outcome,
    passed: r.passed,
    returned: r.returned ?? null,
    // Where a fault or violation happened names a line of whichever file ran: kind and message only.
    fault: r.fault ? { kind: r.fault.kind, message: r.fault.message } : null,
    violation: r.violation ? { invariant: r.violation.invariant, message: r.violation.message } : null,
    expectations: r.expectations.map((e) => ({ what: e.what, ok: e.ok, detail: e.detail })),
    output: r.output,
    // The run's warnings at source lines (present-pte helpers on a swap-format pte), where any.
    warnings: runWarnings(sim),
  };
  return { verdict, state: modelState(sim, exclude) };
}

function modelState(sim: Simulation, exclude: string[]): Plain {
  const m = sim.model;
  const tname = (tid: number): string => (tid === EXTERNAL_TID ? 'external' : tid === NO_TID ? 'nobody' : sim.machine.thread(tid).name);
  const val = valueNamer(m, sim.machine.state.mem);
  const view = sim.stateView();
  // Every populated pte of every VMA (the view shows only the scenario's ranges of interest).
  const mapped = buildStateView(m, { threadName: tname });
  const pgmapName = (id: number): string => {
    const o = m.objs[id];
    return o?.kind === 'pgmap' ? o.name : id < 0 ? 'none' : `obj ${o?.kind ?? 'missing'}`;
  };
  const pages: Record<string, Plain> = {};
  for (const p of Object.values(m.pages).sort((a, b) => a.pfn - b.pfn)) {
    pages[hex(p.pfn)] = {
      zone: p.zone,
      owner: p.owner ?? null,
      freed: p.freed,
      refcount: p.refcount,
      mapcount: p.mapcount,
      pins: p.pins,
      locked: p.locked,
      lockOwner: tname(p.lockOwner),
      lockWaiters: p.lockWaiters.map(tname),
      lru: p.lru,
      batchCpu: p.batchCpu,
      dirty: p.dirty,
      anon: p.anon,
      anonExclusive: p.anonExclusive,
      mapping: p.mapping,
      index: p.index,
      content: p.content,
      compound: p.compound,
      pgmap: pgmapName(p.pgmap),
      uptodate: p.uptodate,
      memcg: p.memcg,
      extraRefs: p.extraRefs,
      pristine: p.pristine ?? false,
      inPool: p.inPool ?? false,
      isolatedBy: p.isolatedBy === undefined ? null : tname(p.isolatedBy),
      zoneDeviceData: p.zoneDeviceData === undefined ? null : val(p.zoneDeviceData),
    };
  }
  const mms: Record<string, Plain> = {};
  for (const mm of Object.values(m.mms).sort((a, b) => a.pid - b.pid)) {
    mms[`pid ${mm.pid}`] = {
      name: mm.name,
      dying: mm.dying ?? false,
      rssAnon: mm.rssAnon,
      subscribers: mm.subscribers.map((id) => describeObj(m, id)),
      vmas: mm.vmas.map((v) => ({ start: hex(v.start), end: hex(v.end), flags: v.flags, anonymous: v.anonymous })),
      mmapLock: { readers: mm.mmapLock.readers.map(tname), writer: tname(mm.mmapLock.writer) },
      notifierRanges: mm.notifierRanges.map((n) => ({ thread: tname(n.tid), start: hex(n.start), end: hex(n.end) })),
    };
  }
  // Page tables by what they map, not by id: the pte values are in the views.
  const tables = Object.values(m.tables)
    .map((t) => `pid ${t.pid} level ${t.level} base ${hex(t.base)}: ${Object.keys(t.entries).length} entries`)
    .sort();
  const objs = Object.keys(m.objs)
    .map(Number)
    .filter((id) => m.objs[id].kind !== 'mm' && m.objs[id].kind !== 'vma')
    .map((id) => objState(m, id, val, tname))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  const held: Record<string, Plain> = {};
  for (const [tid, ids] of Object.entries(m.held)) if (ids.length) held[tname(Number(tid))] = ids.map((id) => describeObj(m, id));
  const lazyMmu: Record<string, Plain> = {};
  for (const [tid, depth] of Object.entries(m.lazyMmu)) if (depth) lazyMmu[tname(Number(tid))] = depth;
  return {
    cpus: m.cpus,
    cache: m.cache,
    viewedPtes: view.processes.map((p) => ({ pid: p.pid, ptes: p.ptes.map(ptePlain), mmapLock: p.mmapLock ?? null })),
    mappedPtes: mapped.processes.map((p) => ({ pid: p.pid, ptes: p.ptes.map(ptePlain) })),
    pages,
    mms,
    tables,
    objs,
    tlbs: view.tlbs.map((t) => ({ cpu: t.cpu, entries: t.entries.map((e) => ({ ...e })) })),
    locks: view.locks.map((l) => ({ name: l.name, kind: l.kind, holder: l.holder ?? null, waiters: l.waiters })),
    held,
    lazyMmu,
    lruBatch: m.lruBatch.map((b) => b.map(hex)),
    cacheLines: m.cacheLines.map((c) => c.map((l) => ({ pid: l.pid, vaddr: hex(l.vaddr), pfn: hex(l.pfn), value: l.value }))),
    written: sortedRecord(m.written),
    nextPfn: hex(m.nextPfn),
    nextDevPfn: hex(m.nextDevPfn),
    violations: view.violations.map((v) => ({ invariant: v.invariant, message: v.message })),
    threads: sim.machine.state.threads.map((t) => ({ name: t.name, status: t.status, ret: t.ret === undefined ? null : val(t.ret), frames: t.frames.length })),
    cGlobals: cGlobals(sim.program, sim.machine.state.mem, exclude, val),
    cHeap: cHeap(sim.program, sim.machine.state.mem, val),
  };
}

/** The state view's warnings (helper, message, count), without the line they name. */
function runWarnings(sim: Simulation): Plain {
  const view = sim.stateView() as { warnings?: { helper?: string; message?: string; count?: number }[] };
  return (view.warnings ?? []).map((w) => ({ helper: w.helper ?? null, message: w.message ?? null, count: w.count ?? null }));
}

function ptePlain(p: { addr: string; kind: string; pfn?: number; bits: string[]; raw: string; ptlHolder?: string }): Plain {
  return { addr: p.addr, kind: p.kind, pfn: p.pfn === undefined ? null : hex(p.pfn), bits: p.bits, raw: p.raw, ptlHolder: p.ptlHolder ?? null };
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

function sortedRecord(r: Record<string, string>): Plain {
  const out: Record<string, Plain> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k];
  return out;
}

/** A model object by what it is, not by its id. */
function describeObj(m: MmModel, id: number): string {
  const o = m.objs[id];
  if (!o) return `missing object ${id}`;
  switch (o.kind) {
    case 'mm':
      return `mm of pid ${o.pid}`;
    case 'vma':
      return `vma of pid ${o.pid} at ${hex(o.start)}`;
    case 'spinlock':
      return `spinlock ${o.name}`;
    case 'pgmap':
      return `pgmap ${o.name}`;
    case 'notifier':
      return `notifier of pid ${o.pid} ${hex(o.start)}-${hex(o.end)}`;
    case 'xarray': {
      const owner = Object.values(m.objs).find((n) => n.kind === 'notifier' && m.objs[n.xa] === o);
      return owner && owner.kind === 'notifier' ? `xarray of the notifier of pid ${owner.pid} ${hex(owner.start)}` : 'xarray';
    }
  }
}

function objState(m: MmModel, id: number, val: (v: Value) => Plain, tname: (tid: number) => string): Plain {
  const o = m.objs[id];
  const what = describeObj(m, id);
  switch (o.kind) {
    case 'spinlock':
      return { what, holder: tname(o.holder), ptlOf: o.table >= 0 ? tableName(m, o.table) : null };
    case 'pgmap':
      // The device pool: its free list in order (the next zone_device_page_alloc pops from it).
      return { what, type: o.type, owner: val(o.owner), ops: val(o.ops), firstPfn: hex(o.firstPfn), npages: o.npages, free: o.free.map(hex), failNext: o.failNext };
    case 'notifier':
      return { what, owner: val(o.owner), xa: describeObj(m, o.xa), seq: o.seq, invalidations: o.invalidations };
    case 'xarray': {
      const entries: Record<string, Plain> = {};
      for (const k of Object.keys(o.entries).map(Number).sort((a, b) => a - b)) entries[hex(k)] = { v: val(o.entries[k].v), tag: o.entries[k].tag };
      return { what, entries };
    }
    default:
      return { what };
  }
}

function tableName(m: MmModel, id: number): string {
  const t = m.tables[id];
  return t ? `pid ${t.pid} level ${t.level} base ${hex(t.base)}` : `missing table ${id}`;
}

/** An interpreter value with pointers named by their target. */
function valueNamer(m: MmModel, mem: Regions): (v: Value) => Plain {
  const val = (v: Value): Plain => {
    if (typeof v === 'bigint') return v.toString();
    switch (v.t) {
      case 'u':
        return 'uninitialized';
      case 'f':
        return `function ${v.name}`;
      case 'a':
        return v.slots.map(val);
      case 'p':
        switch (v.s) {
          case 'null':
            return 'NULL';
          case 'page':
            return `page ${hex(v.b)}+${v.i}`;
          case 'pt':
            return `pte ${tableName(m, v.b)} [${v.i}]`;
          case 'obj':
            return `${describeObj(m, v.b)}+${v.i}`;
          case 'c':
            return `&${mem[v.b]?.name ?? `region ${v.b}`}[${v.i}]`;
          case 'u':
            return `user ${hex(v.i)}`;
        }
    }
  };
  return val;
}

/** Every global of the files not excluded, by file basename and name. */
function cGlobals(program: Program, mem: Regions, exclude: string[], val: (v: Value) => Plain): Plain {
  const out: Record<string, Plain> = {};
  for (const g of program.globals) {
    if (exclude.includes(g.file)) continue;
    const r = mem[g.region];
    out[`${g.file.split('/').pop()}: ${g.name}`] = r ? { freed: r.freed ?? false, cells: r.cells.map(val) } : 'no region';
  }
  return out;
}

/** Live interpreter objects that are neither globals nor string literals (kmalloc, live locals), in creation order. */
function cHeap(program: Program, mem: Regions, val: (v: Value) => Plain): Plain {
  const out: Plain[] = [];
  for (const id of Object.keys(mem).map(Number).sort((a, b) => a - b)) {
    const r = mem[id];
    if (r.freed || program.initialRegions[id]) continue;
    out.push({ name: r.name, cells: r.cells.map(val) });
  }
  return out;
}

/**
 * The first place where `a` and `b` differ, as "path: a-value ≠ b-value", or undefined when
 * they are equal. Objects compare key by key (a key only one side has is a difference).
 */
export function firstDifference(a: Plain, b: Plain, path = ''): string | undefined {
  const show = (v: Plain | undefined): string => (v === undefined ? '(absent)' : clip(JSON.stringify(v)));
  if (a === b) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return a.length === b.length ? undefined : `${path || '(top)'}: ${a.length} items ≠ ${b.length} items (first extra: ${show(a.length > b.length ? a[b.length] : b[a.length])})`;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = k in a && k in b ? firstDifference(a[k], b[k], path ? `${path}.${k}` : k) : `${path ? `${path}.` : ''}${k}: ${show(a[k])} ≠ ${show(b[k])}`;
      if (d) return d;
    }
    return undefined;
  }
  return `${path || '(top)'}: ${show(a)} ≠ ${show(b)}`;
}

function clip(s: string): string {
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
