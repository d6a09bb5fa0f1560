// setVariable on a PTE and on a TLB entry (issue 10): the debugger writes a pte of the model (by
// its readable form, its raw value or one decoded field: pte-fields.ts) or changes / invalidates a
// CPU's cached translation. As the other edits (set-value.ts) each is an edit of the run with
// absolute values, logged as plain data, so step back undoes it, time travel and evidence replay it.
// The rmap is not adjusted (a pte written by hand, as a debugger's store would be): the invariant
// checks then say what the change broke.

import { pteTableFor, readEntryRaw, writeEntryRaw } from '../mm/pgtable';
import { pteText, setPteField } from '../mm/pte-fields';
import { decodePte } from '../mm/pte';
import { tableIndex, ZERO_PFN, type MmModel } from '../mm/state';
import type { RunEdit, TlbEntryData } from '../protocol/edits';
import type { Simulation } from './simulation';
import { commitEdit, editable } from './set-value';

const hex = (n: number | bigint): string => '0x' + n.toString(16);

/** A number of a key (decimal or 0x...) or why not. */
function numOf(text: string, what: string): number {
  const s = text.trim();
  if (!/^(0x[0-9a-f]{1,13}|\d{1,15})$/i.test(s)) throw new Error(`mmstep: ${what} must be a number (decimal or 0x...), not '${text.slice(0, 40)}'`);
  return Number(s);
}

function needProcess(model: MmModel, pid: number): void {
  if (!model.mms[pid]) throw new Error(`mmstep: no process with pid ${pid} in this scenario`);
}

/** A pfn a pte or TLB entry may name: a frame of the model (or the shared zero page). */
function needFrame(model: MmModel, pfn: number, what: string, zeroOk: boolean): void {
  if (model.pages[pfn] || (zeroOk && pfn === ZERO_PFN)) return;
  throw new Error(`mmstep: ${what} names pfn ${hex(pfn)}, which is no page of this scenario`);
}

/** Write pte `raw` at (pid, addr) as an edit of the run. */
function writePte(sim: Simulation, pid: number, addr: number, raw: bigint, field: string, thread = sim.sched.focus): void {
  const h = editable(sim);
  const model = sim.model;
  const edit: RunEdit = { kind: 'pte', step: 0, thread, pid, addr: hex(addr), field, raw: hex(raw) };
  commitEdit(sim, h, edit, () => {
    const t = pteTableFor(model, pid, addr);
    if (t) writeEntryRaw(model, t, tableIndex(1, addr), raw);
  });
  sim.pause();
}

/**
 * Set the pte that maps `addr` in process `pid`: `field` 'value' takes the readable form
 * (`present(W,D) -> pfn 0x102`), 'none' or a number; or one field (pte-fields.ts). Returns the
 * pte as shown.
 */
export function setPte(sim: Simulation, pid: number, addrIn: number, field: string, text: string): string {
  editable(sim);
  const model = sim.model;
  needProcess(model, pid);
  if (!Number.isSafeInteger(addrIn) || addrIn < 0) throw new Error(`mmstep: ${addrIn} is not an address`);
  const addr = Math.floor(addrIn / 4096) * 4096;
  const t = pteTableFor(model, pid, addr);
  if (!t) throw new Error(`mmstep: no pte table covers ${hex(addr)} in pid ${pid} (its pmd entry is none): the C code allocates tables (pte_alloc)`);
  const old = readEntryRaw(t, tableIndex(1, addr));
  let raw: bigint;
  try {
    raw = setPteField(old, field, text);
  } catch (err) {
    throw new Error(`mmstep: ${(err as Error).message}`);
  }
  const d = decodePte(raw);
  if (d.pfn !== undefined) needFrame(model, d.pfn, `the pte ${pteText(raw)}`, d.kind === 'present');
  if (raw !== old) writePte(sim, pid, addr, raw, field);
  return pteText(raw);
}

/** The TLB entry (as plain data) of `cpu` for (pid, vaddr), or null. */
function tlbEntry(model: MmModel, cpu: number, pid: number, vaddr: number): TlbEntryData | null {
  const e = model.tlbs[cpu]?.find((x) => x.pid === pid && x.vaddr === vaddr);
  return e ? { pfn: e.pfn, write: e.write } : null;
}

/** Put `entry` (null: invalidate) as CPU `cpu`'s translation of (pid, vaddr), as an edit of the run. */
function writeTlb(sim: Simulation, cpu: number, pid: number, vaddr: number, entry: TlbEntryData | null, field: string, thread = sim.sched.focus): void {
  const h = editable(sim);
  const model = sim.model;
  const edit: RunEdit = { kind: 'tlb', step: 0, thread, cpu, pid, addr: hex(vaddr), field, entry: entry ? { ...entry } : null };
  commitEdit(sim, h, edit, () => applyTlb(model, cpu, pid, vaddr, entry));
  sim.pause();
}

