// pte_offset_map / pte_unmap as a resource of their own, apart from the PTE lock. Mapping a pte
// table is not free in the kernel: on HIGHPTE (32-bit) the table page is kmapped, and since
// Linux 6.5 pte_offset_map enters an RCU read-side section (__pte_offset_map's rcu_read_lock,
// ended by pte_unmap) so that the table cannot be freed under the walker. A function that
// returns with a table it mapped and did not unmap therefore leaks a kmap or leaves an RCU read
// section open; an unmap without a map unbalances them the other way. Both are findings of the
// 'leak' invariant, reported at the statement that returned (or unmapped).
//
// The natives record each map with its call site (mapPte / unmapPte); the frame that made it is
// only known to the scheduler, which stamps it and looks for returns after each statement
// (checkPteMaps). The record is plain data in the model (snapshots, time travel, hashing).

import type { MmModel } from './state';

/** One pte table a thread has mapped and not unmapped yet. */
export interface PteMap {
  /** Table id (model.tables). */
  table: number;
  /** The call that mapped it, file:line:column. */
  site: string;
  /** Frames of the thread when it was mapped (-1 until the scheduler stamps it). */
  depth: number;
  /** The function that holds it (stamped with the depth). */
  fn?: string;
  /** That function returns a `pte_t *`: it hands the mapped table to its caller. */
  handsOver?: boolean;
}

/** The function of a frame, as checkPteMaps needs it. */
export interface MapOwner {
  name: string;
  /** Returns `pte_t *` (a pte of the table it maps, as pte_offset_map and get_locked_pte do). */
  returnsPte: boolean;
}

declare module './state' {
  interface MmModel {
    /** pte tables mapped (pte_offset_map) and not unmapped yet, by thread (pte-maps.ts). */
    pteMaps?: Record<number, PteMap[]>;
  }
}

/** A finding of the leak invariant, reported at the next check (as invariants.ts reportViolation). */
function report(m: MmModel, message: string): void {
  if (m.invariants.leak !== false) m.pending.push({ invariant: 'leak', message });
}

/** Where a C call is, as the findings name it. */
export interface CallSite {
  file: string;
  line: number;
  column: number;
}

function site(loc: CallSite): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

function mapsOf(m: MmModel, tid: number): PteMap[] {
  const all = (m.pteMaps ??= {});
  return (all[tid] ??= []);
}

/** Thread `tid` mapped the pte table `table` (pte_offset_map, pte_offset_map_lock) at `loc`. */
export function mapPte(m: MmModel, tid: number, table: number, loc: CallSite): void {
  mapsOf(m, tid).push({ table, site: site(loc), depth: -1 });
}

/**
 * Thread `tid` unmapped a pointer into `table` (pte_unmap, pte_unmap_unlock): the latest map of
 * that table by the thread ends. Without one, the unmap is unbalanced (a finding).
 */
export function unmapPte(m: MmModel, tid: number, table: number, loc: CallSite, fn: string): void {
  const list = m.pteMaps?.[tid];
  if (list) {
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].table === table) {
        list.splice(i, 1);
        if (!list.length) delete m.pteMaps![tid];
        return;
      }
    }
  }
  report(m, `${fn} at ${site(loc)}: thread ${tid} has not mapped this pte table (pte_offset_map); the unmap is unbalanced (since 6.5 an rcu_read_unlock without its lock)`);
}

/**
 * After a statement of `tid` that began in a frame `depth0` deep and left the thread `depth`
 * frames deep (`owner(d)`: the function of the frame d deep): maps made by the statement belong
 * to that frame. A frame that returned with one hands it to its caller when it returns a
 * `pte_t *` (the pointer it returns is into that table); otherwise the map is reported and
 * dropped (once).
 */
export function checkPteMaps(m: MmModel, tid: number, depth0: number, depth: number, owner: (d: number) => MapOwner | undefined): void {
  const list = m.pteMaps?.[tid];
  if (!list || !list.length) return;
  let k = 0;
  for (const e of list) {
    if (e.depth < 0) {
      const o = owner(depth0);
      e.depth = depth0;
      e.fn = o?.name;
      e.handsOver = o?.returnsPte === true;
    }
    if (e.depth > depth && e.handsOver && depth > 0) {
      const o = owner(depth);
      e.depth = depth;
      e.fn = o?.name;
      e.handsOver = o?.returnsPte === true;
    }
    if (e.depth > depth) {
      report(
        m,
        `${e.fn ?? 'a function'} returned with the pte table it mapped at ${e.site} still mapped (no pte_unmap): since 6.5 that leaves an RCU read-side section open, on HIGHPTE a kmap leaks`,
      );
      continue;
    }
    list[k++] = e;
  }
  list.length = k;
  if (!k) delete m.pteMaps![tid];
}

/**
 * Would checkPteMaps do nothing now? True when every map of `tid` already belongs to a frame
 * and none is deeper than `depth` (a loop under pte_offset_map_lock: every statement of it).
 */
export function pteMapsSettled(m: MmModel, tid: number, depth: number): boolean {
  const list = m.pteMaps?.[tid];
  if (!list) return true;
  for (let i = 0; i < list.length; i++) {
    const d = list[i].depth;
    if (d < 0 || d > depth) return false;
  }
  return list.length !== 0;
}

/** Maps still held, as leak problems at the end of the run (mm_check_quiescent). */
export function pteMapProblems(m: MmModel): string[] {
  const out: string[] = [];
  for (const [tid, list] of Object.entries(m.pteMaps ?? {})) {
    for (const e of list) out.push(`thread ${tid} still has the pte table it mapped at ${e.site} mapped (no pte_unmap)`);
  }
  return out;
}
