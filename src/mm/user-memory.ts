// User memory: the bytes of pages as user programs see them, and the "hardware" that reaches
// them — a user load or store translated through the accessing CPU's TLB, else a walk of the
// process's page table (setting the accessed / dirty bits and filling the TLB), exactly as
// cpu_try_access (natives/cpu.ts) does for the scenarios' tagged CPU touches. What the
// hardware cannot complete is either a page fault for the kernel (returned as a UserTrap: the
// interpreter runs the C fault path, kernel/mm/memory.c, and retries) or, when the VMA does not
// allow the access at all (x86's access_error), SIGSEGV.
//
// A page's bytes are 1024 words (page-bytes.ts). The last translation is remembered (validated by identity against the TLB on every use) so a loop over
// a page walks the TLB once, not once per int.

import { SimFault, type UserMemory, type UserTrap } from '../c/native';
import { objPtr } from '../c/value';
import { isTlbStale, reportViolation } from './invariants';
import { hugeLeafPte, pteTableFor, readEntryRaw, writeEntryRaw } from './pgtable';
import { hugeLeafAt, HPAGE_PMD_SIZE } from './huge';
import { ptePfnField, ptePresent, _PAGE_ACCESSED, _PAGE_DIRTY, _PAGE_RW, _PAGE_SOFT_DIRTY } from './pte';
import { findVma, VM_EXEC, VM_READ, VM_WRITE, ZERO_PFN, type MmModel, type PageState, type TlbEntry } from './state';
import { touchPage } from './dirty';
import { tlbFind } from './tlb-index';
import { note, readPageBytes, readPageSpan, setWord, words, writePageBytes, writePageSpan } from './page-bytes';

const PAGE = 4096;

/** The page holding addr (a floor division: a double's fmod cost 4% of a selftest run). */
function pageStart(addr: number): number {
  return Math.floor(addr / PAGE) * PAGE;
}

function pageOff(addr: number): number {
  return addr - Math.floor(addr / PAGE) * PAGE;
}

// ---- translation ------------------------------------------------------------------------

/**
 * Recent translations, per CPU by virtual page (a cache: an entry is used only while the TLB
 * still holds that very entry and the pte is unchanged, the same test the hit below makes). One
 * entry was not enough: copy_to_user of 1,024 pages probes every page, then writes every page,
 * and each page missed twice, each miss scanning the whole TLB (hmm-tests' anon_read: 12% of
 * the run in translate).
 */
interface Memo {
  m: MmModel;
  tlb: TlbEntry[];
  idx: number;
  entry: TlbEntry;
  pid: number;
  vpage: number;
  cpu: number;
  /** Established for a write (the dirty bits are set). */
  write: boolean;
  /** The pte's entries and index, and its value then: a changed pte (a stale TLB entry) is looked at again. */
  ents: Record<number, bigint> | undefined;
  i: number;
  pte: bigint;
  /** The model's page container then (a restored model has another). */
  pages: MmModel['pages'];
  /** What the translation gave (returned again while m.pages still holds that page). */
  res: { page: PageState | undefined; zero: boolean };
}
let memoModel: MmModel | undefined;
let memos: Map<number, Memo>[] = [];
/** The entry the last hit or fill used (most accesses are to the page of the one before). */
let lastMemo: Memo | undefined;
/** Bound on the entries per CPU (a stale one only costs a slow translation). */
const MEMO_MAX = 4096;

function memoOf(m: MmModel, cpu: number): Map<number, Memo> {
  if (memoModel !== m) {
    memoModel = m;
    memos = [];
    lastMemo = undefined;
  }
  return (memos[cpu] ??= new Map());
}

function hex(n: number): string {
  return n < 0 ? '-0x' + (-n).toString(16) : '0x' + n.toString(16);
}

function segv(message: string): never {
  throw new SimFault('segv', message);
}

/** The process the thread runs as, or a fault saying it runs none. */
export function taskPid(m: MmModel, tid: number): number {
  const pid = m.tasks?.[tid];
  if (pid === undefined || !m.mms[pid]) {
    throw new SimFault('bad-call', `thread ${tid} dereferences a user address but runs no user process (kernel code reaches user memory with copy_from_user / copy_to_user)`);
  }
  return pid;
}

/**
 * The page behind user address `addr` for an access by thread `tid` on `cpu` (undefined with
 * zero = true: the shared zero page), or the fault the kernel must handle first.
 */
