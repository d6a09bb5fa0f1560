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
}
