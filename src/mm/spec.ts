// The initial memory state a scenario describes (the `memory:` section of a .mmstep.yaml file),
// as a plain TypeScript type, plus its validation. `createModel` (src/mm/build.ts) turns a
// MemorySpec into a live model; every inconsistency is reported as a SpecError carrying a JSON
// path (`memory.processes[0].pages[2].addr`) so the scenario loader can map it to a line:col.
//
// Addresses may be given as numbers or hex strings ("0x7f0000001000"); they must be
// page-aligned. Everything not given has a documented default, so the smallest useful spec is
//
//   { processes: [{ pid: 1, vmas: [{ start: '0x100000', end: '0x104000' }],
//                   pages: [{ addr: '0x100000' }] }] }
//
// which gives one anonymous RW private VMA of 4 pages with one resident page on the LRU,
// refcount 1, mapcount 1, mapped writable.

/** Scalar address: a number or a string in hex (0x...) or decimal. */
export type AddrSpec = number | string;

export type VmaFlagName = 'VM_READ' | 'VM_WRITE' | 'VM_EXEC' | 'VM_SHARED';

export interface VmaSpec {
  start: AddrSpec;
  /** Exclusive end. */
  end: AddrSpec;
  /** Default ['VM_READ', 'VM_WRITE']. */
  flags?: VmaFlagName[];
  /** Anonymous (true, default) or file-backed (false). */
  anonymous?: boolean;
}

/** Bits of the present PTE that maps the page (process-side view). */
export interface PteBitsSpec {
  /** Default: true iff the VMA has VM_WRITE and the page is not shared (fork shares read-only). */
  write?: boolean;
  /** Default false. */
  dirty?: boolean;
  /** Default true (the page was touched). */
  young?: boolean;
  /** Default false. */
  softDirty?: boolean;
  /** Default false. */
  uffdWp?: boolean;
}

/** Another mapping of the same physical page (fork-style sharing). */
export interface ShareSpec {
  pid: number;
  addr: AddrSpec;
  /** PTE bits in that process; same defaults as PteBitsSpec. */
  pte?: PteBitsSpec;
}

export type LruSpec = 'lru' | 'batch' | 'isolated' | 'none';

/** A resident page mapped at `addr` in the process that lists it. */
export interface PageSpec {
  addr: AddrSpec;
  /** Explicit physical frame number; default: allocated upwards from 0x100. */
  pfn?: number;
  /** The data the page holds (a tag). Default: `<pid>:<addr hex>`. */
  content?: string | number;
  pte?: PteBitsSpec;
  /** PG_dirty. Default false. */
  dirty?: boolean;
  /**
   * Where the page is w.r.t. the LRU. Default 'lru'. 'batch' = still in a per-CPU LRU add batch
   * (holds one extra reference until drained); 'isolated' = someone else (reclaim, compaction)
   * isolated it (holds one extra reference).
   */
  lru?: LruSpec;
  /** CPU whose add batch holds the page when lru is 'batch'. Default 0. */
  batchCpu?: number;
  /** Extra plain references (a concurrent get_page). Default 0. */
  extraRefs?: number;
  /** GUP pins (each adds one reference). Default 0. */
  pins?: number;
  /** PG_locked already held by someone (e.g. another migration). Default false. */
  locked?: boolean;
  /** Thread id of the lock holder when locked; 0 (default) = a holder outside the simulation. */
  lockOwner?: number;
  /** PG_anon_exclusive. Default: true for an anonymous page that is not shared. */
  anonExclusive?: boolean;
  /** The same page mapped in other processes (they must list a VMA covering `addr`). */
  sharedWith?: ShareSpec[];
}

export interface ProcessSpec {
  pid: number;
  /** Default `proc<pid>`. */
  name?: string;
  vmas: VmaSpec[];
  pages?: PageSpec[];
}

/** A translation cached in a CPU's TLB; the pfn is the one currently mapped at (pid, addr). */
export interface TlbSpec {
  cpu: number;
  pid: number;
  addr: AddrSpec;
  /** Writable translation. Default: the PTE's write bit. */
  write?: boolean;
}

export interface MemorySpec {
  /** Number of CPUs (TLBs, LRU add batches). Default 1. */
  cpus?: number;
  /** May be empty (plain C that touches no process memory). */
  processes: ProcessSpec[];
  tlb?: TlbSpec[];
  /**
   * CPU data caches: 'none' (default; x86: physically indexed, invisible to software), or
   * 'vivt': a virtually indexed write-back cache per CPU in which user stores stay until
   * flush_cache_page or a range flush writes them back (src/mm/cache.ts, bug 3.2).
   */
  cache?: 'none' | 'vivt';
}

/** An inconsistent or malformed spec. `path` is a JSON path rooted at `memory`. */
export class SpecError extends Error {
  constructor(
    public readonly path: string,
    public readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'SpecError';
  }
}

export const PAGE_SIZE = 4096;

/** Parse an address; throws SpecError at `path` when it is not a non-negative integer. */
export function parseAddr(v: unknown, path: string): number {
  let n: number;
  if (typeof v === 'number') {
    n = v;
  } else if (typeof v === 'string' && /^\s*(0[xX][0-9a-fA-F]+|[0-9]+)\s*$/.test(v)) {
    n = Number(v.trim());
  } else {
    throw new SpecError(path, `expected an address (number or hex string), got ${JSON.stringify(v)}`);
  }
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new SpecError(path, `address ${JSON.stringify(v)} is not a non-negative integer`);
  }
  if (n >= 2 ** 47) {
    throw new SpecError(path, `address ${hex(n)} is outside the 47-bit user address space`);
  }
  return n;
}

export function parsePageAddr(v: unknown, path: string): number {
  const n = parseAddr(v, path);
  if (n % PAGE_SIZE !== 0) throw new SpecError(path, `address ${hex(n)} is not page-aligned`);
  return n;
}

export function hex(n: number): string {
  return '0x' + n.toString(16);
}

export { createModel } from './build';
