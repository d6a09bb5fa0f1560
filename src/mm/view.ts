// The model's contribution to a StateView (src/protocol/state.ts): per process the VMAs and the
// ptes of the range of interest, every page, the TLBs with stale translations marked, and the
// locks held. Plus helpers the simulation uses to fill in the rest: migration-array slot views
// and the list of keys that changed between two views. No BigInt leaves this file.

import type {
  LockView,
  MigrateArrayView,
  MigrateSlotView,
  PageView,
  ProcessView,
  PteView,
  StateView,
  TlbView,
} from '../protocol/state';
import { currentViolations, isTlbStale } from './invariants';
import { decodeHmmPfn, decodeMigratePfn } from './migrate-pfn';
import { MAX_VIEW_PAGES, pagesAsSize } from './limits';
import { hugeLeafPte, pteTableFor, readEntryRaw, PteSlot } from './pgtable';
import { populatedPtes } from './sparse-walk';
import { hugeLeavesIn, HPAGE_PMD_SIZE } from './huge';
import { decodePte, formatPte } from './pte';
import { EXTERNAL_TID, entrySpan, hexAddr, MmModel, NO_TID, PageTable, tableIndex, vmaFlagNames } from './state';
import { walkTables } from './view-tables';
import { ViewCache } from './view-cache';

export { ViewCache } from './view-cache';

export { formatPte } from './pte';
export { decodeHmmPfn, decodeMigratePfn } from './migrate-pfn';

export interface ViewOptions {
  threadName(tid: number): string;
  /** Ranges of interest; default: every populated pte of every VMA. */
  ranges?: { pid: number; start: number; end: number }[];
  step?: number;
  stage?: string;
  arrays?: MigrateArrayView[];
  /** Keys changed since the previous stop (see changedKeys). */
  changed?: string[];
  /** The address the stopped code works on (StateView.focus). */
  focus?: { pid?: number; addr: number };
  /** The violations to show; default: a full check of the model now (currentViolations). */
  violations?: StateView['violations'];
  /** Rows of the previous build to reuse where nothing they show changed (view-cache.ts). */
  cache?: ViewCache;
}

function hex64(v: bigint): string {
  return '0x' + BigInt.asUintN(64, v).toString(16);
}

/** The view ranges as a number of PTE rows, refused beyond MAX_VIEW_PAGES (one row each). */
function checkViewSize(ranges: ViewOptions['ranges']): void {
  let pages = 0;
  for (const r of ranges ?? []) pages += Math.max(0, Math.ceil((r.end - r.start) / 4096));
  if (pages > MAX_VIEW_PAGES) {
    throw new Error(`the view ranges cover ${pages.toLocaleString('en-US')} pages, more than the limit of ${MAX_VIEW_PAGES.toLocaleString('en-US')} pages (${pagesAsSize(MAX_VIEW_PAGES)})`);
  }
}

const NO_WAITERS: string[] = [];

/**
 * ptesInRange(m, pid, start, end, true), walking the tables once per pte table (2 MiB) rather
 * than once per page: the same slots, in address order.
 */
function rangeSlots(m: MmModel, pid: number, start: number, end: number): PteSlot[] {
  const out: PteSlot[] = [];
  const span = entrySpan(2);
  let block = -1;
  let t: PageTable | undefined;
  for (let addr = start; addr < end; addr += 4096) {
    const b = Math.floor(addr / span);
    if (b !== block) {
      block = b;
      t = pteTableFor(m, pid, addr);
    }
    if (!t) {
      // a huge pmd: each 4 KiB of its page, as the hardware translates it
      const h = hugeLeafPte(m, pid, addr);
      out.push(h ? { index: -1, addr, value: h, huge: true } : { index: -1, addr, value: 0n });
    } else {
      const i = tableIndex(1, addr);
      out.push({ table: t, index: i, addr, value: readEntryRaw(t, i) });
    }
  }
  return out;
}

