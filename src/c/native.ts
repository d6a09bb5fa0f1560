// The contract between the interpreter (src/c) and the kernel primitives it calls (src/mm).
//
// A native is a plain function of (context, arguments). It reads and writes the model's state,
// which is plain data. It may
//   - return a value (or nothing for `void`),
//   - return a Blocked marker: the calling thread sleeps on a wait key and the *whole call is
//     retried* when the key is woken (lock_page on a locked page, mmap_write_lock, ...). Retrying
//     keeps execution state out of JS closures, so a blocked thread is still plain data.
//   - throw a SimFault: execution stops at the calling line like an exception in a debugger.

import type { Region } from './memory';
import type { Ptr, Value } from './value';

/** A position in a C source file. Lines and columns are 1-based; the end is exclusive. */
export interface SourceLoc {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type FaultKind =
  | 'null-deref'
  | 'out-of-bounds'
  | 'use-after-free'
  | 'uninitialized'
  | 'div-zero'
  | 'undefined-behaviour'
  | 'bug-on'
  | 'sleep-in-atomic'
  | 'step-budget'
  | 'call-depth'
  | 'memory-budget'
  | 'deadlock'
  | 'invariant'
  | 'bad-call'
  | 'model'
  | 'unsupported'
  /** A user-space access the kernel answers with SIGSEGV / SIGBUS (src/c/user-access.ts). */
  | 'segv';

/** A run-time fault. `loc` is filled in by the interpreter when a native throws it. */
export class SimFault extends Error {
  constructor(
    public readonly kind: FaultKind,
    message: string,
    public loc?: SourceLoc,
  ) {
    super(message);
    this.name = 'SimFault';
  }
}

export interface Blocked {
  t: 'block';
  /** Wait key, e.g. `page-lock:258`, `mmap:1`. Woken by NativeCtx.wake(key). */
  on: string;
  /** Human-readable reason shown in the Threads view, e.g. "lock_page(pfn 0x102)". */
  reason: string;
}

export function blocked(on: string, reason: string): Blocked {
  return { t: 'block', on, reason };
}

export interface NativeCtx {
  /** The calling simulated thread. */
  readonly tid: number;
  /** The CPU the calling thread runs on (for per-CPU TLBs and LRU batches). */
  readonly cpu: number;
  /** Where the call is in the C source. */
  readonly loc: SourceLoc;
  /** Load a scalar from interpreter memory (for natives taking pointers to C locals). */
  load(p: Ptr): Value;
  /** Store a scalar into interpreter memory (out-parameters such as `&ptl`). */
  store(p: Ptr, v: Value): void;
  /**
   * n one-byte slots of C memory from p (a char buffer) for a bulk copy, or undefined where
   * the copy must go slot by slot through load / store (c-bytes.ts byteRun).
   */
  byteRun?(p: Ptr, n: number): { r: Region; i: number } | undefined;
  /** Wake every thread sleeping on `key`; they retry their blocked call. */
  wake(key: string): void;
  /** Report a warning (WARN_ON): shown in the debug console, execution continues. */
  warn(message: string): void;
  /** Text output (printf / pr_info). */
  print(text: string): void;
  /**
   * fork(): a new thread that is a copy of the calling one (its frames, locals, operand stacks
   * and the C objects of its frames), resting on this very call, which it makes again when it
   * first runs. Returns its tid. Absent where a native cannot make threads.
   */
  cloneThread?(name: string): number;
  /**
   * pthread_create(): a new ready thread named `name` that runs the C function `fn(args)` from
   * its first statement (Machine.spawn, on the caller's CPU). Returns its tid. Absent where a
   * native cannot make threads.
   */
  spawnThread?(name: string, fn: string, args: Value[]): number;
  /** Another thread ends now (kill): its frames are popped, it is done with `value`. */
  endThread?(tid: number, value: Value): void;
}

/**
 * A user page fault a native met (memset on user memory that is not mapped yet): the machine
 * runs the C fault path for `addr` (fault_in_user_page) and then calls the native again.
 */
export interface UserTrap {
  t: 'utrap';
  addr: number;
  write: boolean;
}

/**
 * The calling thread ends here (exit, _exit, a signal it sent itself): the machine pops its
 * frames and it is done with `value` as its result, as if its entry function had returned it.
 */
export interface ThreadExit {
  t: 'exit';
  value: Value;
}

export function threadExit(value: Value): ThreadExit {
  return { t: 'exit', value };
}

/**
 * A native calls C: a callback a driver registered (an mmu_interval_notifier's ops->invalidate)
 * or mmstep's own C. As for a UserTrap, the machine pushes the frame of C function `fn(args)`
 * on the calling thread with the native's call left in place (it shows in the debugger above
 * the call and is stepped like any C), discards its return value, and calls the native again
 * with the same arguments when it returns; the native keeps in the model how far it got.
 */
export interface Upcall {
  t: 'upcall';
  fn: string;
  args: Value[];
}

export function upcall(fn: string, args: Value[]): Upcall {
  return { t: 'upcall', fn, args };
}

export function isUpcall(v: unknown): v is Upcall {
  return typeof v === 'object' && v !== null && (v as Upcall).t === 'upcall';
}

export type NativeImpl = (ctx: NativeCtx, args: Value[]) => Value | Blocked | UserTrap | Upcall | ThreadExit | void;

export interface NativeTable {
  [name: string]: NativeImpl;
}

/**
 * Access to model objects reached through pointers in C (`vma->vm_mm`, `*ptep`, `page->mapping`).
 * Implemented by src/mm. Field names are the C field names of the struct declared in
 * kernel/include; a field the model does not expose throws SimFault('unsupported').
 */
export interface ModelMemory {
  readField(p: Ptr, struct: string, field: string): Value;
  writeField(p: Ptr, struct: string, field: string, v: Value): void;
  /** Read a page-table entry (`*ptep`, `ptep[i]`). Out of the table's bounds → SimFault. */
  readEntry(p: Ptr): Value;
  /** Write a page-table entry directly (`*ptep = pte`). */
  writeEntry(p: Ptr, v: Value): void;
  /** Number of entries in page table `table` (for bounds checks on pointer arithmetic). */
  tableSize(table: number): number;
  /** True if the object behind p has been freed (use-after-free check on every access). */
  isFreed(p: Ptr): boolean;
  /** A short readable description: "page pfn 0x102 (ref 2, map 1, locked)", "pte[3] of table 7". */
  describe(p: Ptr): string;
  /** User memory of the model's processes (src/mm/user-memory.ts); absent: no user programs. */
  user?: UserMemory;
}

/**
 * Loads and stores of user virtual addresses as the thread `tid` on `cpu` makes them: through
 * its process's TLB and page tables. A SIGSEGV is thrown as SimFault('segv'); a page fault the
 * kernel must handle first is returned as a UserTrap.
 */
export interface UserMemory {
  /** `size` (1..8) bytes at addr, little-endian, unsigned. */
  read(tid: number, cpu: number, addr: number, size: number): bigint | UserTrap;
  write(tid: number, cpu: number, addr: number, size: number, value: bigint): UserTrap | undefined;
  /** Every page of [addr, addr + len) accessible (faults resolved) for a bulk operation. */
  probe(tid: number, cpu: number, addr: number, len: number, write: boolean): UserTrap | undefined;
  /** The aligned 32-bit word at addr (addr % 4 === 0), unsigned: a user int load's fast path. */
  read32(tid: number, cpu: number, addr: number): number | UserTrap;
  /** Store the aligned 32-bit word w (0..2^32-1) at addr: a user int store's fast path. */
  write32(tid: number, cpu: number, addr: number, w: number): UserTrap | undefined;
  /** Bulk read of n bytes: byte k to put(k, b); every page faulted in first (nothing read on a trap). */
  readSpan(tid: number, cpu: number, addr: number, n: number, put: (k: number, b: number) => void): UserTrap | undefined;
  /** Bulk write of n bytes: byte k is get(k); every page faulted in first (nothing written on a trap). */
  writeSpan(tid: number, cpu: number, addr: number, n: number, get: (k: number) => number): UserTrap | undefined;
  /**
   * What the debugger sees at addr (an expression, a hover): the bytes through the page table,
   * no TLB fill, no accessed bit, no fault — a page that is not present is an error.
   */
  peek(tid: number, addr: number, size: number): bigint;
  /** The C function that handles the fault and its arguments: fault_in_user_page(mm, addr, write). */
  faultCall(tid: number, trap: UserTrap): { fn: string; args: Value[] };
}
