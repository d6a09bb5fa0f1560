// The compact form in which the extension host posts a StateView to the state webview. A
// 4096-page stop is some 12,000 row objects with string keys (PTEs, pages, migration-array
// slots); the structured clone of postMessage and the webview's validation of that many objects
// were most of the time from a stop to its painted view. Here the long row lists travel as
// columns (an array per field: numbers, strings, indexes into one table of the distinct name
// lists), and everything else as the StateView it is. unpack-state.ts validates this form fully
// and rebuilds the StateView; a round trip gives back exactly what parseStateView keeps.

import type { MigrateSlotView, PageView, PteView, StateView } from '../protocol/state';

export const PACKED_VERSION = 1;

/** Enum values by index (the columns hold the index). Order is part of the format. */
export const PTE_KIND_CODES: readonly PteView['kind'][] = ['none', 'present', 'migration', 'device-private', 'device-exclusive', 'swap'];
export const ZONE_CODES: readonly PageView['zone'][] = ['ram', 'device-private', 'device-coherent'];
export const LRU_CODES: readonly PageView['lru'][] = ['lru', 'isolated', 'batch', 'none'];

/** Bits of PackedPages.bools. */
export const PAGE_BOOLS = { free: 1, locked: 2, dirty: 4, anon: 8, anonExclusive: 16 } as const;

/** An optional string field: the rows that have it (increasing) and its values. */
export interface Sparse {
  at: number[];
  v: string[];
}

/** One process's PTEs. Absent pfn: -1; populated: -1 absent, 0 false, 1 true. */
export interface PackedPtes {
  key: string[];
  pid: number[];
  addr: string[];
  kind: number[];
  pfn: number[];
  /** Index into PackedState.lists. */
  bits: number[];
  raw: string[];
  text: string[];
  ptlHolder: Sparse;
  populated: number[];
}

export interface PackedPages {
  key: string[];
  pfn: number[];
  zone: number[];
  owner: Sparse;
  /** PAGE_BOOLS bits. */
  bools: number[];
  refcount: number[];
  mapcount: number[];
  lockHolder: Sparse;
  lockWaiters: number[];
  lru: number[];
  pins: number[];
  content: Sparse;
  flags: number[];
}

/** One migration array's slots. Absent pfn: -1. */
export interface PackedSlots {
  index: number[];
  raw: string[];
  pfn: number[];
  flags: number[];
}

export interface PackedState {
  v: typeof PACKED_VERSION;
  /** The StateView with its row lists emptied: every processes[i].ptes, pages, arrays[j].slots is []. */
  rest: StateView;
  /** The distinct name lists (PTE bits, page flags and lock waiters, slot flags). */
  lists: string[][];
  /** The PTEs of each process of rest.processes, in order. */
  ptes: PackedPtes[];
  pages: PackedPages;
  /** The slots of each array of rest.arrays, in order. */
  slots: PackedSlots[];
}

/** Interns name lists: equal lists (by content) get one index. */
class Lists {
  readonly all: string[][] = [];
  private readonly index = new Map<string, number>();
  /** The same array again (an unpacked state shares its lists) needs no key. */
  private readonly seen = new Map<readonly string[], number>();
  of(names: readonly string[]): number {
    let i = this.seen.get(names);
    if (i !== undefined) return i;
    const id = `${names.length}:${names.join('\u0000')}`;
    i = this.index.get(id);
    if (i === undefined) {
      i = this.all.length;
      this.all.push([...names]);
      this.index.set(id, i);
    }
    this.seen.set(names, i);
    return i;
  }
}

function sparse(): Sparse {
  return { at: [], v: [] };
}

function code<T extends string>(codes: readonly T[], v: T): number {
  return codes.indexOf(v);
}

