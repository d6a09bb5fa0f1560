// The simulated memory-management state, as plain data only: no classes, closures or Maps, just
// objects keyed by numbers and arrays (BigInt for entry values). That keeps the whole model
// structuredClone-able, hashable and restorable, which stepping back and exploration rely on.
// Functions that operate on it live in the other files of src/mm.

import type { LruState, WarningView, Zone } from '../protocol/state';
import { NULL, type Ptr, type Value } from '../c/value';
import type { HugetlbPool } from './huge';

/** Thread id meaning "someone outside the simulation" (e.g. a lock held since before the run). */
export const EXTERNAL_TID = 0;
/** No thread. */
export const NO_TID = -1;

/** VMA flag bits (kernel values). */
export const VM_READ = 0x1;
export const VM_WRITE = 0x2;
export const VM_EXEC = 0x4;
export const VM_SHARED = 0x8;

/** `struct page` of one physical frame. */
export interface PageState {
  pfn: number;
  zone: Zone;
  /** pgmap owner (device name) for ZONE_DEVICE pages. */
  owner?: string;
  /** Freed back to the allocator (or the device pool): any further use is a use-after-free. */
  freed: boolean;
  refcount: number;
  /** Number of ptes (present or device-private) mapping it, as maintained by the rmap calls. */
  mapcount: number;
  /** GUP pins (each is also counted in refcount). */
  pins: number;
  /** PG_locked. */
  locked: boolean;
  /** Thread that took PG_locked (EXTERNAL_TID if held from outside); NO_TID when unlocked. */
  lockOwner: number;
  /** Threads sleeping in lock_page on this page, in arrival order. */
  lockWaiters: number[];
  /** PG_lru / isolated / in a per-CPU add batch / none. */
  lru: LruState;
  /** CPU whose add batch holds the page when lru === 'batch', else -1. */
  batchCpu: number;
  /** PG_dirty. */
  dirty: boolean;
  /** PageAnon: page->mapping points at an anon_vma. */
  anon: boolean;
  /** PG_anon_exclusive. */
  anonExclusive: boolean;
  /** page->mapping: 'anon' (anon_vma), 'file' (an address_space) or 'none' (NULL). */
  mapping: 'anon' | 'file' | 'none';
  /** page->index (virtual page number for anon pages). */
  index: number;
  /** The data the page holds (a tag), so lost writes can be seen. */
  content: string;
  /**
   * The page's bytes as user programs see them (src/mm/user-memory.ts): 1024 little-endian
   * 32-bit words, created at the first store; absent means all zero. Copied with `content`.
   */
  data?: number[];
  /** Part of a folio of order > 0 (a hugetlb page or a THP, src/mm/huge.ts): head or tail. */
  compound: boolean;
  /** A tail page: the pfn of its head (compound_head). Its refcount and mapcount stay 0. */
  head?: number;
  /** A head page: the folio's order (9: 512 pages mapped by one pmd). */
  order?: number;
  /** A head page of the hugetlb pool (freed back to m.hugetlb). */
  hugetlb?: boolean;
  /** Object id of the page's `struct dev_pagemap` (ZONE_DEVICE pages), else -1. */
  pgmap: number;
  /** PG_uptodate. */
  uptodate: boolean;
  /** Charged to a memcg (moved to the new folio by folio_migrate_flags). */
  memcg: boolean;
  /** References the scenario declared as held by someone outside the simulation. */
  extraRefs: number;
  /** A device page still in its pool, never handed out: left out of state views. */
  pristine?: boolean;
  /** A device page on its pgmap's free list (so freeing / init need not search the list). */
  inPool?: boolean;
  /** Thread that isolated the page from the LRU (EXTERNAL_TID: someone outside), if isolated. */
  isolatedBy?: number;
  /** page->zone_device_data (driver private data of a device page, e.g. its mirror). */
  zoneDeviceData?: Value;
}

