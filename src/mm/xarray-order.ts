// The present indices of a model xarray (state.ts XarrayObj) in ascending order, kept beside
// its entries as plain data, so xa_find / xa_for_each find the next entry by a binary search.
// Before, every xa_find_after scanned all keys (they are user pfns above 2^32, which objects
// keep in insertion order, not sorted): a walk of the driver's 1,024 mirror entries was a
// million key parses, 15% of hmm-tests' anon_teardown. Every writer of `entries` goes through
// here; an xarray without `order` (a state saved before it existed) gets it at its first use.

import type { XarrayObj } from './state';

type Entry = XarrayObj['entries'][number];

/** The first position in `order` whose index is >= i. */
function lowerBound(order: number[], i: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** xa.order, built from the entries where it is missing. */
function orderOf(xa: XarrayObj): number[] {
  if (xa.order === undefined) xa.order = Object.keys(xa.entries).map(Number).sort((a, b) => a - b);
  return xa.order;
}

/** Store e at index i. */
export function xaPut(xa: XarrayObj, i: number, e: Entry): void {
  const order = orderOf(xa);
  if (xa.entries[i] === undefined) {
    const at = lowerBound(order, i);
    if (at === order.length) order.push(i);
    else order.splice(at, 0, i);
  }
  xa.entries[i] = e;
}

/** Erase index i (nothing if absent). */
export function xaDel(xa: XarrayObj, i: number): void {
  if (xa.entries[i] === undefined) return;
  const order = orderOf(xa);
  const at = lowerBound(order, i);
  if (order[at] === i) order.splice(at, 1);
  delete xa.entries[i];
}

/** Erase every index in [lo, hi). */
export function xaDelRange(xa: XarrayObj, lo: number, hi: number): void {
  const order = orderOf(xa);
  const a = lowerBound(order, lo);
  const b = lowerBound(order, hi);
  if (a === b) return;
  for (let k = a; k < b; k++) delete xa.entries[order[k]];
  order.splice(a, b - a);
}

/** Empty it (xa_destroy). */
export function xaClear(xa: XarrayObj): void {
  xa.entries = {};
  xa.order = [];
}

/** The first present index in [from, max], or undefined. */
export function xaFirstFrom(xa: XarrayObj, from: number, max: number): number | undefined {
  const order = orderOf(xa);
  const at = lowerBound(order, from);
  return at < order.length && order[at] <= max ? order[at] : undefined;
}
