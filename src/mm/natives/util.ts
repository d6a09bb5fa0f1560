// Argument checking and shared bookkeeping for the native kernel primitives. Every native
// validates what C hands it (a NULL page, a freed page, a pte pointer outside its table, a lock
// the caller does not hold) and stops the program with a SimFault naming the native, instead of
// letting the model drift into a state the kernel could never reach.

import { SimFault, type FaultKind, type NativeCtx } from '../../c/native';
import { isPtr, type Ptr, type Value } from '../../c/value';
import { entryPfnOf } from '../pte';
import { PTRS_PER_TABLE, type MmModel, type MmState, type PageState, type PageTable, type VmaState, vmaByObj, mmByObj } from '../state';
import { touchPage } from '../dirty';

export function fault(kind: FaultKind, message: string): never {
  throw new SimFault(kind, message);
}

export const bool = (b: boolean): bigint => (b ? 1n : 0n);

export function hexn(n: number): string {
  return '0x' + n.toString(16);
}

export function argInt(fn: string, args: Value[], i: number): bigint {
  const v = args[i];
  if (typeof v === 'bigint') return v;
  if (v === undefined) fault('bad-call', `${fn}: missing argument ${i + 1}`);
  fault('bad-call', `${fn}: argument ${i + 1} must be an integer`);
}

export function argNum(fn: string, args: Value[], i: number): number {
  return Number(BigInt.asUintN(64, argInt(fn, args, i)));
}

export function argPtr(fn: string, args: Value[], i: number): Ptr {
  const v = args[i];
  if (v !== undefined && isPtr(v)) return v;
  if (v === 0n) return { t: 'p', s: 'null', b: 0, i: 0 };
  fault('bad-call', `${fn}: argument ${i + 1} must be a pointer`);
}

/** A `struct page *` argument that names a live page. */
export function argPage(m: MmModel, fn: string, args: Value[], i: number, allowFreed = false): PageState {
  const page = argPageRead(m, fn, args, i, allowFreed);
  // Any native handed a page may change it: re-check it at the next invariant check.
  touchPage(m, page.pfn);
  return page;
}

/**
 * argPage for natives that only read the page (page_folio, folio_test_anon, page_to_pfn ...):
 * they change nothing an invariant looks at, so the page is not marked for the next check (a
 * third of the migration's statements call one; each mark costs a page check).
 */
export function argPageRead(m: MmModel, fn: string, args: Value[], i: number, allowFreed = false): PageState {
  const p = argPtr(fn, args, i);
  if (p.s === 'null') fault('null-deref', `${fn}: NULL page`);
  if (p.s !== 'page') fault('bad-call', `${fn}: argument ${i + 1} is not a struct page pointer`);
  const page = m.pages[p.b];
  if (!page) fault('model', `${fn}: no struct page for pfn ${hexn(p.b)}`);
  if (page.freed && !allowFreed && !page.freeing) fault('use-after-free', `${fn}: page pfn ${hexn(page.pfn)} has been freed`);
  return page;
}

export function argVma(m: MmModel, fn: string, args: Value[], i: number): { mm: MmState; vma: VmaState } {
  const p = argPtr(fn, args, i);
  if (p.s === 'null') fault('null-deref', `${fn}: NULL vma`);
  const r = p.s === 'obj' ? vmaByObj(m, p.b) : undefined;
  if (!r) fault('bad-call', `${fn}: argument ${i + 1} is not a vm_area_struct`);
  return r;
}

export function argMm(m: MmModel, fn: string, args: Value[], i: number): MmState {
  const p = argPtr(fn, args, i);
  if (p.s === 'null') fault('null-deref', `${fn}: NULL mm`);
  const mm = p.s === 'obj' ? mmByObj(m, p.b) : undefined;
  if (!mm) fault('bad-call', `${fn}: argument ${i + 1} is not an mm_struct`);
  return mm;
}

/** A pointer to an entry of a page table at `level` (1 = pte), inside the table's bounds. */
export function argEntry(m: MmModel, fn: string, args: Value[], i: number, level: number): { table: PageTable; index: number } {
  const p = argPtr(fn, args, i);
  if (p.s === 'null') fault('null-deref', `${fn}: NULL ${levelName(level)} pointer`);
  const t = p.s === 'pt' ? m.tables[p.b] : undefined;
  if (!t) fault('bad-call', `${fn}: argument ${i + 1} is not a page-table entry pointer`);
  if (t.level !== level) {
    fault('bad-call', `${fn}: argument ${i + 1} points into a ${levelName(t.level)} table, expected a ${levelName(level)} table`);
  }
  if (!Number.isInteger(p.i) || p.i < 0 || p.i >= PTRS_PER_TABLE) {
    fault('out-of-bounds', `${fn}: ${levelName(level)} pointer index ${p.i} is outside its table (0..${PTRS_PER_TABLE - 1})`);
  }
  return { table: t, index: p.i };
}

export function levelName(level: number): string {
  return ['?', 'pte', 'pmd', 'pud', 'pgd'][level] ?? '?';
}

/** Spinlock object ids held by the calling thread. */
export function heldBy(m: MmModel, tid: number): number[] {
  return m.held[tid] ?? [];
}

/** might_sleep(): a thread holding a spinlock must not sleep. */
export function mightSleep(m: MmModel, ctx: NativeCtx, fn: string): void {
  const held = heldBy(m, ctx.tid);
  if (held.length === 0) return;
  const names = held.map((id) => {
    const o = m.objs[id];
    return o && o.kind === 'spinlock' ? o.name : `lock ${id}`;
  });
  fault('sleep-in-atomic', `${fn} may sleep, but this thread holds spinlock ${names.join(', ')}`);
}

/**
 * Record that `pfn`'s pte/rmap state was changed inside the critical section of the PTL the
 * caller holds most recently. The mapcount invariant skips such pages until the PTL is
 * released: the kernel updates pte and mapcount in two steps under that lock.
 */
export function markFlux(m: MmModel, tid: number, pfn: number | undefined): void {
  if (pfn === undefined) return;
  const held = heldBy(m, tid);
  for (let k = held.length - 1; k >= 0; k--) {
    const o = m.objs[held[k]];
    if (o && o.kind === 'spinlock' && o.table >= 0) {
      if (!o.flux.includes(pfn)) o.flux.push(pfn);
      return;
    }
  }
}

/** The pfn a pte value refers to (present, migration, device entries), for flux marking. */
export function pfnOfEntry(v: bigint): number | undefined {
  return entryPfnOf(v);
}

export function pageName(p: PageState): string {
  return `page pfn ${hexn(p.pfn)}`;
}

/** Short state summary of a page, for describe() and messages. */
export function pageSummary(p: PageState): string {
  const parts = [`ref ${p.refcount}`, `map ${p.mapcount}`];
  if (p.locked) parts.push('locked');
  if (p.lru !== 'none') parts.push(p.lru);
  if (p.pins) parts.push(`pins ${p.pins}`);
  if (p.freed) parts.push('FREED');
  return `${pageName(p)} (${parts.join(', ')})`;
}

/** addr rounded down to its page (JS bit operators are 32-bit: never `addr & ~0xfff`). */
export function pageDown(addr: number): number {
  return Math.floor(addr / 4096) * 4096;
}
