// JSON-serialisable views of the simulated memory state, shared by the extension host, the
// webview, the CLI's --json output and the tests. Nothing here holds BigInt: addresses and
// raw PTE values travel as hex strings.

export type PteKind =
  | 'none'
  | 'present'
  | 'migration'
  | 'device-private'
  | 'device-exclusive'
  | 'swap';

export interface PteView {
  /** Stable key for change marking: `pte:<pid>:<addr hex>`. */
  key: string;
  pid: number;
  /** Virtual address, hex (`0x7f0000001000`). */
  addr: string;
  kind: PteKind;
  /** The frame this entry refers to (present, migration, device entries). */
  pfn?: number;
  /** Decoded bits: write, dirty, young, soft-dirty, uffd-wp, exclusive ... */
  bits: string[];
  /** Raw 64-bit value, hex. */
  raw: string;
  /** Readable form, e.g. `migration(W) -> pfn 0x102 [soft-dirty]`. */
  text: string;
  /** Held by a PTE lock right now (thread name) */
  ptlHolder?: string;
  /** False when no pte table covers the address yet (its pmd entry is none); absent: unknown. */
  populated?: boolean;
}

/** The levels of a page-table walk (x86-64, 4 levels: the p4d is folded into the pgd). */
export type PtLevel = 'pgd' | 'p4d' | 'pud' | 'pmd' | 'pte';

/**
 * One table of the walk for the viewed range: the pgd, the pud and pmd tables under the range,
 * and each pte table (one per pmd entry, 2 MiB) that covers part of it.
 */
export interface PageTableView {
  level: PtLevel;
  /** First virtual address the table covers, hex. */
  base: string;
  /** Index, in the table one level up, of the entry that points at this table (absent for the pgd). */
  index?: number;
  /** Entries in use (not none). */
  used: number;
}

export interface VmaView {
  start: string;
  end: string;
  flags: string[];
}

export interface ProcessView {
  pid: number;
  name: string;
  vmas: VmaView[];
  /** The PTEs of the scenario's range of interest (or of every VMA if none is given). */
  ptes: PteView[];
  mmapLock?: string;
  /** The tables of the walk pgd -> pud -> pmd -> pte that cover the viewed range, top level first. */
  tables?: PageTableView[];
}

export type Zone = 'ram' | 'device-private' | 'device-coherent';
export type LruState = 'lru' | 'isolated' | 'batch' | 'none';

export interface PageView {
  /** `page:<pfn>` */
  key: string;
  pfn: number;
  zone: Zone;
  /** Device (pgmap owner) name for device pages. */
  owner?: string;
  free: boolean;
  refcount: number;
  mapcount: number;
  locked: boolean;
  lockHolder?: string;
  lockWaiters: string[];
  lru: LruState;
  pins: number;
  dirty: boolean;
  anon: boolean;
  anonExclusive: boolean;
  /** The data the page holds (a tag value per page), as text. */
  content?: string;
  flags: string[];
}

export interface TlbEntryView {
  pid: number;
  addr: string;
  pfn: number;
  write: boolean;
  /** The PTE no longer maps this pfn: a stale translation. */
  stale: boolean;
}

export interface TlbView {
  cpu: number;
  entries: TlbEntryView[];
}

export interface LockView {
  name: string;
  kind: 'ptl' | 'page' | 'mmap' | 'spinlock';
  holder?: string;
  waiters: string[];
}

export interface MigrateSlotView {
  index: number;
  raw: string;
  pfn?: number;
  flags: string[];
}

/** A migration control array (src, dst, or the 2016 single `pfns` array) in some frame. */
export interface MigrateArrayView {
  name: string;
  slots: MigrateSlotView[];
  /** Declared length of the array when trailing zero slots were left out of `slots`. */
  length?: number;
}

export interface ViolationView {
  invariant: string;
  message: string;
  /** Keys (pte:…, page:…, tlb:…, slot:…, as in StateView.changed) of the objects it is about. */
  culprits?: string[];
  /** The statement that broke it. */
  at?: { file: string; line: number; column: number };
}

/**
 * A warning of the run at a source position: a present-pte helper (pte_pfn, pte_dirty, ...)
 * applied to a swap-format pte, reported once per (helper, line) with the number of calls.
 */
export interface WarningView {
  /** The helper, e.g. `pte_dirty`. */
  helper: string;
  file: string;
  line: number;
  column: number;
  /** Names the helper, the pte value and kind, and the value returned. */
  message: string;
  /** Calls at this (helper, line) so far. */
  count: number;
}

export interface StateView {
  /** Steps executed so far. */
  step: number;
  /** The migration stage the focus thread is in (collect, lock & isolate, unmap, ...). */
  stage?: string;
  processes: ProcessView[];
  pages: PageView[];
  tlbs: TlbView[];
  locks: LockView[];
  arrays: MigrateArrayView[];
  violations: ViolationView[];
  /** Warnings of the run so far, in the order they first occurred (absent: none). */
  warnings?: WarningView[];
  /** Keys (pte:…, page:…, tlb:…, slot:…) whose content changed since the previous stop. */
  changed: string[];
  /**
   * What the debugger set at this step (Set Value, setVariable / setExpression), as the run
   * records it: page:<pfn>:<field>, pte:<pid>:<addr>, tlb:<cpu>:<pid>:<addr> (absent: nothing).
   */
  edited?: string[];
  /** The address the stopped code works on (its `addr`), when the stop has one. */
  focus?: { pid?: number; addr: string };
}
