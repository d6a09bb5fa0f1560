// Invariants of the model, checked by the simulation after every step. Each is switchable
// (model.invariants[name] = false) and becomes a debugger exception filter.
//
// The kernel updates a pte and the page's counters in separate statements under the page-table
// lock (ptep_get_and_clear ... page_remove_rmap ... put_page), so in between the counters
// legitimately disagree with the tables. A page whose pte or rmap was changed inside a PTL
// critical section that is still open is "in flux" and exempt until that PTL is released
// (see markFlux in natives/util.ts). Everything else must hold at every step.

import { allPtes } from './pgtable';
import { decodePte, ptePfnField, ptePresent, _PAGE_RW } from './pte';
import type { MmModel, PageState } from './state';
import { pteAt } from './pgtable';

export interface Violation {
  invariant: string;
  message: string;
}

export interface InvariantInfo {
  name: string;
  description: string;
}

export const INVARIANTS: InvariantInfo[] = [
  { name: 'mapcount', description: 'mapcount equals the number of ptes (present or device-private) that map the page' },
  { name: 'refcount', description: 'refcount covers mapcount + GUP pins + the LRU batch / isolation reference' },
  { name: 'migration-entry-locked', description: 'every migration entry points at a locked page' },
  { name: 'freed-page-referenced', description: 'no pte or TLB entry points at a freed page' },
];

export function isEnabled(m: MmModel, name: string): boolean {
  return m.invariants[name] !== false;
}

export function setInvariant(m: MmModel, name: string, enabled: boolean): void {
  if (!INVARIANTS.some((i) => i.name === name)) throw new Error(`unknown invariant '${name}'`);
  m.invariants[name] = enabled;
}

/** pfns exempt from the counter checks right now (changed under a PTL still held). */
export function pagesInFlux(m: MmModel): Set<number> {
  const s = new Set<number>();
  for (const o of Object.values(m.objs)) {
    if (o.kind === 'spinlock' && o.holder >= 0) for (const pfn of o.flux) s.add(pfn);
  }
  return s;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

function pageRefs(p: PageState): number {
  return p.mapcount + p.pins + (p.lru === 'isolated' || p.lru === 'batch' ? 1 : 0);
}

export function checkInvariants(m: MmModel): Violation[] {
  const out: Violation[] = [];
  const flux = pagesInFlux(m);
  const mappers: Record<number, string[]> = {};
  const migrationAt: Record<number, string[]> = {};
  for (const slot of allPtes(m)) {
    const d = decodePte(slot.value);
    if (d.pfn === undefined) continue;
    const where = `pid ${slot.table.pid} ${hex(slot.addr)}`;
    if (d.kind === 'present' || d.kind === 'device-private') (mappers[d.pfn] ??= []).push(where);
    if (d.kind === 'migration') (migrationAt[d.pfn] ??= []).push(where);
    const page = m.pages[d.pfn];
    if (page?.freed && isEnabled(m, 'freed-page-referenced')) {
      out.push({ invariant: 'freed-page-referenced', message: `${d.kind} pte at ${where} points at freed page pfn ${hex(d.pfn)}` });
    }
  }

  for (const key of Object.keys(m.pages)) {
    const p = m.pages[Number(key)];
    if (p.freed || flux.has(p.pfn)) continue;
    const maps = mappers[p.pfn] ?? [];
    if (isEnabled(m, 'mapcount') && maps.length !== p.mapcount) {
      out.push({
        invariant: 'mapcount',
        message: `page pfn ${hex(p.pfn)}: mapcount is ${p.mapcount} but ${maps.length} pte(s) map it${maps.length ? ` (${maps.join(', ')})` : ''}`,
      });
    }
    if (isEnabled(m, 'refcount') && p.refcount < pageRefs(p)) {
      out.push({
        invariant: 'refcount',
        message: `page pfn ${hex(p.pfn)}: refcount ${p.refcount} is below mapcount ${p.mapcount} + pins ${p.pins}${p.lru === 'isolated' || p.lru === 'batch' ? ` + 1 (${p.lru})` : ''}`,
      });
    }
    const mig = migrationAt[p.pfn];
    if (mig && !p.locked && isEnabled(m, 'migration-entry-locked')) {
      out.push({
        invariant: 'migration-entry-locked',
        message: `page pfn ${hex(p.pfn)} is unlocked but migration entries still point at it (${mig.join(', ')}): a CPU fault there would wait for an unlock that already happened`,
      });
    }
  }

  if (isEnabled(m, 'freed-page-referenced')) {
    m.tlbs.forEach((tlb, cpu) => {
      for (const e of tlb) {
        const page = m.pages[e.pfn];
        if (page?.freed) {
          out.push({
            invariant: 'freed-page-referenced',
            message: `CPU ${cpu} TLB still translates pid ${e.pid} ${hex(e.vaddr)} to freed page pfn ${hex(e.pfn)}`,
          });
        }
      }
    });
  }
  return out;
}

/** True if the cached translation no longer matches the page table (a stale TLB entry). */
export function isTlbStale(m: MmModel, e: { pid: number; vaddr: number; pfn: number; write: boolean }): boolean {
  const pte = pteAt(m, e.pid, e.vaddr);
  if (!ptePresent(pte)) return true;
  if (ptePfnField(pte) !== e.pfn) return true;
  return e.write && (pte & _PAGE_RW) === 0n;
}