function applyTlb(model: MmModel, cpu: number, pid: number, vaddr: number, entry: TlbEntryData | null): void {
  const list = model.tlbs[cpu];
  if (!list) return;
  const i = list.findIndex((x) => x.pid === pid && x.vaddr === vaddr);
  if (i >= 0) model.touched[list[i].pfn] = true;
  if (!entry) {
    if (i >= 0) model.tlbs[cpu] = list.filter((_, k) => k !== i);
    return;
  }
  model.touched[entry.pfn] = true;
  const e = { pid, vaddr, pfn: entry.pfn, write: entry.write };
  if (i >= 0) list[i] = e;
  else list.push(e);
}

/** `pfn 0x102 (write)`, `0x102 write`, `pfn 0x102`: the translation a TLB entry is set to. */
function parseTlbText(text: string): TlbEntryData | null {
  const s = text.trim().toLowerCase();
  if (s === 'none' || s === 'invalid' || s === 'invalidate' || s === 'invalidated') return null;
  const m = /^(?:pfn\s+)?(0x[0-9a-f]{1,13}|\d{1,15})\s*(\(?\s*(?:write|w|read-only|ro|read)\s*\)?)?(?:\s*\[stale\])?$/.exec(s);
  if (!m) throw new Error(`mmstep: a TLB entry is set to 'none' (invalidate it) or a translation 'pfn 0x102' / 'pfn 0x102 (write)', not '${text.slice(0, 60)}'`);
  return { pfn: Number(m[1]), write: !!m[2] && /write|\bw\b/.test(m[2]) };
}

function boolOf(text: string): boolean {
  const s = text.trim().toLowerCase();
  if (['1', 'true', 'yes'].includes(s)) return true;
  if (['0', 'false', 'no'].includes(s)) return false;
  throw new Error(`mmstep: expected true or false (1/0, yes/no), not '${text.slice(0, 40)}'`);
}

/** The text of a TLB entry as the Variables view shows it. */
export function tlbText(entry: TlbEntryData | null): string {
  return entry ? `pfn ${hex(entry.pfn)}${entry.write ? ' (write)' : ''}` : 'none';
}

/**
 * Set CPU `cpu`'s TLB entry for `addr` in `pid`: `field` 'entry' takes 'none' (invalidate) or a
 * translation ('pfn 0x102 (write)'; an entry that is not there is added), 'pfn' and 'write' change
 * one field of an entry that is there. Returns the entry as shown.
 */
export function setTlb(sim: Simulation, cpu: number, pid: number, addrIn: number, field: string, text: string): string {
  editable(sim);
  const model = sim.model;
  if (!Number.isSafeInteger(cpu) || cpu < 0 || cpu >= model.cpus) throw new Error(`mmstep: no CPU ${cpu} (the scenario has ${model.cpus})`);
  needProcess(model, pid);
  if (!Number.isSafeInteger(addrIn) || addrIn < 0) throw new Error(`mmstep: ${addrIn} is not an address`);
  const vaddr = Math.floor(addrIn / 4096) * 4096;
  const old = tlbEntry(model, cpu, pid, vaddr);
  let entry: TlbEntryData | null;
  switch (field) {
    case 'entry':
      entry = parseTlbText(text);
      break;
    case 'pfn':
    case 'write':
      if (!old) throw new Error(`mmstep: CPU ${cpu} has no TLB entry for pid ${pid} at ${hex(vaddr)}: set the entry itself to add one ('pfn 0x102 (write)')`);
      entry = field === 'pfn' ? { ...old, pfn: numOf(text, 'the pfn') } : { ...old, write: boolOf(text) };
      break;
    case 'stale':
      throw new Error('mmstep: stale is what the page table says of the entry; change the entry or the pte instead');
    default:
      throw new Error(`mmstep: the TLB field '${field.slice(0, 40)}' cannot be set (the entry itself, pfn and write can)`);
  }
  if (entry) needFrame(model, entry.pfn, `the TLB entry`, true);
  if (JSON.stringify(entry) !== JSON.stringify(old)) writeTlb(sim, cpu, pid, vaddr, entry, field);
  return tlbText(entry);
}

/** A recorded pte edit again (a replay of evidence): the same raw value. */
export function reapplyPte(sim: Simulation, e: Extract<RunEdit, { kind: 'pte' }>): void {
  const addr = Number(e.addr);
  needProcess(sim.model, e.pid);
  if (!pteTableFor(sim.model, e.pid, addr)) throw new Error(`mmstep: no pte table covers ${e.addr} in pid ${e.pid}`);
  writePte(sim, e.pid, addr, BigInt(e.raw), e.field, e.thread);
}

/** A recorded TLB edit again (a replay of evidence): the same translation, or none. */
export function reapplyTlb(sim: Simulation, e: Extract<RunEdit, { kind: 'tlb' }>): void {
  if (e.cpu >= sim.model.cpus) throw new Error(`mmstep: no CPU ${e.cpu} (the scenario has ${sim.model.cpus})`);
  needProcess(sim.model, e.pid);
  if (e.entry) needFrame(sim.model, e.entry.pfn, 'the TLB entry', true);
  writeTlb(sim, e.cpu, e.pid, Number(e.addr), e.entry, e.field, e.thread);
}
