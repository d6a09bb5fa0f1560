// Full validation of a packed state message (packed-state.ts) in one pass per column, and the
// StateView it stands for. Everything but the row lists goes through parseStateView (the same
// checks and paths as an unpacked state); each PTE, page and slot value is checked as
// check-state.ts checks it, and a problem is reported with the path the value has in the
// StateView (`state.processes[0].ptes[3].pfn: expected an integer in 0..4503599627370496, got
// -2`), so a packed message is rejected exactly where its unpacked form would be. Only the known
// columns are read, and a valid message comes back as fresh objects; equal name lists are one
// frozen array shared by the rows that hold it.

import { describe, parseStateView, STATE_LIMITS, StateCheck } from '../protocol/check-state';
import type { MigrateSlotView, PageView, PteView, StateView } from '../protocol/state';
import { LRU_CODES, PACKED_VERSION, PAGE_BOOLS, PTE_KIND_CODES, ZONE_CODES } from './packed-state';

/** As check-state.ts. */
const MAX_PFN = 2 ** 52;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const HEX = /^0x[0-9a-fA-F]{1,16}$/;
const MAX_LEN = STATE_LIMITS.string;

class Invalid extends Error {}

const own = Object.prototype.hasOwnProperty;
type Obj = Record<string, unknown>;

function fail(where: string, problem: string): never {
  throw new Invalid(`${where}: ${problem}`);
}

function object(v: unknown, where: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(where, `expected an object, got ${describe(v)}`);
  return v as Obj;
}

function field(o: Obj, k: string): unknown {
  return own.call(o, k) ? o[k] : undefined;
}

/** Column `k` of the packed rows at `where`: an array of exactly `n` values. */
function column(o: Obj, k: string, n: number, where: string): unknown[] {
  const v = field(o, k);
  if (!Array.isArray(v)) fail(where, `packed column ${k}: expected an array, got ${describe(v)}`);
  if (v.length !== n) fail(where, `packed column ${k}: expected ${n} entries (one per row), got ${v.length}`);
  return v;
}

/** The number of rows at `where` (the length of its first column). */
function rowCount(o: Obj, k: string, where: string): number {
  const v = field(o, k);
  if (!Array.isArray(v)) fail(where, `packed column ${k}: expected an array, got ${describe(v)}`);
  if (v.length > STATE_LIMITS.rows) fail(where, `expected at most ${STATE_LIMITS.rows} entries, got ${v.length}`);
  return v.length;
}

/**
 * The checks of one value take where it is as (base, row, field), and build the path text
 * (`base[row].field`) only when it is wrong: the pass over the rows allocates nothing else.
 */
function at(base: string, row: number, f: string): string {
  return `${base}[${row}]${f ? '.' + f : ''}`;
}

function text(v: unknown, base: string, row: number, f: string): string {
  if (typeof v !== 'string') fail(at(base, row, f), `expected a string, got ${describe(v)}`);
  if (v.length > MAX_LEN) fail(at(base, row, f), `expected a string of at most ${MAX_LEN} characters, got ${v.length}`);
  return v;
}

function hex(v: unknown, base: string, row: number, f: string): string {
  if (typeof v !== 'string' || v.length > 18 || !HEX.test(v)) {
    text(v, base, row, f);
    fail(at(base, row, f), `expected a hex value like 0x1f, got ${describe(v)}`);
  }
  return v;
}

function integer(v: unknown, min: number, max: number, base: string, row: number, f: string): number {
  if (typeof v !== 'number') fail(at(base, row, f), `expected an integer, got ${describe(v)}`);
  if (!Number.isInteger(v) || v < min || v > max) fail(at(base, row, f), `expected an integer in ${min}..${max}, got ${describe(v)}`);
  return v;
}

/** An optional pfn: -1 stands for absent. */
function optPfn(v: unknown, base: string, row: number, f: string): number | undefined {
  return v === -1 ? undefined : integer(v, 0, MAX_PFN, base, row, f);
}

function code<T>(v: unknown, codes: readonly T[], base: string, row: number, f: string): T {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= codes.length) fail(at(base, row, f), `expected one of ${codes.join(', ')} (as its index 0..${codes.length - 1}), got ${describe(v)}`);
  return codes[v];
}

/** The shared name lists, checked as check-state.ts checks bits, flags and waiters. */
function nameLists(v: unknown): readonly (readonly string[])[] {
  if (!Array.isArray(v)) fail('state.lists', `expected an array, got ${describe(v)}`);
  if (v.length > STATE_LIMITS.rows) fail('state.lists', `expected at most ${STATE_LIMITS.rows} entries, got ${v.length}`);
  const out: (readonly string[])[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const l = v[i] as unknown;
    if (!Array.isArray(l)) fail(`state.lists[${i}]`, `expected an array, got ${describe(l)}`);
    if (l.length > STATE_LIMITS.names) fail(`state.lists[${i}]`, `expected at most ${STATE_LIMITS.names} entries, got ${l.length}`);
    const names: string[] = new Array(l.length);
    for (let j = 0; j < l.length; j++) names[j] = text(l[j], `state.lists[${i}]`, j, '');
    out[i] = Object.freeze(names);
  }
  return out;
}

