// Invariants of the model, checked by the simulation after every step. Each is switchable
// (model.invariants[name] = false) and becomes a debugger exception filter.
//
// The kernel updates a pte and the page's counters in separate statements under the page-table
// lock (ptep_get_and_clear ... page_remove_rmap ... put_page), so in between the counters
// legitimately disagree with the tables. A page whose pte or rmap was changed inside a PTL
// critical section that is still open is "in flux" and exempt until that PTL is released
// (see markFlux in natives/util.ts). Everything else must hold at every step.
//
// The check is incremental: it only looks at the pages and virtual pages a statement touched
// (the dirty set of dirty.ts, marked by writeEntryRaw and every page native), so its cost per
// statement does not grow with the size of the range, and it builds no text unless something
// is wrong. A page exempt now (in flux) is marked again when its PTL is released.
// `currentViolations` does the full check (for state views and tests).

import { ptesNaming, pteAt, pteTableFor, readEntryRaw } from './pgtable';
import { decodePte, ptePfnField, ptePresent, SWP_TYPE_SHIFT, _PAGE_PRESENT, _PAGE_RW } from './pte';
import { clearDirty, dirtyOf, emptyList, touchPage, touchVa } from './dirty';
import { cachedContent } from './cache';
import type { MmModel, PageState } from './state';
import { EXTERNAL_TID, hexAddr, NO_TID, tableIndex, ZERO_PFN } from './state';
import { pteMapProblems } from './pte-maps';
import { isHugeZeroPfn } from './huge';

export interface Violation {
  invariant: string;
  message: string;
  /** State keys (as in StateView.changed: page:<pfn>, pte:<pid>:<addr>, tlb:<cpu>:<pid>:<addr>) of what it is about. */
  culprits?: string[];
  /** The statement that broke it (set by the scheduler). */
  at?: { file: string; line: number; column: number };
}

function pteKey(pid: number, addr: number): string {
  return `pte:${pid}:${hexAddr(addr)}`;
}

export interface InvariantInfo {
  name: string;
  description: string;
}

export const INVARIANTS: InvariantInfo[] = [
  { name: 'mapcount', description: 'mapcount equals the number of ptes (present, device-private or device-exclusive) that map the page' },
  { name: 'refcount', description: 'refcount covers mapcount + GUP pins + the LRU batch / isolation reference' },
  { name: 'migration-entry-locked', description: 'every migration entry points at a locked page' },
  { name: 'freed-page-referenced', description: 'no pte or TLB entry points at a freed page' },
  { name: 'lost-write', description: 'every virtual page a CPU wrote still reads the last value written there' },
  { name: 'stale-tlb-use', description: 'no CPU access goes through a TLB entry the page table no longer backs' },
  { name: 'deadlock', description: 'no cycle of threads each sleeping on a lock another one holds' },
  { name: 'leak', description: 'at the end (mm_check_quiescent) no page lock, spinlock or reference is left behind; no function returns with a pte table it mapped (pte_offset_map) still mapped' },
];

export function isEnabled(m: MmModel, name: string): boolean {
  return m.invariants[name] !== false;
}

export function setInvariant(m: MmModel, name: string, enabled: boolean): void {
  if (!INVARIANTS.some((i) => i.name === name)) throw new Error(`unknown invariant '${name}'`);
  m.invariants[name] = enabled;
  // What is (no longer) reported changed: look at everything again at the next check.
  m.touchedAll = true;
}

/** Report a violation found inside a native (stale TLB use, deadlock, leak). */
export function reportViolation(m: MmModel, invariant: string, message: string): void {
  if (isEnabled(m, invariant)) m.pending.push({ invariant, message });
}