export interface VmaState {
  /** Model object id of the `struct vm_area_struct`. */
  obj: number;
  start: number;
  end: number;
  /** VM_* bits. */
  flags: number;
  anonymous: boolean;
  /** Huge pages a private hugetlb mapping reserved and has not faulted yet (hugetlb_reserve_pages). */
  hugetlbResv?: number;
}

export interface RwSemState {
  readers: number[];
  writer: number;
}

export interface NotifierRange {
  tid: number;
  start: number;
  end: number;
}

export interface MmState {
  pid: number;
  /** Being torn down (exit): check_stable_address_space fails. */
  dying?: boolean;
  /** MM_ANONPAGES rss counter. */
  rssAnon: number;
  /** Notifier object ids subscribed to this mm. */
  subscribers: number[];
  name: string;
  /** Model object id of the `struct mm_struct`. */
  obj: number;
  /** HugetlbPages rss (hugetlb_count_add), in 4 KiB pages. */
  rssHugetlb?: number;
  /** Table id of the pgd. */
  pgd: number;
  vmas: VmaState[];
  mmapLock: RwSemState;
  /** MMU-notifier invalidations in progress (start called, end not yet). */
  notifierRanges: NotifierRange[];
}

/**
 * One page table at any level. level 4 = pgd, 3 = pud, 2 = pmd, 1 = pte table.
 * `base` is the first virtual address it covers; entry i covers base + i * span(level).
 */
export interface PageTable {
  id: number;
  level: 1 | 2 | 3 | 4;
  pid: number;
  base: number;
  /** Sparse: a missing index is a none entry (0). */
  entries: Record<number, bigint>;
  /** Model object id of this table's PTE spinlock (pte tables only, else -1). */
  ptl: number;
}

/** A `struct dev_pagemap`: one device's ZONE_DEVICE memory (memremap_pages). */
export interface PgmapObj {
  kind: 'pgmap';
  /** Device name shown in the view (`dev0`, ...). */
  name: string;
  type: 'device-private' | 'device-coherent';
  /** The pgmap owner cookie as C passed it (compared with migrate->pgmap_owner). */
  owner: Value;
  /** `const struct dev_pagemap_ops *` (page_free / migrate_to_ram live in the driver's C). */
  ops: Value;
  firstPfn: number;
  npages: number;
  /** Free device pages (the driver's free list), popped by zone_device_page_alloc. */
  free: number[];
  /** One-shot allocation failure armed (HMM_DMIRROR_FLAG_FAIL_ALLOC). */
  failNext: boolean;
}

/** A device mirror's page table (dmirror's xarray): index → page, with a WRITE/ATOMIC tag. */
export interface XarrayObj {
  kind: 'xarray';
  entries: Record<number, { v: Value; tag: number }>;
  /** The present indices, ascending (xarray-order.ts keeps it; absent in states saved before it). */
  order?: number[];
}

/**
 * An interval MMU notifier subscribed by a device driver. The model performs the dmirror
 * invalidate callback itself: events of kind MIGRATE whose owner is the subscriber's own owner
 * are ignored, anything else erases the mirror entries of the range and bumps the sequence.
 */
export interface NotifierObj {
  kind: 'notifier';
  pid: number;
  start: number;
  /** Exclusive. */
  end: number;
  owner: Value;
  /** The mirror's device page table (xarray object id), indexed by virtual page number. */
  xa: number;
  /** invalidate_seq as in mmu_interval_notifier: odd while an invalidation is in progress. */
  seq: number;
  invalidations: number;
}

export type ObjState =
  | PgmapObj
  | XarrayObj
  | NotifierObj
  | { kind: 'mm'; pid: number }
  | { kind: 'vma'; pid: number; start: number }
  | {
      kind: 'spinlock';
      name: string;
      /** Holding thread or NO_TID. */
      holder: number;
      /** The pte table this lock is the PTL of, or -1. */
      table: number;
      /** pfns whose pte/rmap changed in the current critical section (see markFlux). */
      flux: number[];
      /** Virtual pages ("pid:addr") whose lost-write check waits for this lock's release. */
      fluxVa?: string[];
    };

