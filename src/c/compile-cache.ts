// Compiled programs cached by the content of everything they were compiled from, so a restart,
// a second scenario over the same sources or (with a store on disk, the CLI's) a new process
// does not preprocess, parse and compile the same C again.
//
// An entry is found by its input key — the hash of what is known before reading any file: the
// source list, the include path, the natives, every unit's configuration (its prelude text
// included) and the cache format — and it is valid only while every file the compilation read
// still has the text it had (its hash), and every include lookup that found nothing still finds
// nothing. That is content addressing on every source and include text, checked without
// preprocessing anything (ccache's "direct mode"). The program is plain data (ir.ts): it is
// cached as it is, never as generated code; a program is not changed once compiled, so the
// memory entry is shared by every load.

import type { Diagnostic } from '../sim/types';
import type { Program } from './ir';
import { fnv64 } from './hash';

/** Changes whenever the program's shape or the key's parts change (old entries stop matching). */
export const COMPILE_CACHE_FORMAT = 1;

/** A file the compilation read and the hash of its text; null: the lookup found no file. */
export type ReadRecord = [path: string, hash: string | null];

export interface CompiledEntry {
  key: string;
  reads: ReadRecord[];
  program: Program;
  /** The compilation's warnings (an entry is only made for a program without errors). */
  diagnostics: Diagnostic[];
}

/** A second level below the memory, kept by the host (the CLI's: compile-cache-disk.ts). */
export interface CompiledStore {
  /** The entry saved under `key`; undefined for none, or one that is unreadable or not ours. */
  load(key: string): CompiledEntry | undefined;
  save(entry: CompiledEntry): void;
}

/** How loads went since the process started (tests read it; benchmarks print it). */
export const compileCacheStats = { memoryHits: 0, storeHits: 0, misses: 0, stale: 0 };

/** Input keys kept in memory, and programs per key (the texts of a file set before and after
 *  an edit or a patch applied in memory: switching back is a hit too). */
const MEMORY_KEYS = 8;
const VARIANTS_PER_KEY = 4;
const memory = new Map<string, CompiledEntry[]>();
let store: CompiledStore | undefined;

/** Use `s` below the memory cache (undefined: memory only). */
export function setCompiledStore(s: CompiledStore | undefined): void {
  store = s;
}

/** Forget the compiled programs this process holds (not the store's). */
export function clearCompiledMemory(): void {
  memory.clear();
}

/** The hash a file's text is recorded with. */
export function contentHash(text: string): string {
  return `${fnv64(text)}.${text.length.toString(36)}`;
}

/** The input key of a compilation (see the top of this file). */
export function compileKey(parts: readonly string[]): string {
  return fnv64([`mmstep-compiled/${COMPILE_CACHE_FORMAT}`, ...parts].join('\u0001')) + fnv64(parts.join('\u0002'));
}

/**
 * The reads of a compilation as records, each path once; undefined when one path read two
 * different ways (it changed while being compiled: nothing is cached).
 */
export function readRecords(reads: Iterable<readonly [string, string | null]>): ReadRecord[] | undefined {
  const seen = new Map<string, string | null>();
  for (const [p, t] of reads) {
    const h = t === null ? null : contentHash(t);
    if (seen.has(p) && seen.get(p) !== h) return undefined;
    seen.set(p, h);
  }
  return [...seen];
}

/** Reads each file once per lookup, as the hash its text has now (null: unreadable). */
function hasher(read: (path: string) => Promise<string>): (path: string) => Promise<string | null> {
  const now = new Map<string, Promise<string | null>>();
  return (p) => {
    let h = now.get(p);
    if (!h) {
      h = read(p).then(contentHash, () => null);
      now.set(p, h);
    }
    return h;
  };
}

async function stillValid(entry: CompiledEntry, hashNow: (path: string) => Promise<string | null>): Promise<boolean> {
  const same = await Promise.all(entry.reads.map(async ([p, h]) => (await hashNow(p)) === h));
  return same.every(Boolean);
}

function remember(entry: CompiledEntry): void {
  const variants = (memory.get(entry.key) ?? []).filter((e) => e !== entry);
  variants.unshift(entry);
  memory.delete(entry.key);
  memory.set(entry.key, variants.slice(0, VARIANTS_PER_KEY));
  while (memory.size > MEMORY_KEYS) memory.delete(memory.keys().next().value as string);
}

/** The entry for `key` whose files all still read as recorded (memory first, then the store). */
export async function lookupCompiled(key: string, read: (path: string) => Promise<string>): Promise<CompiledEntry | undefined> {
  const hashNow = hasher(read);
  const variants = memory.get(key) ?? [];
  for (const m of variants) {
    if (await stillValid(m, hashNow)) {
      remember(m);
      compileCacheStats.memoryHits++;
      return m;
    }
  }
  if (variants.length) compileCacheStats.stale++;
  if (store) {
    let e: CompiledEntry | undefined;
    try {
      e = store.load(key);
    } catch {
      e = undefined;
    }
    if (e && e.key === key && (await stillValid(e, hashNow))) {
      remember(e);
      compileCacheStats.storeHits++;
      return e;
    }
    if (e) compileCacheStats.stale++;
  }
  compileCacheStats.misses++;
  return undefined;
}

/** Keep a freshly compiled program (in memory, and in the store if there is one). */
export function rememberCompiled(entry: CompiledEntry): void {
  remember(entry);
  if (!store) return;
  try {
    store.save(entry);
  } catch {
    // A store that cannot write (disk full, read-only cache) only costs the next process time.
  }
}