/** pfns exempt from the counter checks right now (changed under a PTL still held). */
export function pagesInFlux(m: MmModel): Set<number> {
  const s = new Set<number>();
  for (const list of Object.values(m.held)) {
    for (const id of list) {
      const o = m.objs[id];
      if (o && o.kind === 'spinlock') for (const pfn of o.flux) s.add(pfn);
    }
  }
  return s;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

function pageRefs(p: PageState): number {
  return p.mapcount + p.pins + (p.lru === 'isolated' || p.lru === 'batch' ? 1 : 0);
}

/** What kind of entry a pte value is, as decodePte names it, without decoding its bits. */
function entryKind(v: bigint): 'none' | 'present' | 'migration' | 'device-private' | 'device-exclusive' | 'swap' {
  if (v === 0n) return 'none';
  if ((v & _PAGE_PRESENT) !== 0n) return 'present';
  const type = Number(v >> SWP_TYPE_SHIFT) & 31;
  if (type === 27 || type === 28 || type === 29) return 'migration';
  if (type === 24 || type === 25) return 'device-private';
  if (type === 26) return 'device-exclusive';
  return 'swap';
}

/** Violations of one page's counters and entries. */
function checkPage(m: MmModel, p: PageState, out: Violation[]): void {
  // The shared zero page is mapped by special ptes (vm_normal_page: no page), which never touch
  // its mapcount or refcount; its struct page exists only for drivers that look it up by pfn.
  if (p.pfn === ZERO_PFN || isHugeZeroPfn(m, p.pfn)) return;
  // First count, without building any text: usually every counter agrees with the tables.
  const keys = m.ptesOf[p.pfn];
  let mappers = 0;
  let migration = 0;
  if (keys) {
    for (let i = 0; i < keys.length; i++) {
      const v = entryOfKey(m, keys[i]);
      if (v === undefined) continue;
      const kind = entryKind(v);
      if (kind === 'present' || kind === 'device-private' || kind === 'device-exclusive') mappers++;
      else if (kind === 'migration') migration++;
    }
  }
  const referenced = p.freed && keys !== undefined && keys.length > 0 && isEnabled(m, 'freed-page-referenced');
  const badMapcount = !p.freed && mappers !== p.mapcount && isEnabled(m, 'mapcount');
  const badRefcount = !p.freed && p.refcount < pageRefs(p) && isEnabled(m, 'refcount');
  const badMigration = !p.freed && migration > 0 && !p.locked && isEnabled(m, 'migration-entry-locked');
  if (referenced || badMapcount || badRefcount || badMigration) describePage(m, p, out);
}

/** The pte value a ptesOf key ("tableId:index") names, parsed without allocating. */
function entryOfKey(m: MmModel, key: string): bigint | undefined {
  let id = 0;
  let i = 0;
  for (; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 58) break;
    id = id * 10 + (c - 48);
  }
  let idx = 0;
  for (i++; i < key.length; i++) idx = idx * 10 + (key.charCodeAt(i) - 48);
  const t = m.tables[id];
  return t ? t.entries[idx] ?? 0n : undefined;
}

/** The violations of a page checkPage found something wrong with, with their messages. */
function describePage(m: MmModel, p: PageState, out: Violation[]): void {
  const mappers: string[] = [];
  const migration: string[] = [];
  const page = `page:${p.pfn}`;
  const mapperKeys: string[] = [];
  const migrationKeys: string[] = [];
  for (const s of ptesNaming(m, p.pfn)) {
    const d = decodePte(s.value);
    const where = `pid ${s.table.pid} ${hex(s.addr)}`;
    const key = pteKey(s.table.pid, s.addr);
    if (d.kind === 'present' || d.kind === 'device-private' || d.kind === 'device-exclusive') (mappers.push(where), mapperKeys.push(key));
    if (d.kind === 'migration') (migration.push(where), migrationKeys.push(key));
    if (p.freed && isEnabled(m, 'freed-page-referenced')) {
      out.push({ invariant: 'freed-page-referenced', message: `${d.kind} pte at ${where} points at freed page pfn ${hex(p.pfn)}`, culprits: [key, page] });
    }
  }
  if (p.freed) return;
  if (isEnabled(m, 'mapcount') && mappers.length !== p.mapcount) {
    out.push({
      invariant: 'mapcount',
      message: `page pfn ${hex(p.pfn)}: mapcount is ${p.mapcount} but ${mappers.length} pte(s) map it${mappers.length ? ` (${mappers.join(', ')})` : ''}`,
      culprits: [page, ...mapperKeys],
    });
  }
  if (isEnabled(m, 'refcount') && p.refcount < pageRefs(p)) {
    out.push({
      invariant: 'refcount',
      message: `page pfn ${hex(p.pfn)}: refcount ${p.refcount} is below mapcount ${p.mapcount} + pins ${p.pins}${p.lru === 'isolated' || p.lru === 'batch' ? ` + 1 (${p.lru})` : ''}`,
      culprits: [page],
    });
  }
  if (migration.length && !p.locked && isEnabled(m, 'migration-entry-locked')) {
    out.push({
      invariant: 'migration-entry-locked',
      message: `page pfn ${hex(p.pfn)} is unlocked but migration entries still point at it (${migration.join(', ')}): a CPU fault there would wait for an unlock that already happened`,
      culprits: [page, ...migrationKeys],
    });
  }
}

