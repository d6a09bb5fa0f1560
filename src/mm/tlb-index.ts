// Finding a CPU's cached translation of (pid, vaddr) without scanning its whole TLB. The
// model's TLBs keep every translation until a flush removes it (that is what lets it catch a
// stale entry used after its pte changed), so a process that touched 20,000 pages has a TLB of
// 20,000 entries, and every first touch of a page scanned all of them (hmm-tests' anon_teardown:
// 13% of the run). The index is derived data beside the plain-data TLB array, checked on use:
//
// - every in-place writer of a TLB array either appends or replaces an entry by one for the
//   same (pid, vaddr) (user-memory.ts, natives/cpu.ts, build.ts, sim/set-model.ts); flushes and
//   removals build a new array (a new index then);
// - so an index built over the first `len` entries stays right while the array has not
//   shrunk and its entry at len - 1 is still the one seen: entries appended since are added to
//   it; anything else (an undo that shortened it, a snapshot) rebuilds it;
// - a hit is checked against the entry itself.

import type { TlbEntry } from './state';

interface TlbIndex {
  len: number;
  last: TlbEntry | undefined;
  /** vaddr → pid → position of the first such entry. */
  at: Map<number, Map<number, number> | number>;
  /** The pid of `at`'s single-pid values (the common case: one process per vaddr). */
  pids: Map<number, number>;
}

const indexes = new WeakMap<TlbEntry[], TlbIndex>();

function add(ix: TlbIndex, e: TlbEntry, k: number): void {
  const cur = ix.at.get(e.vaddr);
  if (cur === undefined) {
    ix.at.set(e.vaddr, k);
    ix.pids.set(e.vaddr, e.pid);
  } else if (typeof cur === 'number') {
    const pid = ix.pids.get(e.vaddr)!;
    if (pid === e.pid) return; // the first stays, as findIndex finds it
    ix.at.set(e.vaddr, new Map([[pid, cur], [e.pid, k]]));
  } else if (!cur.has(e.pid)) cur.set(e.pid, k);
}

function extend(ix: TlbIndex, tlb: TlbEntry[]): void {
  for (let k = ix.len; k < tlb.length; k++) if (tlb[k] !== undefined) add(ix, tlb[k], k);
  ix.len = tlb.length;
  ix.last = tlb[tlb.length - 1];
}

function indexOf(tlb: TlbEntry[]): TlbIndex {
  let ix = indexes.get(tlb);
  if (ix === undefined || tlb.length < ix.len || (ix.len > 0 && tlb[ix.len - 1] !== ix.last)) {
    ix = { len: 0, last: undefined, at: new Map(), pids: new Map() };
    indexes.set(tlb, ix);
  }
  if (tlb.length !== ix.len) extend(ix, tlb);
  return ix;
}

/** The position of the entry for (pid, vaddr) in tlb, or -1 (Array.prototype.findIndex's answer). */
export function tlbFind(tlb: TlbEntry[], pid: number, vaddr: number): number {
  if (tlb.length < 16) return tlb.findIndex((e) => e.pid === pid && e.vaddr === vaddr);
  const ix = indexOf(tlb);
  const cur = ix.at.get(vaddr);
  const k = cur === undefined ? undefined : typeof cur === 'number' ? (ix.pids.get(vaddr) === pid ? cur : undefined) : cur.get(pid);
  if (k === undefined) return -1;
  const e = tlb[k];
  if (e !== undefined && e.pid === pid && e.vaddr === vaddr) return k;
  // Not what the index promised (a writer outside the rules above): the plain scan, and a new index.
  indexes.delete(tlb);
  return tlb.findIndex((x) => x.pid === pid && x.vaddr === vaddr);
}