export function translate(m: MmModel, tid: number, cpu: number, addr: number, write: boolean): { page: PageState | undefined; zero: boolean } | UserTrap {
  const vpage = pageStart(addr);
  let c = lastMemo;
  if (c === undefined || c.vpage !== vpage || c.cpu !== cpu || c.m !== m) c = memoOf(m, cpu).get(vpage);
  if (
    c !== undefined &&
    (c.write || !write) &&
    m.tlbs[cpu] === c.tlb &&
    c.tlb[c.idx] === c.entry &&
    m.tasks?.[tid] === c.pid &&
    (c.ents === undefined ? 0n : (c.ents[c.i] ?? 0n)) === c.pte &&
    m.pages === c.pages &&
    c.res.page !== undefined &&
    c.res.page.freed !== true
  ) {
    // The same TLB entry over the same pte names the same frame, whose struct page stays the
    // object it was (pfns are not reused; anything that puts another page there changes the pte
    // or the TLB first, an undo or a snapshot restore included). A freed page goes the slow way,
    // which reports the access.
    lastMemo = c;
    return c.res;
  }
  const cache = memoOf(m, cpu);
  const pid = taskPid(m, tid);
  const mm = m.mms[pid];
  const vma = findVma(mm, vpage);
  const what = (): string => `${write ? 'write to' : 'read of'} ${hex(addr)}`;
  if (!vma) segv(`SIGSEGV: ${what()}: no mapping there (SEGV_MAPERR)`);
  // x86 access_error: a write needs VM_WRITE; a read any access right (PROT_NONE has none).
  if (write ? (vma.flags & VM_WRITE) === 0 : (vma.flags & (VM_READ | VM_WRITE | VM_EXEC)) === 0) {
    segv(`SIGSEGV: ${what()}: the mapping ${hex(vma.start)}-${hex(vma.end)} does not allow it (${vma.flags & (VM_READ | VM_WRITE | VM_EXEC) ? 'read-only' : 'PROT_NONE'}, SEGV_ACCERR)`);
  }
  const tlb = m.tlbs[cpu];
  let idx = tlbFind(tlb, pid, vpage);
  let entry = idx >= 0 ? tlb[idx] : undefined;
  // The entry that maps vpage: its pte, or the huge pmd of a huge page (huge.ts).
  let t = pteTableFor(m, pid, vpage);
  let i = (vpage / PAGE) % 512;
  let sub = 0;
  if (!t) {
    const h = hugeLeafAt(m, pid, vpage);
    if (h) {
      t = h.table;
      i = h.index;
      sub = Math.floor((vpage % HPAGE_PMD_SIZE) / PAGE);
    }
  }
  if (entry && (!write || entry.write)) {
    if (isTlbStale(m, entry)) {
      reportViolation(m, 'stale-tlb-use', `CPU ${cpu} ${write ? 'wrote' : 'read'} pid ${pid} ${hex(vpage)} through a stale TLB entry to pfn ${hex(entry.pfn)} (user access)`);
    } else if (write && t) {
      // The first write through a translation cached clean: the CPU sets the dirty bits.
      const pte = readEntryRaw(t, i);
      const nv = pte | _PAGE_DIRTY | _PAGE_SOFT_DIRTY;
      if (nv !== pte) {
        note(t.entries, i);
        writeEntryRaw(m, t, i, nv);
      }
    }
  } else {
    const pte = t ? readEntryRaw(t, i) : 0n;
    if (!ptePresent(pte) || (write && (pte & _PAGE_RW) === 0n)) return { t: 'utrap', addr, write };
    const nv = pte | _PAGE_ACCESSED | (write ? _PAGE_DIRTY | _PAGE_SOFT_DIRTY : 0n);
    if (nv !== pte) {
      note(t!.entries, i);
      writeEntryRaw(m, t!, i, nv);
    }
    entry = { pid, vaddr: vpage, pfn: ptePfnField(pte) + sub, write: (pte & _PAGE_RW) !== 0n };
    if (idx < 0) {
      note(tlb, 'length');
      idx = tlb.length;
    }
    note(tlb, idx);
    tlb[idx] = entry;
  }
  const pfn = entry.pfn;
  const page = m.pages[pfn];
  const zero = pfn === ZERO_PFN;
  if (write) {
    if (!page || zero) throw new SimFault('model', `user write to pid ${pid} ${hex(addr)} through a translation to ${zero ? 'the zero page' : 'a frame without struct page'}`);
    if (!page.dirty) {
      note(page, 'dirty');
      page.dirty = true;
    }
    touchPage(m, pfn);
  }
  if (page?.freed) reportViolation(m, 'freed-page-referenced', `CPU ${cpu} ${write ? 'wrote' : 'read'} freed page pfn ${hex(pfn)} at pid ${pid} ${hex(addr)} (user access)`);
  if (cache.size >= MEMO_MAX) cache.clear();
  const res = { page, zero };
  lastMemo = { m, tlb: m.tlbs[cpu], idx, entry, pid, vpage, cpu, write, ents: t?.entries, i, pte: t ? readEntryRaw(t, i) : 0n, pages: m.pages, res };
  cache.set(vpage, lastMemo);
  return res;
}

function isTrap(x: unknown): x is UserTrap {
  return typeof x === 'object' && x !== null && (x as UserTrap).t === 'utrap';
}

/** One access that stays inside a page. */
function readIn(m: MmModel, tid: number, cpu: number, addr: number, size: number): bigint | UserTrap {
  const r = translate(m, tid, cpu, addr, false);
  if (isTrap(r)) return r;
  return r.zero ? 0n : readPageBytes(r.page, pageOff(addr), size);
}

