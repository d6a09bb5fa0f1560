// Invariants of the model, checked by the simulation after every step. Each is switchable
// (model.invariants[name] = false) and becomes a debugger exception filter.
//
// The kernel updates a pte and the page's counters in separate statements under the page-table
// lock (ptep_get_and_clear ... page_remove_rmap ... put_page), so in between the counters
// legitimately disagree with the tables. A page whose pte or rmap was changed inside a PTL
// critical section that is still open is "in flux" and exempt until that PTL is released
// (see markFlux in natives/util.ts). Everything else must hold at every step.
//
// The check is incremental: it only looks at pages and virtual pages touched since the previous
// check (writeEntryRaw and every page native record them), so its cost per statement does not
// grow with the size of the range. What is exempt now (in flux) stays touched for the next check.
// `currentViolations` does the full check (for state views and tests).

import { ptesNaming, pteAt, pteTableFor } from './pgtable';
import { decodePte, ptePfnField, ptePresent, _PAGE_RW } from './pte';
import { cachedContent } from './cache';
import type { MmModel, PageState } from './state';
import { hexAddr, NO_TID } from './state';

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
  { name: 'leak', description: 'at the end (mm_check_quiescent) no page lock, spinlock or reference is left behind' },
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

/** Is `pfn` exempt right now (changed under a PTL that is still held)? */
function inFlux(m: MmModel, pfn: number): boolean {
  for (const list of Object.values(m.held)) {
    for (const id of list) {
      const o = m.objs[id];
      if (o && o.kind === 'spinlock' && o.flux.includes(pfn)) return true;
    }
  }
  return false;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

function pageRefs(p: PageState): number {
  return p.mapcount + p.pins + (p.lru === 'isolated' || p.lru === 'batch' ? 1 : 0);
}

/** Violations of one page's counters and entries. */
function checkPage(m: MmModel, p: PageState, out: Violation[]): void {
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
  const v = pteAt(m, pid, addr);
  const d = decodePte(v);
  if (d.kind === 'none') return { content: undefined, kind: 'none' };
  if (d.kind === 'swap' || d.pfn === undefined) return { unknown: true, kind: d.kind };
  const page = m.pages[d.pfn];
  if (!page) return { unknown: true, kind: d.kind };
  // a store still in a virtually indexed cache line over this frame is what the CPU reads
  const cached = m.cache === 'vivt' ? cachedContent(m, pid, addr, d.pfn) : undefined;
  return { content: cached ?? page.content, kind: d.kind };
}

/** The PTL of the table mapping (pid, addr) if some thread holds it. */
function heldPtl(m: MmModel, pid: number, addr: number) {
  const t = pteTableFor(m, pid, addr);
  if (!t) return undefined;
  const o = m.objs[t.ptl];
  return o && o.kind === 'spinlock' && o.holder !== NO_TID ? o : undefined;
}

/**
 * Lost-write check of one virtual page. While its PTL is held the pte may legitimately be in
 * transition: the check is deferred to the lock's release (see releasePtlFlux).
 */
function checkWritten(m: MmModel, key: string, out: Violation[], defer: boolean): void {
  const want = m.written[key];
  if (want === undefined || !isEnabled(m, 'lost-write')) return;
  const [pid, addr] = key.split(':').map(Number);
  const ptl = heldPtl(m, pid, addr);
  if (ptl) {
    if (defer) (ptl.fluxVa ??= []).push(key);
    return;
  }
  const got = contentAt(m, pid, addr);
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
  for (const pfn of o.flux) m.touched[pfn] = true;
  for (const k of o.fluxVa ?? []) m.touchedVa[k] = true;
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

/**
 * Incremental check, run by the simulation after every statement: pages and virtual pages
 * touched since the last call, the TLBs, and violations natives reported.
 */
export function checkInvariants(m: MmModel): Violation[] {
  if (m.touchedAll) {
    const pending = m.pending.filter((v) => isEnabled(m, v.invariant));
    m.touchedAll = false;
    m.touched = {};
    m.touchedVa = {};
    m.pending = [];
    return [...pending, ...currentViolations(m)];
  }
  const out: Violation[] = [];
  if (m.pending.length) {
    out.push(...m.pending.filter((v) => isEnabled(m, v.invariant)));
    m.pending = [];
  }
  // Pages in flux are skipped: releasing their PTL marks them touched again.
  let freed: Set<number> | undefined;
  if (hasKeys(m.touched)) {
    const touched = m.touched;
    m.touched = {};
    // Usually one or two pages were touched: look each up in the held locks' flux lists
    // rather than building the whole set of pages in flux at every step.
    const locked = hasKeys(m.held);
    for (const k in touched) {
      const pfn = Number(k);
      if (locked && inFlux(m, pfn)) continue;
      const p = m.pages[pfn];
      if (!p) continue;
      if (p.freed) (freed ??= new Set()).add(pfn);
      checkPage(m, p, out);
    }
  }
  if (hasKeys(m.touchedVa)) {
    const vas = m.touchedVa;
    m.touchedVa = {};
    for (const k in vas) checkWritten(m, k, out, true);
  }
  if (freed) checkTlbs(m, out, freed);
  return out;
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
    if (p.locked) problems.push(`page pfn ${hex(p.pfn)} is still locked`);
    const expected = p.mapcount + p.pins + p.extraRefs + (p.lru === 'batch' || p.lru === 'isolated' ? 1 : 0);
    if (p.refcount !== expected) {
      problems.push(`page pfn ${hex(p.pfn)} has refcount ${p.refcount}, but its mappings, pins and LRU account for ${expected}`);
    }
    if (p.lru === 'isolated') problems.push(`page pfn ${hex(p.pfn)} is still isolated from the LRU`);
  }
  for (const [id, o] of Object.entries(m.objs)) {
    if (o.kind === 'spinlock' && o.holder !== NO_TID) problems.push(`${o.name} is still held by thread ${o.holder} (object ${id})`);
  }
  for (const mm of Object.values(m.mms)) {
    if (mm.mmapLock.writer !== NO_TID || mm.mmapLock.readers.length) problems.push(`the mmap lock of pid ${mm.pid} is still held`);
    if (mm.notifierRanges.length) problems.push(`pid ${mm.pid} has an MMU-notifier range without range_end`);
  }
  for (const [tid, d] of Object.entries(m.lazyMmu)) if (d) problems.push(`thread ${tid} is still in lazy-MMU mode`);
  return problems;
}

/** The leak invariant as violations (empty when switched off). */
export function checkQuiescent(m: MmModel): Violation[] {
  if (!isEnabled(m, 'leak')) return [];
  return quiescentProblems(m).map((message) => ({ invariant: 'leak', message }));
}