/** What a CPU reading (pid, addr) would see, or undefined if it cannot be told (swap). */
export function contentAt(m: MmModel, pid: number, addr: number): { content?: string; unknown?: boolean; kind: string } {
  return contentOf(m, pid, addr, pteAt(m, pid, addr));
}

/** contentAt, given the pte value at (pid, addr). */
function contentOf(m: MmModel, pid: number, addr: number, v: bigint): { content?: string; unknown?: boolean; kind: string } {
  const d = decodePte(v);
  if (d.kind === 'none') return { content: undefined, kind: 'none' };
  if (d.kind === 'swap' || d.pfn === undefined) return { unknown: true, kind: d.kind };
  const page = m.pages[d.pfn];
  if (!page) return { unknown: true, kind: d.kind };
  // a store still in a virtually indexed cache line over this frame is what the CPU reads
  const cached = m.cache === 'vivt' ? cachedContent(m, pid, addr, d.pfn) : undefined;
  return { content: cached ?? page.content, kind: d.kind };
}

/**
 * Lost-write check of one virtual page. While its PTL is held the pte may legitimately be in
 * transition: the check is deferred to the lock's release (see releasePtlFlux).
 */
function checkWritten(m: MmModel, key: string, out: Violation[], defer: boolean): void {
  const want = m.written[key];
  if (want === undefined || !isEnabled(m, 'lost-write')) return;
  const colon = key.indexOf(':');
  const pid = Number(key.slice(0, colon));
  const addr = Number(key.slice(colon + 1));
  // One walk for both the PTL and the pte (contentAt's reading, from the table found here).
  const t = pteTableFor(m, pid, addr);
  if (t) {
    const o = m.objs[t.ptl];
    if (o && o.kind === 'spinlock' && o.holder !== NO_TID) {
      if (defer) (o.fluxVa ??= []).push(key);
      return;
    }
  }
  const got = contentOf(m, pid, addr, t ? readEntryRaw(t, tableIndex(1, addr)) : 0n);
  if (got.unknown) return;
  if (got.content !== want) {
    out.push({
      invariant: 'lost-write',
      message: `pid ${pid} ${hex(addr)} last wrote "${want}" but now reads ${got.content === undefined ? 'zeroes (no page is mapped)' : `"${got.content}"`} (${got.kind} pte)`,
      culprits: [pteKey(pid, addr)],
    });
  }
}

/** A PTL is released: what was exempt while it was held is checked at the next step. */
export function releasePtlFlux(m: MmModel, o: { flux: number[]; fluxVa?: string[] }): void {
  for (const pfn of o.flux) touchPage(m, pfn);
  for (const k of o.fluxVa ?? []) touchVa(m, k);
  o.flux = [];
  o.fluxVa = [];
}