function writeIn(m: MmModel, tid: number, cpu: number, addr: number, size: number, v: bigint): UserTrap | undefined {
  const r = translate(m, tid, cpu, addr, true);
  if (isTrap(r)) return r;
  writePageBytes(r.page!, pageOff(addr), size, v);
  return undefined;
}

/** One byte as the page table maps it, without side effects (the debugger's view). */
function peekByte(m: MmModel, tid: number, addr: number): bigint {
  const pid = taskPid(m, tid);
  const vpage = pageStart(addr);
  if (!findVma(m.mms[pid], vpage)) throw new SimFault('segv', `${hex(addr)} is not mapped`);
  const t = pteTableFor(m, pid, vpage);
  const pte = t ? readEntryRaw(t, (vpage / PAGE) % 512) : hugeLeafPte(m, pid, vpage);
  if (!ptePresent(pte)) throw new SimFault('unsupported', `${hex(addr)} is not present (reading it would fault)`);
  const pfn = ptePfnField(pte);
  if (pfn === ZERO_PFN) return 0n;
  return readPageBytes(m.pages[pfn], pageOff(addr), 1);
}

/** Every page of [addr, addr + len) accessible, or the first one's fault (UserMemory.probe). */
function probeRange(m: MmModel, tid: number, cpu: number, addr: number, len: number, write: boolean): UserTrap | undefined {
  if (len <= 0) return undefined;
  for (let a = pageStart(addr); a < addr + len; a += PAGE) {
    const r = translate(m, tid, cpu, Math.max(a, addr), write);
    if (isTrap(r)) return r;
  }
  return undefined;
}

/**
 * A bulk access of [addr, addr + n): every page faulted in first (the first fault is the
 * answer, nothing is touched), then each page's piece given to `fn` (page undefined: the
 * zero page or no struct page, read as zeros) with its offset, length and place k in the range.
 */
function eachPage(m: MmModel, tid: number, cpu: number, addr: number, n: number, write: boolean, fn: (page: PageState | undefined, off: number, len: number, k: number) => void): UserTrap | undefined {
  const t = probeRange(m, tid, cpu, addr, n, write);
  if (t) return t;
  for (let k = 0; k < n; ) {
    const a = addr + k;
    const off = pageOff(a);
    const len = Math.min(n - k, PAGE - off);
    const r = translate(m, tid, cpu, a, write);
    if (isTrap(r)) return r;
    fn(r.zero ? undefined : r.page, off, len, k);
    k += len;
  }
  return undefined;
}

/** The UserMemory the interpreter reaches user addresses through (ModelMemory.user). */
export function createUserMemory(m: MmModel): UserMemory {
  return {
    read(tid, cpu, addr, size) {
      const off = pageOff(addr);
      if (off + size <= PAGE) return readIn(m, tid, cpu, addr, size);
      // Across a page boundary: both pages must be there before any byte is taken.
      const first = PAGE - off;
      const lo = readIn(m, tid, cpu, addr, first);
      if (isTrap(lo)) return lo;
      const hi = readIn(m, tid, cpu, addr + first, size - first);
      if (isTrap(hi)) return hi;
      return lo | (hi << BigInt(8 * first));
    },
    write(tid, cpu, addr, size, value) {
      const off = pageOff(addr);
      if (off + size <= PAGE) return writeIn(m, tid, cpu, addr, size, value);
      const first = PAGE - off;
      const t = this.probe(tid, cpu, addr, size, true);
      if (t) return t;
      writeIn(m, tid, cpu, addr, first, value & ((1n << BigInt(8 * first)) - 1n));
      return writeIn(m, tid, cpu, addr + first, size - first, value >> BigInt(8 * first));
    },
    probe(tid, cpu, addr, len, write) {
      return probeRange(m, tid, cpu, addr, len, write);
    },
    read32(tid, cpu, addr) {
      const r = translate(m, tid, cpu, addr, false);
      if (isTrap(r)) return r;
      const d = r.zero ? undefined : r.page?.data;
      return d === undefined ? 0 : d[pageOff(addr) >> 2];
    },
    write32(tid, cpu, addr, w) {
      const r = translate(m, tid, cpu, addr, true);
      if (isTrap(r)) return r;
      setWord(words(r.page!), pageOff(addr) >> 2, w);
      return undefined;
    },
    readSpan(tid, cpu, addr, n, put) {
      return eachPage(m, tid, cpu, addr, n, false, (page, off, len, k) => readPageSpan(page, off, len, put, k));
    },
    writeSpan(tid, cpu, addr, n, get) {
      return eachPage(m, tid, cpu, addr, n, true, (page, off, len, k) => writePageSpan(page!, off, len, get, k));
    },
    peek(tid, addr, size) {
      let v = 0n;
      for (let k = size - 1; k >= 0; k--) v = (v << 8n) | peekByte(m, tid, addr + k);
      return v;
    },
    faultCall(tid, trap) {
      const mm = m.mms[taskPid(m, tid)];
      return { fn: 'fault_in_user_page', args: [objPtr(mm.obj), BigInt(trap.addr), trap.write ? 1n : 0n] };
    },
  };
}
