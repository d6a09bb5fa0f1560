// How much state a scenario may ask the model for. A scenario file is small, but a few numbers
// in it (a range end, a list behind an alias) can ask for any amount of work or memory; these
// bounds are checked before anything is allocated — by the scenario loader, at the offending
// key (src/scenario/limits.ts), and again by createModel and the state view for direct callers.
// They are far above what a migration scenario needs (the examples use a few dozen pages).

export const PAGE_SIZE_BYTES = 4096;

/** Processes (mm_structs) in `memory.processes`. */
export const MAX_PROCESSES = 64;
/** VMAs per process. */
export const MAX_VMAS_PER_PROCESS = 1024;
/** Resident pages of the initial state, counting every mapping (own pages and sharedWith). */
export const MAX_RESIDENT_PAGES = 65_536;
/** PTE rows the view ranges of a scenario may cover together (1 GiB of address space). */
export const MAX_VIEW_PAGES = 262_144;
/** Translations preloaded into the TLBs. */
export const MAX_TLB_ENTRIES = 65_536;
/** CPUs (TLBs, LRU add batches). */
export const MAX_CPUS = 64;
/** Extra kernel threads besides main. */
export const MAX_THREADS = 64;
/** ZONE_DEVICE pages of all driver pools together (memremap_device_pages; bench:migrate's 1 GiB). */
export const MAX_DEVICE_PAGES = 1 << 18;
/** Pages populateAnonRange may fill in one call (benchmarks: 1 GiB is 262,144). */
export const MAX_POPULATE_PAGES = 1 << 20;

/** `34,359,738,368` → "34 billion"; small counts exactly, with separators. */
export function countText(n: number | bigint): string {
  const v = Number(n);
  const round = (x: number) => (x < 10 ? x.toFixed(1).replace(/\.0$/, '') : String(Math.round(x)));
  if (v >= 1e12) return `${round(v / 1e12)} trillion`;
  if (v >= 1e9) return `${round(v / 1e9)} billion`;
  if (v >= 1e7) return `${round(v / 1e6)} million`;
  return v.toLocaleString('en-US');
}

/** Bytes as "2^47 bytes" (powers of two from 1 MiB up), "128 TiB" or "12,288 bytes". */
export function bytesText(n: bigint): string {
  if (n >= 1n << 20n && (n & (n - 1n)) === 0n) return `2^${n.toString(2).length - 1} bytes`;
  if (n >= 1n << 20n) return sizeText(Number(n));
  return `${countText(n)} bytes`;
}

/** 2^30 → "1 GiB". */
export function sizeText(bytes: number): string {
  for (const [unit, size] of [['PiB', 2 ** 50], ['TiB', 2 ** 40], ['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** 262,144 pages → "1 GiB". */
export function pagesAsSize(pages: number): string {
  return sizeText(pages * PAGE_SIZE_BYTES);
}