/** A dirty line of a virtually indexed cache: a user store at (pid, vaddr) not yet in memory. */
export interface CacheLine {
  pid: number;
  vaddr: number;
  /** The frame the store's translation named (the line's physical tag). */
  pfn: number;
  value: string;
}

export interface TlbEntry {
  pid: number;
  vaddr: number;
  pfn: number;
  write: boolean;
}

export interface MmModel {
  cpus: number;
  /** CPU data caches: 'none' (x86-like) or 'vivt' (see cache.ts). */
  cache: 'none' | 'vivt';
  /** Dirty lines of each CPU's virtually indexed cache (only with cache 'vivt'). */
  cacheLines: CacheLine[][];
  /** struct page of every frame that exists, keyed by pfn. */
  pages: Record<number, PageState>;
  /** Next RAM pfn to hand out. */
  nextPfn: number;
  /** Processes keyed by pid. */
  mms: Record<number, MmState>;
  tables: Record<number, PageTable>;
  /** mm_struct / vm_area_struct / spinlock_t objects reachable from C, keyed by object id. */
  objs: Record<number, ObjState>;
  /** Shared id counter for tables and objects. */
  nextId: number;
  /** One TLB per CPU. */
  tlbs: TlbEntry[][];
  /** Per-CPU LRU add batch (pfns); each holds one page reference until drained. */
  lruBatch: number[][];
  /** Spinlocks (object ids) held per thread, in acquisition order. */
  held: Record<number, number[]>;
  /** Lazy-MMU nesting depth per thread. */
  lazyMmu: Record<number, number>;
  /** Invariant switches: name → enabled. Missing means enabled. */
  invariants: Record<string, boolean>;
  /** Next device pfn to hand out (device memory lives far above RAM). */
  nextDevPfn: number;
  /** Reverse index: pfn → "tableId:index" of every pte whose entry names that pfn. */
  ptesOf: Record<number, string[]>;
  /** pfns whose page or ptes changed since the last incremental invariant check. */
  touched: Record<number, true>;
  /** Virtual pages ("pid:addr") whose pte changed since the last incremental check. */
  touchedVa: Record<string, true>;
  /** Re-check everything at the next incremental check (after a restore). */
  touchedAll: boolean;
  /** Last value a CPU wrote at each virtual page, "pid:addr" → content (lost-write check). */
  written: Record<string, string>;
  /** Violations detected inside natives (stale TLB use, leaks, ...), reported at the next check. */
  pending: { invariant: string; message: string }[];
  /** Present-pte helpers on a swap-format pte: 'warn' (default) or 'fault' (scenario `checks:`). */
  nonpresentPteHelpers?: 'warn' | 'fault';
  /** The kernel whose x86-64 pte helpers are emulated (a kernel tree's version; absent: mainline). */
  x86Kernel?: { major: number; minor: number };
  /** Warnings of this run so far (natives/nonpresent.ts): one per (helper, source line), counted. */
  pteWarnings?: PteWarning[];
  /** Threads running a user program, tid → pid of their process (current->mm). */
  tasks?: Record<number, number>;
  /** Each user process's malloc arena (natives/user-malloc.ts), by pid. */
  uheap?: Record<number, UserHeap>;
  /** User processes made by fork() and their parents, by pid (process.ts); absent before the first fork. */
  procs?: Record<number, UserProc>;
  /** Threads pthread_create made, by tid (natives/user-pthread.ts); absent before the first. */
  pthreads?: Record<number, UserThread>;
  /** The user programs' clock (CLOCK_MONOTONIC) in ns: only sleeps advance it (user-time.ts). */
  clockNs?: number;
  /** The objects behind MAP_SHARED | MAP_ANONYMOUS mappings (shmem.ts); absent before the first. */
  shmem?: ShmemState;
  /** The hugetlb pool (src/mm/huge.ts); absent: nr_hugepages = 0. */
  hugetlb?: HugetlbPool;
  /** Head pfn of the huge zero folio, once a read fault needed it (huge.ts). */
  hugeZero?: number;
  /** The user processes' descriptor tables (natives/user-files.ts); absent before the first open. */
  files?: UserFiles;
}