/** TLB entries naming freed pages; only pages in `freed` (or all, if undefined) are looked at. */
function checkTlbs(m: MmModel, out: Violation[], freed?: Set<number>): void {
  if (!isEnabled(m, 'freed-page-referenced')) return;
  if (freed && freed.size === 0) return;
  m.tlbs.forEach((tlb, cpu) => {
    for (const e of tlb) {
      if (freed && !freed.has(e.pfn)) continue;
      const page = m.pages[e.pfn];
      if (page?.freed) {
        out.push({
          invariant: 'freed-page-referenced',
          message: `CPU ${cpu} TLB still translates pid ${e.pid} ${hex(e.vaddr)} to freed page pfn ${hex(e.pfn)}`,
          culprits: [`tlb:${cpu}:${e.pid}:${hexAddr(e.vaddr)}`, `page:${e.pfn}`],
        });
      }
    }
  });
}

const NONE: Violation[] = [];
/** Scratch list of the spinlocks held with pages in flux, refilled at each check (no allocation). */
const fluxLocks: { flux: number[] }[] = [];
/** Scratch list the check collects into; copied out only when something is wrong. */
const found: Violation[] = [];
/** Scratch set of the freed pages among the touched ones (for the TLB check). */
const freedTouched = new Set<number>();

/**
 * Incremental check, run by the simulation after every statement: the pages and virtual pages
 * of the dirty set (dirty.ts), the TLB entries naming a touched page that is freed, and the
 * violations natives reported. Pages are looked at in pfn order, then virtual pages in the order
 * they were touched. Returns a shared empty list when nothing is wrong (do not modify it); a
 * statement that breaks nothing allocates nothing here.
 */
export function checkInvariants(m: MmModel): Violation[] {
  const d = dirtyOf(m);
  if (m.touchedAll) {
    const pending = m.pending.filter((v) => isEnabled(m, v.invariant));
    clearDirty(m);
    m.pending = [];
    return [...pending, ...currentViolations(m)];
  }
  const out = found;
  // (Left over only if a check threw half-way.)
  emptyList(out);
  if (freedTouched.size) freedTouched.clear();
  if (m.pending.length) {
    for (const v of m.pending) if (isEnabled(m, v.invariant)) out.push(v);
    m.pending = [];
  }
  // Marks made on the model's own objects by code outside the write paths of src/mm.
  if (hasKeys(m.touched)) {
    for (const k in m.touched) d.pages.push(Number(k));
    m.touched = {};
  }
  if (hasKeys(m.touchedVa)) {
    for (const k in m.touchedVa) d.vas.push(k);
    m.touchedVa = {};
  }
  // Pages in flux are skipped: releasing their PTL marks them touched again.
  const pages = d.pages;
  if (pages.length) {
    if (pages.length > 1) sortPfns(pages);
    collectFluxLocks(m);
    for (let i = 0; i < pages.length; i++) {
      const pfn = pages[i];
      if (i > 0 && pages[i - 1] === pfn) continue;
      if (fluxLocks.length && inFlux(pfn)) continue;
      const p = m.pages[pfn];
      if (!p) continue;
      if (p.freed) freedTouched.add(pfn);
      checkPage(m, p, out);
    }
    emptyList(pages);
    emptyList(fluxLocks);
  }
  const vas = d.vas;
  if (vas.length) {
    for (let i = 0; i < vas.length; i++) {
      const k = vas[i];
      if (i > 0 && vas.lastIndexOf(k, i - 1) >= 0) continue;
      checkWritten(m, k, out, true);
    }
    emptyList(vas);
  }
  if (freedTouched.size) {
    checkTlbs(m, out, freedTouched);
    freedTouched.clear();
  }
  if (!out.length) return NONE;
  const r = out.slice();
  emptyList(out);
  return r;
}

/** Sort pfns ascending in place: insertion sort for the few a statement touches (Array.prototype.sort allocates). */
function sortPfns(a: number[]): void {
  if (a.length > 32) {
    a.sort(byNumber);
    return;
  }
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    for (; j >= 0 && a[j] > x; j--) a[j + 1] = a[j];
    a[j + 1] = x;
  }
}

