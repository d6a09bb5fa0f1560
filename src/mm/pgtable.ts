// Four-level page tables of the model: creating a process's pgd, walking pgd → pud → pmd → pte
// for an address (optionally allocating the missing levels, as the scenario builder and later
// pte_alloc do), and enumerating every pte slot. Natives and views use these; the C code walks
// the same tables itself through pgd_offset / pud_offset / pmd_offset.

import { entryPfnOf, isHugeEntry, mkTableEntry, tableOfEntry } from './pte';
import { allocId, entryAddr, entrySpan, MmModel, NO_TID, PageTable, PTRS_PER_TABLE, tableIndex } from './state';
import { touchPage, touchVa } from './dirty';

export function newTable(m: MmModel, level: PageTable['level'], pid: number, base: number): PageTable {
  const id = allocId(m);
  let ptl = -1;
  if (level === 1) {
    ptl = allocId(m);
    m.objs[ptl] = { kind: 'spinlock', name: `ptl(pid ${pid}, 0x${base.toString(16)})`, holder: NO_TID, table: id, flux: [] };
  }
  const t: PageTable = { id, level, pid, base, entries: {}, ptl };
  m.tables[id] = t;
  return t;
}

export function readEntryRaw(t: PageTable, i: number): bigint {
  return t.entries[i] ?? 0n;
}

/** The pfn a level-1 entry names (present, migration, device entries); undefined otherwise. */
export function entryPfn(v: bigint): number | undefined {
  return entryPfnOf(v);
}

/**
 * Write an entry. Every pte write goes through here, which keeps the pfn → pte reverse index
 * (m.ptesOf) and the touched set of the incremental invariant check up to date.
 */
export function writeEntryRaw(m: MmModel, t: PageTable, i: number, v: bigint): void {
  const old = t.entries[i] ?? 0n;
  // A pmd entry that maps a huge page (huge.ts) names its head page as a pte names its page.
  if (t.level === 1 || (t.level === 2 && (isHugeEntry(v) || isHugeEntry(old)))) {
    if (old !== v) {
      const key = `${t.id}:${i}`;
      touchVa(m, `${t.pid}:${entryAddr(t, i)}`);
      const op = t.level === 1 || isHugeEntry(old) ? entryPfn(old) : undefined;
      if (op !== undefined) {
        const l = m.ptesOf[op];
        if (l) {
          const k = l.indexOf(key);
          if (k >= 0) l.splice(k, 1);
          if (l.length === 0) delete m.ptesOf[op];
        }
        touchPage(m, op);
      }
      const np = t.level === 1 || isHugeEntry(v) ? entryPfn(v) : undefined;
      if (np !== undefined) {
        (m.ptesOf[np] ??= []).push(key);
        touchPage(m, np);
      }
    }
  }
  if (v === 0n) delete t.entries[i];
  else t.entries[i] = v;
}

/** Every pte (table, index, addr, value) that names `pfn`, from the reverse index. */
export function ptesNaming(m: MmModel, pfn: number): (PteSlot & { table: PageTable })[] {
  const out: (PteSlot & { table: PageTable })[] = [];
  for (const key of m.ptesOf[pfn] ?? []) {
    const [tid, idx] = key.split(':').map(Number);
    const t = m.tables[tid];
    if (!t) continue;
    out.push({ table: t, index: idx, addr: entryAddr(t, idx), value: readEntryRaw(t, idx) });
  }
  return out;
}

/** The table an upper-level entry points at, if any. */
export function childTable(m: MmModel, t: PageTable, i: number): PageTable | undefined {
  const id = tableOfEntry(readEntryRaw(t, i));
  return id === undefined ? undefined : m.tables[id];
}

/**
 * The pte table covering `addr` in process `pid`; with `alloc`, missing pud/pmd/pte tables are
 * created (pud_alloc / pmd_alloc / pte_alloc). Returns undefined when a level is missing.
 */
export function pteTableFor(m: MmModel, pid: number, addr: number, alloc = false): PageTable | undefined {
  return tableAt(m, pid, addr, 1, alloc);
}

/** The table of `level` covering `addr` (pteTableFor for any level; 2: the pmd table). */
export function tableAt(m: MmModel, pid: number, addr: number, level: PageTable['level'], alloc = false): PageTable | undefined {
  const mm = m.mms[pid];
  if (!mm) return undefined;
  let t = m.tables[mm.pgd];
  while (t.level > level) {
    const i = tableIndex(t.level, addr);
    let child = childTable(m, t, i);
    if (!child) {
      if (!alloc || readEntryRaw(t, i) !== 0n) return undefined;
      const span = entrySpan(t.level);
      const base = Math.floor(addr / span) * span;
      child = newTable(m, (t.level - 1) as PageTable['level'], pid, base);
      writeEntryRaw(m, t, i, mkTableEntry(child.id));
    }
    t = child;
  }
  return t;
}

/**
 * Current pte value at (pid, addr); 0n when no table covers it. Where a huge pmd maps addr, the
 * pmd's value with the pfn of addr's 4 KiB frame in it (the translation the hardware makes).
 */
export function pteAt(m: MmModel, pid: number, addr: number): bigint {
  const t = pteTableFor(m, pid, addr);
  if (t) return readEntryRaw(t, tableIndex(1, addr));
  return hugeLeafPte(m, pid, addr);
}

/** A huge pmd's translation of addr as a pte value (its pfn field is addr's frame), or 0n. */
export function hugeLeafPte(m: MmModel, pid: number, addr: number): bigint {
  const t = tableAt(m, pid, addr, 2);
  if (!t) return 0n;
  const v = readEntryRaw(t, tableIndex(2, addr));
  if (!isHugeEntry(v)) return 0n;
  const sub = BigInt(Math.floor((addr % entrySpan(2)) / 4096));
  return v + (sub << 12n);
}

export interface PteSlot {
  /** Undefined for an address no pte table covers yet (only from ptesInRange). */
  table?: PageTable;
  index: number;
  addr: number;
  value: bigint;
  /** A 4 KiB part of a page a huge pmd maps (table and index undefined / -1; the value is its translation). */
  huge?: boolean;
}

/** Every non-none pte of every pte table (all processes), in table-id order. */
export function* allPtes(m: MmModel): Generator<PteSlot & { table: PageTable }> {
  for (const key of Object.keys(m.tables)) {
    const t = m.tables[Number(key)];
    if (t.level !== 1) continue;
    for (const ik of Object.keys(t.entries)) {
      const i = Number(ik);
      yield { table: t, index: i, addr: entryAddr(t, i), value: t.entries[i] };
    }
  }
}

/** Pte slots of process `pid` in [start, end), including none entries of populated tables. */
export function ptesInRange(m: MmModel, pid: number, start: number, end: number, includeUnpopulated: boolean): PteSlot[] {
  const out: PteSlot[] = [];
  for (let addr = start; addr < end; ) {
    const t = pteTableFor(m, pid, addr);
    if (!t) {
      if (includeUnpopulated) out.push({ index: -1, addr, value: 0n });
      addr += 4096;
      continue;
    }
    const i = tableIndex(1, addr);
    out.push({ table: t, index: i, addr, value: readEntryRaw(t, i) });
    addr += 4096;
  }
  return out;
}

export function isPteTableIndexValid(i: number): boolean {
  return Number.isInteger(i) && i >= 0 && i < PTRS_PER_TABLE;
}