/**
 * Descriptor tables (natives/user-files.ts): per pid, descriptor → the struct file (C memory,
 * kernel/fs/chrdev_syscalls.c); per file (region:slot key) how many descriptors of all
 * processes refer to it; the files an exit left without one, for the C side to release.
 */
export interface UserFiles {
  tables: Record<number, Record<number, Ptr>>;
  count: Record<string, number>;
  reap: Ptr[];
}

/**
 * Shared anonymous memory (shmem.ts): each MAP_SHARED | MAP_ANONYMOUS mmap makes an object (the
 * kernel's shmem file on /dev/zero) whose pages, by page offset, every process mapping it sees;
 * `maps` says which object a process's range maps, from which address its page 0 is mapped.
 */
export interface ShmemState {
  /**
   * A tmpfs file (O_TMPFILE on /tmp, kernel/fs/tmpfs_file.c) is an object too: `file` is the
   * key of its struct file (region:slot), `size` its i_size in bytes, `open` until its last
   * descriptor is closed, `flags` its open flags (the access mode mmap checks).
   */
  objs: Record<number, { pages: Record<number, number>; npages: number; file?: string; size?: number; open?: boolean; flags?: number }>;
  maps: { pid: number; start: number; end: number; obj: number; base: number }[];
  next: number;
}

/**
 * A thread pthread_create made in a user process (it shares the process's mm, heap and open
 * files): 'run' until its start routine returns or it calls pthread_exit, then 'done' with the
 * value pthread_join hands out, 'joined' once a join took it.
 */
export interface UserThread {
  pid: number;
  state: 'run' | 'done' | 'joined';
  ret?: Value;
  detached?: boolean;
}

/**
 * A user process in the process table (fork / exit / waitpid, process.ts): its parent, its one
 * thread and, once it ended, the wait status its parent reads (Linux's encoding: the exit code
 * in bits 8..15, or the terminating signal in bits 0..6).
 */
export interface UserProc {
  pid: number;
  /** The parent's pid; 0: none (the first process, or an orphan nobody waits for). */
  ppid: number;
  /** The simulated thread that runs it. */
  tid: number;
  /** 'run' until it ends; 'zombie' until its parent's waitpid reads the status; then 'reaped'. */
  state: 'run' | 'zombie' | 'reaped';
  status?: number;
  /** A child whose fork() has not returned yet: the retried call in its thread returns 0. */
  forkReturn?: boolean;
  /** The program's first process (not forked): its exit is the program's (or the test's) end. */
  root?: boolean;
}

/** A process's malloc arena: a heap VMA carved first fit; big blocks are mmapped (as glibc). */
export interface UserHeap {
  start: number;
  end: number;
  /** Live blocks: address → size in bytes (rounded), and whether it is a mapping of its own. */
  blocks: Record<number, { size: number; mmapped: boolean }>;
  /** Free extents [address, size] inside the heap, by address. */
  free: [number, number][];
}

/** A present-pte helper applied to a swap-format pte, at a source position (first call there);
 *  the state view shows it as it is. */
export type PteWarning = WarningView;

export const PTRS_PER_TABLE = 512;

/** The shared zero page's pfn. No struct page is modelled for it. */
export const ZERO_PFN = 0x10;

/** Bytes covered by one entry of a table at `level`. */
const SPANS = [0, 2 ** 12, 2 ** 21, 2 ** 30, 2 ** 39];
export function entrySpan(level: number): number {
  return SPANS[level];
}

/** Index of `addr` in a table of `level`. */
export function tableIndex(level: number, addr: number): number {
  return Math.floor(addr / entrySpan(level)) % PTRS_PER_TABLE;
}