export function buildStateView(m: MmModel, opts: ViewOptions): StateView {
  checkViewSize(opts.ranges);
  const name = (tid: number) => (tid === EXTERNAL_TID ? 'external' : opts.threadName(tid));
  const ptlHolder = (slot: PteSlot): string | undefined => {
    if (!slot.table) return undefined;
    const o = m.objs[slot.table.ptl];
    return o && o.kind === 'spinlock' && o.holder !== NO_TID ? name(o.holder) : undefined;
  };

  const processes: ProcessView[] = Object.values(m.mms)
    .sort((a, b) => a.pid - b.pid)
    .map((mm) => {
      let slots: PteSlot[] = [];
      const ranges = opts.ranges?.filter((r) => r.pid === mm.pid);
      if (opts.ranges) {
        for (const r of ranges ?? []) slots.push(...rangeSlots(m, mm.pid, r.start, r.end));
      } else {
        // Only what the page tables hold: a VMA costs nothing for its unpopulated size.
        for (const v of mm.vmas) slots.push(...populatedPtes(m, mm.pid, v.start, v.end));
        for (const h of hugeLeavesIn(m, mm.pid, 0, Infinity)) {
          for (let a = h.addr; a < h.addr + HPAGE_PMD_SIZE; a += 4096) slots.push({ index: -1, addr: a, value: hugeLeafPte(m, mm.pid, a), huge: true });
        }
        slots.sort((a, b) => a.addr - b.addr);
      }
      const seen = new Set<number>();
      slots = slots.filter((s) => (seen.has(s.addr) ? false : (seen.add(s.addr), true)));
      const cache = opts.cache;
      const ptes: PteView[] = slots.map((s) => {
        const holder = ptlHolder(s);
        const build = (): PteView => {
          const d = decodePte(s.value);
          return {
            key: `pte:${mm.pid}:${hexAddr(s.addr)}`,
            pid: mm.pid,
            addr: hexAddr(s.addr),
            kind: d.kind,
            pfn: d.pfn,
            bits: d.bits,
            raw: hex64(s.value),
            text: formatPte(s.value),
            ...(holder ? { ptlHolder: holder } : {}),
            ...(s.table || s.huge ? {} : { populated: false }),
          };
        };
        return cache ? cache.pte(mm.pid, s.addr, s.value, holder, s.table !== undefined || s.huge === true, build) : build();
      });
      const lock = mm.mmapLock;
      const mmapLock =
        lock.writer !== NO_TID
          ? `write: ${name(lock.writer)}`
          : lock.readers.length
            ? `read: ${lock.readers.map(name).join(', ')}`
            : undefined;
      return {
        pid: mm.pid,
        name: mm.name,
        vmas: mm.vmas.map((v) => ({
          start: hexAddr(v.start),
          end: hexAddr(v.end),
          flags: [...vmaFlagNames(v.flags), v.anonymous ? 'anon' : 'file'],
        })),
        ptes,
        ...(mmapLock ? { mmapLock } : {}),
        tables: walkTables(m, mm.pid, ranges ?? (opts.ranges ? [] : mm.vmas)),
      };
    });

  // Device pages never handed out by their pool are not shown (a device has many of them).
  const pages: PageView[] = Object.values(m.pages)
    .filter((p) => !p.pristine)
    .sort((a, b) => a.pfn - b.pfn)
    .map((p) => {
      const lockHolder = p.locked && p.lockOwner !== NO_TID ? name(p.lockOwner) : undefined;
      const lockWaiters = p.lockWaiters.length ? p.lockWaiters.map(name) : NO_WAITERS;
      const build = (): PageView => {
        const flags: string[] = [];
        if (p.locked) flags.push('locked');
        if (p.lru === 'lru') flags.push('lru');
        if (p.dirty) flags.push('dirty');
        if (p.anon) flags.push('anon');
        if (p.anonExclusive) flags.push('anon-exclusive');
        if (p.compound) flags.push('compound');
        return {
          key: `page:${p.pfn}`,
          pfn: p.pfn,
          zone: p.zone,
          ...(p.owner ? { owner: p.owner } : {}),
          free: p.freed,
          refcount: p.refcount,
          mapcount: p.mapcount,
          locked: p.locked,
          ...(lockHolder !== undefined ? { lockHolder } : {}),
          lockWaiters,
          lru: p.lru,
          pins: p.pins,
          dirty: p.dirty,
          anon: p.anon,
          anonExclusive: p.anonExclusive,
          content: p.content,
          flags,
        };
      };
      return opts.cache ? opts.cache.page(p, lockHolder, lockWaiters, build) : build();
    });

  const tlbs: TlbView[] = m.tlbs.map((entries, cpu) => ({
    cpu,
    entries: entries.map((e) => ({
      pid: e.pid,
      addr: hexAddr(e.vaddr),
      pfn: e.pfn,
      write: e.write,
      stale: isTlbStale(m, e),
    })),
  }));

  const locks: LockView[] = [];
  for (const o of Object.values(m.objs)) {
    if (o.kind === 'spinlock' && o.holder !== NO_TID) {
      locks.push({ name: o.name, kind: o.table >= 0 ? 'ptl' : 'spinlock', holder: name(o.holder), waiters: [] });
    }
  }
  for (const p of pages) {
    if (p.locked) locks.push({ name: `page lock pfn 0x${p.pfn.toString(16)}`, kind: 'page', holder: p.lockHolder, waiters: p.lockWaiters });
  }
  for (const pr of processes) {
    if (pr.mmapLock) locks.push({ name: `mmap lock pid ${pr.pid}`, kind: 'mmap', holder: pr.mmapLock, waiters: [] });
  }

  return {
    step: opts.step ?? 0,
    ...(opts.stage ? { stage: opts.stage } : {}),
    processes,
    pages,
    tlbs,
    locks,
    arrays: opts.arrays ?? [],
    violations: opts.violations ?? currentViolations(m),
    ...(m.pteWarnings?.length ? { warnings: m.pteWarnings.map((w) => ({ ...w })) } : {}),
    changed: opts.changed ?? [],
    ...(opts.focus ? { focus: { ...(opts.focus.pid !== undefined ? { pid: opts.focus.pid } : {}), addr: hexAddr(opts.focus.addr) } } : {}),
  };
}