function list(lists: readonly (readonly string[])[], v: unknown, base: string, row: number, f: string): string[] {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= lists.length) fail(at(base, row, f), `expected a name list (an index into state.lists, 0..${lists.length - 1}), got ${describe(v)}`);
  return lists[v] as string[];
}

/** An optional string column: rows (increasing, < n) and their values; a lookup by row. */
function sparse(o: Obj, k: string, n: number, where: string): { at: unknown[]; v: unknown[] } {
  const c = field(o, k);
  if (typeof c !== 'object' || c === null || Array.isArray(c)) fail(where, `packed column ${k}: expected an object { at, v }, got ${describe(c)}`);
  const s = c as Obj;
  const at = field(s, 'at');
  const v = field(s, 'v');
  if (!Array.isArray(at) || !Array.isArray(v) || at.length !== v.length || at.length > n) fail(where, `packed column ${k}: expected { at, v }, two arrays of at most ${n} entries and the same length`);
  for (let j = 0; j < at.length; j++) {
    const r = at[j];
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 0 || r >= n || (j > 0 && r <= (at[j - 1] as number))) fail(where, `packed column ${k}: at[${j}]: expected a row in 0..${n - 1} after the one before, got ${describe(r)}`);
  }
  return { at, v };
}

function ptesOf(x: unknown, lists: readonly (readonly string[])[], base: string): PteView[] {
  const o = object(x, base);
  const n = rowCount(o, 'key', base);
  const key = column(o, 'key', n, base);
  const pid = column(o, 'pid', n, base);
  const addr = column(o, 'addr', n, base);
  const kind = column(o, 'kind', n, base);
  const pfn = column(o, 'pfn', n, base);
  const bits = column(o, 'bits', n, base);
  const raw = column(o, 'raw', n, base);
  const txt = column(o, 'text', n, base);
  const populated = column(o, 'populated', n, base);
  const holder = sparse(o, 'ptlHolder', n, base);
  const out: PteView[] = new Array(n);
  let h = 0;
  for (let i = 0; i < n; i++) {
    const p = {
      key: text(key[i], base, i, 'key'),
      pid: integer(pid[i], 0, INT32_MAX, base, i, 'pid'),
      addr: hex(addr[i], base, i, 'addr'),
      kind: code(kind[i], PTE_KIND_CODES, base, i, 'kind'),
    } as PteView;
    const f = optPfn(pfn[i], base, i, 'pfn');
    if (f !== undefined) p.pfn = f;
    p.bits = list(lists, bits[i], base, i, 'bits');
    p.raw = hex(raw[i], base, i, 'raw');
    p.text = text(txt[i], base, i, 'text');
    if (h < holder.at.length && holder.at[h] === i) p.ptlHolder = text(holder.v[h++], base, i, 'ptlHolder');
    const pop = populated[i];
    if (pop === 0 || pop === 1) p.populated = pop === 1;
    else if (pop !== -1) fail(at(base, i, 'populated'), `expected true or false (1 or 0, -1 for absent), got ${describe(pop)}`);
    out[i] = p;
  }
  return out;
}