/** Virtual address mapped by entry `i` of table `t`. */
export function entryAddr(t: PageTable, i: number): number {
  return t.base + i * entrySpan(t.level);
}

export function newModel(cpus: number): MmModel {
  return {
    cpus,
    cache: 'none',
    cacheLines: Array.from({ length: cpus }, () => []),
    pages: {},
    nextPfn: 0x100,
    mms: {},
    tables: {},
    objs: {},
    nextId: 1,
    tlbs: Array.from({ length: cpus }, () => []),
    lruBatch: Array.from({ length: cpus }, () => []),
    held: {},
    lazyMmu: {},
    invariants: {},
    nextDevPfn: 0x100000,
    ptesOf: {},
    touched: {},
    touchedVa: {},
    touchedAll: true,
    written: {},
    pending: [],
  };
}

/**
 * A `struct page` with every field at its resting value (free of users: refcount 0, unlocked,
 * off the LRU, no mapping, zero-filled), overridden by `fields`. Every place that creates a
 * page starts from here so a new field gets a default in one place.
 */
export function newPage(pfn: number, fields: Partial<PageState> = {}): PageState {
  return {
    pfn,
    zone: 'ram',
    freed: false,
    refcount: 0,
    mapcount: 0,
    pins: 0,
    locked: false,
    lockOwner: NO_TID,
    lockWaiters: [],
    lru: 'none',
    batchCpu: -1,
    dirty: false,
    anon: false,
    anonExclusive: false,
    mapping: 'none',
    index: 0,
    content: '0',
    compound: false,
    pgmap: -1,
    uptodate: false,
    memcg: false,
    extraRefs: 0,
    zoneDeviceData: NULL,
    ...fields,
  };
}

export function allocId(m: MmModel): number {
  return m.nextId++;
}

export function findVma(mm: MmState, addr: number): VmaState | undefined {
  return mm.vmas.find((v) => addr >= v.start && addr < v.end);
}

export function vmaByObj(m: MmModel, obj: number): { mm: MmState; vma: VmaState } | undefined {
  const o = m.objs[obj];
  if (!o || o.kind !== 'vma') return undefined;
  const mm = m.mms[o.pid];
  const vma = mm?.vmas.find((v) => v.obj === obj);
  return mm && vma ? { mm, vma } : undefined;
}

export function mmByObj(m: MmModel, obj: number): MmState | undefined {
  const o = m.objs[obj];
  return o && o.kind === 'mm' ? m.mms[o.pid] : undefined;
}

/** Names of the VM_* bits set in `flags`. */
export function vmaFlagNames(flags: number): string[] {
  const out: string[] = [];
  if (flags & VM_READ) out.push('VM_READ');
  if (flags & VM_WRITE) out.push('VM_WRITE');
  if (flags & VM_EXEC) out.push('VM_EXEC');
  if (flags & VM_SHARED) out.push('VM_SHARED');
  // a driver's mapping filled by vm_insert_page / remap_pfn_range (kernel/include/linux/mm_types.h)
  if (flags & 0x10000000) out.push('VM_MIXEDMAP');
  if (flags & 0x00000400) out.push('VM_PFNMAP');
  // huge pages (src/mm/huge.ts)
  if (flags & 0x00400000) out.push('VM_HUGETLB');
  if (flags & 0x20000000) out.push('VM_HUGEPAGE');
  if (flags & 0x40000000) out.push('VM_NOHUGEPAGE');
  return out;
}

export function hexAddr(n: number): string {
  return '0x' + n.toString(16);
}

/**
 * Replace the contents of `target` with a copy of `snapshot`, keeping the object identity:
 * the native table and ModelMemory hold the model object, so a restore (step back, replay)
 * must happen in place.
 */
export function restoreModel(target: MmModel, snapshot: MmModel): void {
  const copy = structuredClone(snapshot);
  for (const k of Object.keys(target) as (keyof MmModel)[]) delete target[k];
  Object.assign(target, copy);
  target.touchedAll = true;
}
