// The CLI's store of compiled programs on disk (the level below src/c/compile-cache.ts's memory),
// so `mmstep run`/`check` in a new process skip preprocessing, parsing and compiling C whose
// texts they have compiled before. Entries live in $XDG_CACHE_HOME/mmstep/compiled (or
// ~/.cache/mmstep/compiled), one file each, named by the hash of the input key and of this
// build's identity (mmstep's version, V8's, the bundle's size and time), so two builds never
// read each other's entries.
//
// What is stored is data only: the program (ir.ts) as V8's structured serialisation — objects,
// arrays, strings, bigints, never functions or code — behind a header that names the key, the
// identity, the length and a SHA-256 of the payload. A file that is truncated, corrupt, of
// another build or of another key is ignored (and replaced by the next save); one whose payload
// is not shaped like a program is too. Writes go to a temporary file renamed into place, so a
// reader never sees half an entry; the folder is kept under a size bound, oldest entries first.

import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { setCompiledStore, type CompiledEntry, type CompiledStore } from '../c/compile-cache';

const MAGIC = 'mmstep-compiled 1\n';
/** The whole folder stays below this (oldest entries go first). */
export const DEFAULT_MAX_BYTES = 64 << 20;
/** A program bigger than this is not stored. */
const MAX_ENTRY_BYTES = 32 << 20;
const MAX_HEADER_BYTES = 4 << 20;
/** Temporary files older than this are left over by a writer that died. */
const STALE_TMP_MS = 10 * 60 * 1000;

/** $XDG_CACHE_HOME/mmstep/compiled when that is an absolute path, else ~/.cache/mmstep/compiled. */
export function defaultCompiledDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, 'mmstep', 'compiled');
}

/** What distinguishes this build's programs: a rebuilt bundle (or tsc output) has a new one. */
export function buildIdentity(version: string): string {
  let code = '';
  try {
    const st = fs.statSync(__filename);
    code = `${st.size}:${Math.round(st.mtimeMs)}`;
  } catch {
    code = 'unknown';
  }
  return `mmstep ${version}|v8 ${process.versions.v8}|${path.basename(__filename)} ${code}`;
}

const sha256 = (b: Buffer | Uint8Array): string => createHash('sha256').update(b).digest('hex');

type Obj = Record<string, unknown>;
type Path = (string | number)[];

/**
 * The path (keys from `root`) of every null-prototype object in `root`. The symbol tables are
 * such objects (dict.ts: C names such as `constructor` are no inherited properties) and the
 * serialisation loses prototypes, so the header lists them. Throws on anything but plain
 * objects, arrays, primitives and typed arrays: no function or class instance is ever stored.
 */
function nullProtoPaths(root: unknown): Path[] {
  const seen = new Set<object>();
  const out: Path[] = [];
  const stack: [object, Path][] = [[root as object, []]];
  const push = (v: unknown, p: Path): void => {
    if (typeof v === 'function' || typeof v === 'symbol') throw new Error('not plain data');
    if (typeof v === 'object' && v !== null && !seen.has(v)) stack.push([v, p]);
  };
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v)) continue;
    const proto = Object.getPrototypeOf(v) as unknown;
    if (Array.isArray(v)) {
      if (proto !== Array.prototype) throw new Error('not plain data');
      for (let i = 0; i < v.length; i++) push(v[i], [...p, i]);
      continue;
    }
    if (proto !== Object.prototype && proto !== null) throw new Error('not plain data');
    if (proto === null) out.push(p);
    for (const k of Object.keys(v)) push((v as Obj)[k], [...p, k]);
  }
  return out;
}

const LOC_KEYS = ['file', 'line', 'column', 'endLine', 'endColumn'];

/**
 * Program.locs (thousands of small objects, each naming its file) as a file table and an
 * Int32Array: a third of the bytes, and a quarter of the time to read back. Undefined when a
 * loc is not exactly a SourceLoc of int32 numbers (then the array is stored as it is).
 */