function pagesOf(x: unknown, lists: readonly (readonly string[])[]): PageView[] {
  const base = 'state.pages';
  const o = object(x, base);
  const n = rowCount(o, 'key', base);
  const key = column(o, 'key', n, base);
  const pfn = column(o, 'pfn', n, base);
  const zone = column(o, 'zone', n, base);
  const bools = column(o, 'bools', n, base);
  const refcount = column(o, 'refcount', n, base);
  const mapcount = column(o, 'mapcount', n, base);
  const waiters = column(o, 'lockWaiters', n, base);
  const lru = column(o, 'lru', n, base);
  const pins = column(o, 'pins', n, base);
  const flags = column(o, 'flags', n, base);
  const owner = sparse(o, 'owner', n, base);
  const holder = sparse(o, 'lockHolder', n, base);
  const content = sparse(o, 'content', n, base);
  const out: PageView[] = new Array(n);
  let jo = 0;
  let jh = 0;
  let jc = 0;
  for (let i = 0; i < n; i++) {
    const b = bools[i];
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > 31) fail(at(base, i, ''), `packed column bools: expected an integer in 0..31 (the free, locked, dirty, anon, anonExclusive bits), got ${describe(b)}`);
    const p = { key: text(key[i], base, i, 'key'), pfn: integer(pfn[i], 0, MAX_PFN, base, i, 'pfn'), zone: code(zone[i], ZONE_CODES, base, i, 'zone') } as PageView;
    if (jo < owner.at.length && owner.at[jo] === i) p.owner = text(owner.v[jo++], base, i, 'owner');
    p.free = (b & PAGE_BOOLS.free) !== 0;
    p.refcount = integer(refcount[i], INT32_MIN, INT32_MAX, base, i, 'refcount');
    p.mapcount = integer(mapcount[i], INT32_MIN, INT32_MAX, base, i, 'mapcount');
    p.locked = (b & PAGE_BOOLS.locked) !== 0;
    if (jh < holder.at.length && holder.at[jh] === i) p.lockHolder = text(holder.v[jh++], base, i, 'lockHolder');
    p.lockWaiters = list(lists, waiters[i], base, i, 'lockWaiters');
    p.lru = code(lru[i], LRU_CODES, base, i, 'lru');
    p.pins = integer(pins[i], INT32_MIN, INT32_MAX, base, i, 'pins');
    p.dirty = (b & PAGE_BOOLS.dirty) !== 0;
    p.anon = (b & PAGE_BOOLS.anon) !== 0;
    p.anonExclusive = (b & PAGE_BOOLS.anonExclusive) !== 0;
    if (jc < content.at.length && content.at[jc] === i) p.content = text(content.v[jc++], base, i, 'content');
    p.flags = list(lists, flags[i], base, i, 'flags');
    out[i] = p;
  }
  return out;
}

function slotsOf(x: unknown, lists: readonly (readonly string[])[], base: string): MigrateSlotView[] {
  const o = object(x, base);
  const n = rowCount(o, 'index', base);
  const index = column(o, 'index', n, base);
  const raw = column(o, 'raw', n, base);
  const pfn = column(o, 'pfn', n, base);
  const flags = column(o, 'flags', n, base);
  const out: MigrateSlotView[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = { index: integer(index[i], 0, INT32_MAX, base, i, 'index'), raw: hex(raw[i], base, i, 'raw') } as MigrateSlotView;
    const f = optPfn(pfn[i], base, i, 'pfn');
    if (f !== undefined) s.pfn = f;
    s.flags = list(lists, flags[i], base, i, 'flags');
    out[i] = s;
  }
  return out;
}

/** The per-item packed rows `k` (one entry per process or array). */
function perItem(o: Obj, k: string, n: number): unknown[] {
  const v = field(o, k);
  if (!Array.isArray(v)) fail(`state.${k}`, `expected an array, got ${describe(v)}`);
  if (v.length !== n) fail(`state.${k}`, `expected ${n} entries (one per ${k === 'ptes' ? 'process' : 'array'}), got ${v.length}`);
  return v;
}

function isEmptyList(v: unknown): boolean {
  return Array.isArray(v) && v.length === 0;
}

/** Validates a packed state message; on success returns the StateView it stands for (fresh objects). */
export function unpackState(x: unknown): StateCheck {
  try {
    const o = object(x, 'state');
    if (field(o, 'v') !== PACKED_VERSION) fail('state.v', `expected packed format ${PACKED_VERSION}, got ${describe(field(o, 'v'))}`);
    const r = parseStateView(field(o, 'rest'));
    if (!r.ok) return r;
    const s: StateView = r.state;
    // The rows travel in the columns: the lists they stand in for must be empty.
    s.processes.forEach((p, i) => {
      if (!isEmptyList(p.ptes)) fail(`state.processes[${i}].ptes`, `expected [] in a packed state (the rows travel in state.ptes), got ${describe(p.ptes)}`);
    });
    if (!isEmptyList(s.pages)) fail('state.pages', `expected [] in a packed state (the rows travel in state.pages), got ${describe(s.pages)}`);
    s.arrays.forEach((a, i) => {
      if (!isEmptyList(a.slots)) fail(`state.arrays[${i}].slots`, `expected [] in a packed state (the rows travel in state.slots), got ${describe(a.slots)}`);
    });
    const lists = nameLists(field(o, 'lists'));
    const ptes = perItem(o, 'ptes', s.processes.length);
    s.processes.forEach((p, i) => (p.ptes = ptesOf(ptes[i], lists, `state.processes[${i}].ptes`)));
    s.pages = pagesOf(field(o, 'pages'), lists);
    const slots = perItem(o, 'slots', s.arrays.length);
    s.arrays.forEach((a, i) => (a.slots = slotsOf(slots[i], lists, `state.arrays[${i}].slots`)));
    return { ok: true, state: s };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.message.slice(0, e.message.indexOf(': ')), message: e.message };
    let why = 'an exception';
    try {
      why = (e instanceof Error ? e.message : String(e)).slice(0, 200);
    } catch {
      // keep the generic description
    }
    return { ok: false, path: 'state', message: `state: cannot be read (${why})` };
  }
}
