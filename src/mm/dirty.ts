// The dirty set of the incremental invariant check: the pages (pfns) and virtual pages
// ("pid:addr") a statement touched, marked by the model's write paths and drained by
// checkInvariants after the statement. Only those are checked, so the cost of a check follows
// what the statement did, not the size of the model.
//
// Kept beside the model (a WeakMap keyed by the model object) rather than in it: it is
// bookkeeping of the check, not state, so snapshots, hashes and time travel never see it. A
// restore sets model.touchedAll, and the next check looks at everything and clears this set.
// Arrays, not objects keyed by pfn: pushing a number and testing `.length` costs nothing,
// where an object with integer keys costs an allocation per for-in on the hot path.
//
// Code that only has the plain model may still mark model.touched / model.touchedVa (objects);
// checkInvariants drains those too.

import type { MmModel } from './state';

export interface DirtySet {
  /** pfns touched since the last check (may repeat). */
  pages: number[];
  /** "pid:addr" keys of virtual pages whose pte or content changed (may repeat). */
  vas: string[];
}

const sets = new WeakMap<MmModel, DirtySet>();
let lastModel: MmModel | undefined;
let lastSet: DirtySet | undefined;

/** The dirty set of model `m` (created empty on first use). */
export function dirtyOf(m: MmModel): DirtySet {
  if (m === lastModel) return lastSet!;
  let d = sets.get(m);
  if (!d) {
    d = { pages: [], vas: [] };
    sets.set(m, d);
  }
  lastModel = m;
  lastSet = d;
  return d;
}

/** Page `pfn` (its counters, flags or a pte naming it) changed: check it after this statement. */
export function touchPage(m: MmModel, pfn: number): void {
  dirtyOf(m).pages.push(pfn);
}

/** The pte or the content seen at virtual page `key` ("pid:addr") changed. */
export function touchVa(m: MmModel, key: string): void {
  dirtyOf(m).vas.push(key);
}

/**
 * Empty a list the hot path refills at once (the dirty lists, the check's scratch lists). Pops,
 * where `a.length = 0` would give the backing store back and the next push allocate a new one
 * (an allocation per statement that touched a page).
 */
export function emptyList(a: unknown[]): void {
  while (a.length !== 0) a.pop();
}

/** Forget every mark (after a full check, or to test that a forgotten mark is noticed). */
export function clearDirty(m: MmModel): void {
  const d = dirtyOf(m);
  emptyList(d.pages);
  emptyList(d.vas);
  m.touched = {};
  m.touchedVa = {};
  m.touchedAll = false;
}