/** A migration control array (values as read from interpreter memory) as a view. */
export function migrateArrayView(name: string, values: bigint[], encoding: 'hmm' | 'migrate', cache?: ViewCache): MigrateArrayView {
  const rows = `${encoding}:${name}`;
  return {
    name,
    slots: values.map((v, index) => {
      const build = (): MigrateSlotView => {
        const d = encoding === 'hmm' ? decodeHmmPfn(v) : decodeMigratePfn(v);
        return { index, raw: hex64(v), ...(d.pfn !== undefined ? { pfn: d.pfn } : {}), flags: d.flags };
      };
      return cache ? cache.slot(rows, index, v, build) : build();
    }),
  };
}

/**
 * Keys whose content differs between two views (pte:…, page:…, tlb:<cpu>:<pid>:<addr>,
 * slot:<array>:<index>), for StateView.changed. Keys that appear or disappear count as changed.
 */
export function changedKeys(prev: StateView | undefined, next: StateView): string[] {
  if (!prev) return [];
  const out: string[] = [];
  // Rows shared with the previous view (view-cache.ts) did not change: when both views list the
  // same rows in the same order, only the rows that are not the same object are compared.
  const aligned =
    prev.processes.length === next.processes.length &&
    prev.processes.every((p, i) => p.pid === next.processes[i].pid && sameKeys(p.ptes, next.processes[i].ptes)) &&
    sameKeys(prev.pages, next.pages) &&
    prev.arrays.length === next.arrays.length &&
    new Set(next.arrays.map((a) => a.name)).size === next.arrays.length &&
    prev.arrays.every((a, i) => a.name === next.arrays[i].name && sameIndexes(a.slots, next.arrays[i].slots));
  if (!aligned) return changedKeysByIndex(prev, next);
  prev.processes.forEach((p, i) => diffRows(p.ptes, next.processes[i].ptes, (e) => e.key, out));
  diffRows(prev.pages, next.pages, (e) => e.key, out);
  prev.arrays.forEach((a, i) => diffRows(a.slots, next.arrays[i].slots, (s) => `slot:${a.name}:${s.index}`, out));
  // TLBs are short: by key, as changedKeysByIndex does.
  const tlbIndex = (v: StateView): Map<string, string> => {
    const m = new Map<string, string>();
    for (const t of v.tlbs) for (const e of t.entries) m.set(`tlb:${t.cpu}:${e.pid}:${e.addr}`, JSON.stringify(e));
    return m;
  };
  const a = tlbIndex(prev);
  const b = tlbIndex(next);
  for (const k of new Set([...a.keys(), ...b.keys()])) if (a.get(k) !== b.get(k)) out.push(k);
  return out.sort();
}

function sameKeys(a: { key: string }[], b: { key: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i].key !== b[i].key) return false;
  return true;
}

function sameIndexes(a: { index: number }[], b: { index: number }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i].index !== b[i].index) return false;
  return true;
}

/** Rows at the same positions with the same keys: the keys of those whose content differs. */
function diffRows<T>(a: T[], b: T[], key: (x: T) => string, out: string[]): void {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) out.push(key(a[i]));
  }
}

/** changedKeys for views whose rows do not line up: every row by key. */
function changedKeysByIndex(prev: StateView, next: StateView): string[] {
  const index = (v: StateView): Map<string, string> => {
    const out = new Map<string, string>();
    for (const p of v.processes) for (const e of p.ptes) out.set(e.key, JSON.stringify(e));
    for (const p of v.pages) out.set(p.key, JSON.stringify(p));
    for (const t of v.tlbs) for (const e of t.entries) out.set(`tlb:${t.cpu}:${e.pid}:${e.addr}`, JSON.stringify(e));
    for (const a of v.arrays) for (const s of a.slots) out.set(`slot:${a.name}:${s.index}`, JSON.stringify(s));
    return out;
  };
  const a = index(prev);
  const b = index(next);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

/** Size in bytes of the range a pmd entry covers (for callers building default ranges). */
export const PMD_SPAN = entrySpan(2);
