// The model's contribution to a StateView (src/protocol/state.ts): per process the VMAs and the
// ptes of the range of interest, every page, the TLBs with stale translations marked, and the
// locks held. Plus helpers the simulation uses to fill in the rest: migration-array slot views
// and the list of keys that changed between two views. No BigInt leaves this file.

import type {
  LockView,
  MigrateArrayView,
  PageView,
  ProcessView,
  PteView,
  StateView,
  TlbView,
} from '../protocol/state';
import { currentViolations, isTlbStale } from './invariants';
import { decodeHmmPfn, decodeMigratePfn } from './migrate-pfn';
import { MAX_VIEW_PAGES, pagesAsSize } from './limits';
import { ptesInRange, PteSlot } from './pgtable';
import { populatedPtes } from './sparse-walk';
import { decodePte, formatPte } from './pte';
import { EXTERNAL_TID, entrySpan, hexAddr, MmModel, NO_TID, vmaFlagNames } from './state';
import { walkTables } from './view-tables';

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
        for (const r of ranges ?? []) slots.push(...ptesInRange(m, mm.pid, r.start, r.end, true));
      } else {
        // Only what the page tables hold: a VMA costs nothing for its unpopulated size.
        for (const v of mm.vmas) slots.push(...populatedPtes(m, mm.pid, v.start, v.end));
      }
      const seen = new Set<number>();
      slots = slots.filter((s) => (seen.has(s.addr) ? false : (seen.add(s.addr), true)));
      const ptes: PteView[] = slots.map((s) => {
        const d = decodePte(s.value);
        const holder = ptlHolder(s);
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
          ...(s.table ? {} : { populated: false }),
        };
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
        ...(p.locked && p.lockOwner !== NO_TID ? { lockHolder: name(p.lockOwner) } : {}),
        lockWaiters: p.lockWaiters.map(name),
        lru: p.lru,
        pins: p.pins,
        dirty: p.dirty,
        anon: p.anon,
        anonExclusive: p.anonExclusive,
        content: p.content,
        flags,
      };
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
    violations: currentViolations(m),
    ...(m.pteWarnings?.length ? { warnings: m.pteWarnings.map((w) => ({ ...w })) } : {}),
    changed: opts.changed ?? [],
    ...(opts.focus ? { focus: { ...(opts.focus.pid !== undefined ? { pid: opts.focus.pid } : {}), addr: hexAddr(opts.focus.addr) } } : {}),
  };
}

/** A migration control array (values as read from interpreter memory) as a view. */
export function migrateArrayView(name: string, values: bigint[], encoding: 'hmm' | 'migrate'): MigrateArrayView {
  return {
    name,
    slots: values.map((v, index) => {
      const d = encoding === 'hmm' ? decodeHmmPfn(v) : decodeMigratePfn(v);
      return { index, raw: hex64(v), ...(d.pfn !== undefined ? { pfn: d.pfn } : {}), flags: d.flags };
    }),
  };
}

/**
 * Keys whose content differs between two views (pte:…, page:…, tlb:<cpu>:<pid>:<addr>,
 * slot:<array>:<index>), for StateView.changed. Keys that appear or disappear count as changed.
 */
export function changedKeys(prev: StateView | undefined, next: StateView): string[] {
  if (!prev) return [];
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