function packPtes(ptes: readonly PteView[], lists: Lists): PackedPtes {
  const n = ptes.length;
  const c: PackedPtes = { key: new Array(n), pid: new Array(n), addr: new Array(n), kind: new Array(n), pfn: new Array(n), bits: new Array(n), raw: new Array(n), text: new Array(n), ptlHolder: sparse(), populated: new Array(n) };
  for (let i = 0; i < n; i++) {
    const p = ptes[i];
    c.key[i] = p.key;
    c.pid[i] = p.pid;
    c.addr[i] = p.addr;
    c.kind[i] = code(PTE_KIND_CODES, p.kind);
    c.pfn[i] = p.pfn ?? -1;
    c.bits[i] = lists.of(p.bits);
    c.raw[i] = p.raw;
    c.text[i] = p.text;
    if (p.ptlHolder !== undefined) {
      c.ptlHolder.at.push(i);
      c.ptlHolder.v.push(p.ptlHolder);
    }
    c.populated[i] = p.populated === undefined ? -1 : p.populated ? 1 : 0;
  }
  return c;
}

function packPages(pages: readonly PageView[], lists: Lists): PackedPages {
  const n = pages.length;
  const arr = <T>(): T[] => new Array<T>(n);
  const c: PackedPages = { key: arr(), pfn: arr(), zone: arr(), owner: sparse(), bools: arr(), refcount: arr(), mapcount: arr(), lockHolder: sparse(), lockWaiters: arr(), lru: arr(), pins: arr(), content: sparse(), flags: arr() };
  const opt = (s: Sparse, i: number, v: string | undefined): void => {
    if (v === undefined) return;
    s.at.push(i);
    s.v.push(v);
  };
  for (let i = 0; i < n; i++) {
    const p = pages[i];
    c.key[i] = p.key;
    c.pfn[i] = p.pfn;
    c.zone[i] = code(ZONE_CODES, p.zone);
    opt(c.owner, i, p.owner);
    c.bools[i] = (p.free ? PAGE_BOOLS.free : 0) | (p.locked ? PAGE_BOOLS.locked : 0) | (p.dirty ? PAGE_BOOLS.dirty : 0) | (p.anon ? PAGE_BOOLS.anon : 0) | (p.anonExclusive ? PAGE_BOOLS.anonExclusive : 0);
    c.refcount[i] = p.refcount;
    c.mapcount[i] = p.mapcount;
    opt(c.lockHolder, i, p.lockHolder);
    c.lockWaiters[i] = lists.of(p.lockWaiters);
    c.lru[i] = code(LRU_CODES, p.lru);
    c.pins[i] = p.pins;
    opt(c.content, i, p.content);
    c.flags[i] = lists.of(p.flags);
  }
  return c;
}

function packSlots(slots: readonly MigrateSlotView[], lists: Lists): PackedSlots {
  const n = slots.length;
  const c: PackedSlots = { index: new Array(n), raw: new Array(n), pfn: new Array(n), flags: new Array(n) };
  for (let i = 0; i < n; i++) {
    const s = slots[i];
    c.index[i] = s.index;
    c.raw[i] = s.raw;
    c.pfn[i] = s.pfn ?? -1;
    c.flags[i] = lists.of(s.flags);
  }
  return c;
}

/**
 * The packed form of a StateView that validates (the host checks it first and posts a state that
 * does not as it is, so the webview names its problem). The columns are new arrays; the small
 * parts in `rest` are `s`'s own objects (postMessage copies them).
 */
export function packState(s: StateView): PackedState {
  const lists = new Lists();
  const rest: StateView = {
    ...s,
    processes: s.processes.map((p) => ({ ...p, ptes: [] })),
    pages: [],
    arrays: s.arrays.map((a) => ({ ...a, slots: [] })),
  };
  return {
    v: PACKED_VERSION,
    rest,
    ptes: s.processes.map((p) => packPtes(p.ptes, lists)),
    pages: packPages(s.pages, lists),
    slots: s.arrays.map((a) => packSlots(a.slots, lists)),
    lists: lists.all,
  };
}