function packLocs(locs: unknown[]): { files: string[]; data: Int32Array } | undefined {
  const files: string[] = [];
  const index = new Map<string, number>();
  const data = new Int32Array(locs.length * 5);
  for (let i = 0; i < locs.length; i++) {
    const l = locs[i] as Obj | null;
    if (!l || typeof l !== 'object' || Object.getPrototypeOf(l) !== Object.prototype) return undefined;
    const keys = Object.keys(l);
    if (keys.length !== 5 || keys.some((k, j) => k !== LOC_KEYS[j]) || typeof l.file !== 'string') return undefined;
    let f = index.get(l.file);
    if (f === undefined) index.set(l.file, (f = files.push(l.file) - 1));
    data[i * 5] = f;
    for (let j = 1; j < 5; j++) {
      const n = l[LOC_KEYS[j]];
      if (typeof n !== 'number' || (n | 0) !== n) return undefined;
      data[i * 5 + j] = n;
    }
  }
  return { files, data };
}

function unpackLocs(v: unknown): Obj[] | undefined {
  const p = v as { files?: unknown; data?: unknown } | null;
  if (!p || !isStringArray(p.files) || !(p.data instanceof Int32Array) || p.data.length % 5) return undefined;
  const files = p.files as string[];
  const data = p.data;
  const out: Obj[] = new Array(data.length / 5);
  for (let i = 0, j = 0; i < out.length; i++, j += 5) {
    const file = files[data[j]];
    if (file === undefined) return undefined;
    out[i] = { file, line: data[j + 1], column: data[j + 2], endLine: data[j + 3], endColumn: data[j + 4] };
  }
  return out;
}

/** The bytes of an entry file. Throws when the entry is not plain data. */
export function encodeEntry(entry: CompiledEntry, identity: string): Buffer {
  const nullProto = nullProtoPaths(entry);
  const locs = packLocs(entry.program.locs as unknown[]);
  const payload = v8.serialize(locs ? { ...entry, program: { ...entry.program, locs } } : entry);
  const header = JSON.stringify({ identity, key: entry.key, bytes: payload.length, sha256: sha256(payload), nullProto, packedLocs: !!locs });
  return Buffer.concat([Buffer.from(MAGIC + header + '\n', 'utf8'), payload]);
}

function isStringArray(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

const isPath = (p: unknown): p is Path => Array.isArray(p) && p.every((k) => typeof k === 'string' || Number.isInteger(k));

/** A payload shaped like an entry (the fields every reader of a Program relies on). */
function entryShaped(v: unknown, key: string): v is CompiledEntry {
  const e = v as Partial<CompiledEntry> | null;
  if (!e || typeof e !== 'object' || e.key !== key || !Array.isArray(e.diagnostics)) return false;
  if (!Array.isArray(e.reads) || !e.reads.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'string' && (r[1] === null || typeof r[1] === 'string'))) return false;
  const p = e.program as unknown as Obj | undefined;
  if (!p || typeof p !== 'object') return false;
  for (const f of ['functions', 'globals', 'locs']) if (!Array.isArray(p[f])) return false;
  for (const f of ['symbols', 'fnIndex', 'natives', 'globalIndex', 'initialRegions', 'structs', 'stmtInfo', 'stmtLines', 'expansions']) {
    if (!p[f] || typeof p[f] !== 'object' || Array.isArray(p[f])) return false;
  }
  if (!isStringArray(p.files)) return false;
  return (p.functions as unknown[]).every((f) => !!f && typeof f === 'object' && typeof (f as Obj).name === 'string' && Array.isArray((f as Obj).code));
}