function byNumber(x: number, y: number): number {
  return x - y;
}

/** Fill fluxLocks with the held spinlocks that have pages in flux. */
function collectFluxLocks(m: MmModel): void {
  emptyList(fluxLocks);
  const held = m.held;
  for (const tid in held) {
    const list = held[tid];
    for (let i = 0; i < list.length; i++) {
      const o = m.objs[list[i]];
      if (o && o.kind === 'spinlock' && o.flux.length) fluxLocks.push(o);
    }
  }
}

/** Is `pfn` exempt right now (changed under a PTL that is still held)? Uses fluxLocks. */
function inFlux(pfn: number): boolean {
  for (let i = 0; i < fluxLocks.length; i++) if (fluxLocks[i].flux.includes(pfn)) return true;
  return false;
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** The full check over the whole model (does not consume the touched sets). */
export function currentViolations(m: MmModel): Violation[] {
  const out: Violation[] = [];
  const flux = pagesInFlux(m);
  for (const key of Object.keys(m.pages)) {
    const p = m.pages[Number(key)];
    if (flux.has(p.pfn)) continue;
    checkPage(m, p, out);
  }
  for (const k of Object.keys(m.written)) checkWritten(m, k, out, false);
  checkTlbs(m, out);
  return out;
}

/** True if the cached translation no longer matches the page table (a stale TLB entry). */
export function isTlbStale(m: MmModel, e: { pid: number; vaddr: number; pfn: number; write: boolean }): boolean {
  const pte = pteAt(m, e.pid, e.vaddr);
  if (!ptePresent(pte)) return true;
  if (ptePfnField(pte) !== e.pfn) return true;
  return e.write && (pte & _PAGE_RW) === 0n;
}

/**
 * What a finished run must not leave behind: page locks, isolated pages, references that no
 * mapping, pin, LRU batch or declared holder explains, spinlocks, mmap locks, open
 * MMU-notifier ranges, lazy-MMU sections. Used by the mm_check_quiescent native; the
 * simulation may also call checkQuiescent at the end of a run.
 */
export function quiescentProblems(m: MmModel): string[] {
  const problems: string[] = [];
  for (const p of Object.values(m.pages)) {
    if (p.freed) continue;
    // Locked or isolated from outside the scenario (its initial state): not this run's to release.
    if (p.locked && p.lockOwner !== EXTERNAL_TID) problems.push(`page pfn ${hex(p.pfn)} is still locked`);
    const expected = p.mapcount + p.pins + p.extraRefs + (p.lru === 'batch' || p.lru === 'isolated' ? 1 : 0);
    if (p.refcount !== expected) {
      problems.push(`page pfn ${hex(p.pfn)} has refcount ${p.refcount}, but its mappings, pins and LRU account for ${expected}`);
    }
    if (p.lru === 'isolated' && p.isolatedBy !== EXTERNAL_TID) problems.push(`page pfn ${hex(p.pfn)} is still isolated from the LRU`);
  }
  for (const [id, o] of Object.entries(m.objs)) {
    if (o.kind === 'spinlock' && o.holder !== NO_TID) problems.push(`${o.name} is still held by thread ${o.holder} (object ${id})`);
  }
  for (const mm of Object.values(m.mms)) {
    if (mm.mmapLock.writer !== NO_TID || mm.mmapLock.readers.length) problems.push(`the mmap lock of pid ${mm.pid} is still held`);
    if (mm.notifierRanges.length) problems.push(`pid ${mm.pid} has an MMU-notifier range without range_end`);
  }
  for (const [tid, d] of Object.entries(m.lazyMmu)) if (d) problems.push(`thread ${tid} is still in lazy-MMU mode`);
  problems.push(...pteMapProblems(m));
  return problems;
}

/** The leak invariant as violations (empty when switched off). */
export function checkQuiescent(m: MmModel): Violation[] {
  if (!isEnabled(m, 'leak')) return [];
  return quiescentProblems(m).map((message) => ({ invariant: 'leak', message }));
}