/** The entry in `bytes`, or undefined when they are not an intact entry of `key` for `identity`. */
export function decodeEntry(bytes: Buffer, identity: string, key: string): CompiledEntry | undefined {
  try {
    if (bytes.length < MAGIC.length || bytes.toString('utf8', 0, MAGIC.length) !== MAGIC) return undefined;
    const nl = bytes.indexOf(10, MAGIC.length);
    if (nl < 0 || nl - MAGIC.length > MAX_HEADER_BYTES) return undefined;
    const h = JSON.parse(bytes.toString('utf8', MAGIC.length, nl)) as { identity?: unknown; key?: unknown; bytes?: unknown; sha256?: unknown; nullProto?: unknown; packedLocs?: unknown };
    if (h.identity !== identity || h.key !== key) return undefined;
    const payload = bytes.subarray(nl + 1);
    if (payload.length !== h.bytes || sha256(payload) !== h.sha256) return undefined;
    if (!Array.isArray(h.nullProto) || !h.nullProto.every(isPath)) return undefined;
    const value = v8.deserialize(payload) as { program?: Obj } | null;
    if (h.packedLocs === true) {
      const locs = value?.program && typeof value.program === 'object' ? unpackLocs(value.program.locs) : undefined;
      if (!locs) return undefined;
      value!.program!.locs = locs;
    }
    if (!entryShaped(value, key)) return undefined;
    const found: object[] = [];
    for (const p of h.nullProto as Path[]) {
      let o: unknown = value;
      for (const k of p) o = o !== null && typeof o === 'object' ? (o as Obj)[k as string] : undefined;
      if (o === null || typeof o !== 'object' || Array.isArray(o) || ArrayBuffer.isView(o)) return undefined;
      found.push(o);
    }
    for (const o of found) Object.setPrototypeOf(o, null);
    return value;
  } catch {
    return undefined;
  }
}

export interface DiskStoreOptions {
  dir: string;
  identity: string;
  maxBytes?: number;
}

export class DiskCompiledStore implements CompiledStore {
  readonly dir: string;
  private readonly identity: string;
  private readonly maxBytes: number;

  constructor(opts: DiskStoreOptions) {
    this.dir = opts.dir;
    this.identity = opts.identity;
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /** The entry file of `key` (for this build). */
  fileOf(key: string): string {
    return path.join(this.dir, `${sha256(Buffer.from(`${this.identity}\u0000${key}`)).slice(0, 40)}.bin`);
  }

  load(key: string): CompiledEntry | undefined {
    const file = this.fileOf(key);
    let bytes: Buffer;
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > MAX_ENTRY_BYTES + MAX_HEADER_BYTES) return undefined;
      bytes = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    const entry = decodeEntry(bytes, this.identity, key);
    if (entry) {
      // Used: the last to be pruned.
      const now = new Date();
      try {
        fs.utimesSync(file, now, now);
      } catch {
        /* read-only cache: still a hit */
      }
    }
    return entry;
  }

  save(entry: CompiledEntry): void {
    const bytes = encodeEntry(entry, this.identity);
    if (bytes.length > MAX_ENTRY_BYTES) return;
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = this.fileOf(entry.key);
    const tmp = path.join(this.dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      fs.writeFileSync(tmp, bytes, { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, file);
    } catch (e) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* never written */
      }
      throw e;
    }
    this.prune(file);
  }

  /** Keep the folder under maxBytes, oldest first (never `keep`, just written). */
  prune(keep?: string): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return;
    }
    const now = Date.now();
    const entries: { file: string; size: number; mtime: number }[] = [];
    for (const n of names) {
      const file = path.join(this.dir, n);
      let st: fs.Stats;
      try {
        st = fs.lstatSync(file);
      } catch {
        continue;
      }
      if (!st.isFile()) continue;
      if (n.endsWith('.tmp')) {
        if (now - st.mtimeMs > STALE_TMP_MS) fs.rmSync(file, { force: true });
        continue;
      }
      if (n.endsWith('.bin')) entries.push({ file, size: st.size, mtime: st.mtimeMs });
    }
    let total = entries.reduce((s, e) => s + e.size, 0);
    entries.sort((a, b) => a.mtime - b.mtime);
    for (const e of entries) {
      if (total <= this.maxBytes) break;
      if (e.file === keep) continue;
      fs.rmSync(e.file, { force: true });
      total -= e.size;
    }
  }
}

/**
 * Use a disk store below the memory cache for this process (the CLI's entry point calls it).
 * MMSTEP_COMPILE_CACHE=off (or 0) leaves the memory cache only. Returns the store, if any.
 */
export function installDiskCompiledStore(version: string, env: NodeJS.ProcessEnv = process.env): DiskCompiledStore | undefined {
  const setting = (env.MMSTEP_COMPILE_CACHE ?? '').toLowerCase();
  if (setting === 'off' || setting === '0' || setting === 'false') return undefined;
  const store = new DiskCompiledStore({ dir: defaultCompiledDir(env), identity: buildIdentity(version) });
  setCompiledStore(store);
  return store;
}
