// Full validation of a StateView that crossed a trust boundary (postMessage, a webview's saved
// state): every field's type, every array element, enums, integers finite and in range, strings
// and arrays bounded. The first problem is reported with the path of the value
// (`state.processes[0].ptes[3].pfn: expected an integer, got null`). A valid input comes back as a
// fresh copy holding only the known fields (unknown keys such as `__proto__` are never read or
// kept), so what is rendered and saved is exactly what was checked. No recursion over the input:
// the walk follows the fixed shape of StateView, whatever the input's depth.

import type {
  LockView,
  MigrateArrayView,
  MigrateSlotView,
  PageTableView,
  PageView,
  ProcessView,
  PteView,
  StateView,
  TlbEntryView,
  TlbView,
  VmaView,
  ViolationView,
  WarningView,
} from './state';

/** Upper bounds on what a StateView may hold (generous: a 1 GiB range is 262,144 pages). */
export const STATE_LIMITS = {
  /** PTEs per process, pages, slots per array, entries per TLB, locks. */
  rows: 262_144,
  processes: 1024,
  vmas: 65_536,
  cpus: 4096,
  arrays: 256,
  violations: 10_000,
  /** Warnings: one per (helper, source line). */
  warnings: 10_000,
  changed: 1_048_576,
  /** bits, flags, waiters: short lists of names. */
  names: 256,
  /** Characters in any string. */
  string: 16_384,
} as const;

const MAX_PFN = 2 ** 52; // 64-bit physical addresses, 4 KiB frames
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const HEX = /^0x[0-9a-fA-F]{1,16}$/;

const PTE_KINDS = new Set(['none', 'present', 'migration', 'device-private', 'device-exclusive', 'swap']);
const ZONES = new Set(['ram', 'device-private', 'device-coherent']);
const LRU_STATES = new Set(['lru', 'isolated', 'batch', 'none']);
const LOCK_KINDS = new Set(['ptl', 'page', 'mmap', 'spinlock']);

/** A path to a value, built into text only when something is wrong. */
interface Path {
  up: Path | null;
  seg: string | number;
}

export function pathText(p: Path): string {
  const segs: (string | number)[] = [];
  for (let q: Path | null = p; q; q = q.up) segs.push(q.seg);
  let s = '';
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i];
    s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  }
  return s;
}

class Invalid extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}

/** Describes a value for an error message without ever printing much of it. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  switch (typeof v) {
    case 'string':
      return v.length > 40 ? `a string of ${v.length} characters` : `the string ${JSON.stringify(v)}`;
    case 'number':
      return Number.isNaN(v) ? 'NaN' : `${v}`;
    case 'boolean':
      return `${v}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof v}`;
  }
}

/** Fails at `up` + `seg` (the path object is only built here, on the error path). */
function fail(up: Path | null, seg: string | number, problem: string): never {
  throw new Invalid(pathText({ up, seg }), problem);
}

const own = Object.prototype.hasOwnProperty;

type Obj = Record<string, unknown>;
type Check<T> = (v: unknown, up: Path | null, seg: string | number) => T;

function object(v: unknown, up: Path | null, seg: string | number): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(up, seg, `expected an object, got ${describe(v)}`);
  return v as Obj;
}

const text: Check<string> = (v, up, seg) => {
  if (typeof v !== 'string') fail(up, seg, `expected a string, got ${describe(v)}`);
  if (v.length > STATE_LIMITS.string) fail(up, seg, `expected a string of at most ${STATE_LIMITS.string} characters, got ${v.length}`);
  return v;
};

const hex: Check<string> = (v, up, seg) => {
  text(v, up, seg);
  if (!HEX.test(v as string)) fail(up, seg, `expected a hex value like 0x1f, got ${describe(v)}`);
  return v as string;
};

function integer(min: number, max: number): Check<number> {
  return (v, up, seg) => {
    if (typeof v !== 'number') fail(up, seg, `expected an integer, got ${describe(v)}`);
    if (!Number.isInteger(v) || v < min || v > max) fail(up, seg, `expected an integer in ${min}..${max}, got ${describe(v)}`);
    return v;
  };
}

const bool: Check<boolean> = (v, up, seg) => {
  if (typeof v !== 'boolean') fail(up, seg, `expected true or false, got ${describe(v)}`);
  return v;
};

function oneOf<T extends string>(allowed: Set<string>): Check<T> {
  return (v, up, seg) => {
    if (typeof v !== 'string' || !allowed.has(v)) fail(up, seg, `expected one of ${[...allowed].join(', ')}, got ${describe(v)}`);
    return v as T;
  };
}

/** An array of at most `max` elements, each checked by `each` with its own path. */
function list<T>(max: number, each: (x: unknown, p: Path) => T): Check<T[]> {
  return (v, up, seg) => {
    if (!Array.isArray(v)) fail(up, seg, `expected an array, got ${describe(v)}`);
    if (v.length > max) fail(up, seg, `expected at most ${max} entries, got ${v.length}`);
    const p: Path = { up, seg };
    const out: T[] = new Array<T>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = each(v[i], { up: p, seg: i });
    return out;
  };
}

/** An array of at most `max` scalars (no path object per element). */
function scalars<T>(max: number, each: Check<T>): Check<T[]> {
  return (v, up, seg) => {
    if (!Array.isArray(v)) fail(up, seg, `expected an array, got ${describe(v)}`);
    if (v.length > max) fail(up, seg, `expected at most ${max} entries, got ${v.length}`);
    const p: Path = { up, seg };
    const out: T[] = new Array<T>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = each(v[i], p, i);
    return out;
  };
}

/** Field `k` of `o` (own properties only: nothing inherited is ever read). */
function req<T>(o: Obj, p: Path, k: string, check: Check<T>): T {
  return check(own.call(o, k) ? o[k] : undefined, p, k);
}

/** Optional field: sets `out[k]` only when present (an undefined value counts as absent). */
function opt<T>(out: Obj, o: Obj, p: Path, k: string, check: Check<T>): void {
  const v = own.call(o, k) ? o[k] : undefined;
  if (v !== undefined) out[k] = check(v, p, k);
}

const pid = integer(0, INT32_MAX);
const pfn = integer(0, MAX_PFN);
const count = integer(INT32_MIN, INT32_MAX);
const names = scalars(STATE_LIMITS.names, text);
const pteKind = oneOf<PteView['kind']>(PTE_KINDS);
const zone = oneOf<PageView['zone']>(ZONES);
const lru = oneOf<PageView['lru']>(LRU_STATES);
const lockKind = oneOf<LockView['kind']>(LOCK_KINDS);
const cpu = integer(0, STATE_LIMITS.cpus - 1);
const slotIndex = integer(0, INT32_MAX);
const step = integer(0, Number.MAX_SAFE_INTEGER);

function pte(v: unknown, p: Path): PteView {
  const o = object(v, p.up, p.seg);
  const out = {
    key: req(o, p, 'key', text),
    pid: req(o, p, 'pid', pid),
    addr: req(o, p, 'addr', hex),
    kind: req(o, p, 'kind', pteKind),
  } as PteView;
  opt(out as unknown as Obj, o, p, 'pfn', pfn);
  out.bits = req(o, p, 'bits', names);
  out.raw = req(o, p, 'raw', hex);
  out.text = req(o, p, 'text', text);
  opt(out as unknown as Obj, o, p, 'ptlHolder', text);
  opt(out as unknown as Obj, o, p, 'populated', bool);
  return out;
}

const PT_LEVELS = new Set(['pgd', 'p4d', 'pud', 'pmd', 'pte']);
const ptLevel = oneOf<PageTableView['level']>(PT_LEVELS);
const tableIndex = integer(0, 511);
const used = integer(0, 512);

function pageTable(v: unknown, p: Path): PageTableView {
  const o = object(v, p.up, p.seg);
  const out = { level: req(o, p, 'level', ptLevel), base: req(o, p, 'base', hex) } as PageTableView;
  opt(out as unknown as Obj, o, p, 'index', tableIndex);
  out.used = req(o, p, 'used', used);
  return out;
}

function vma(v: unknown, p: Path): VmaView {
  const o = object(v, p.up, p.seg);
  return { start: req(o, p, 'start', hex), end: req(o, p, 'end', hex), flags: req(o, p, 'flags', names) };
}

const vmas = list(STATE_LIMITS.vmas, vma);
const pageTables = list(STATE_LIMITS.rows, pageTable);
const ptes = list(STATE_LIMITS.rows, pte);

function processView(v: unknown, p: Path): ProcessView {
  const o = object(v, p.up, p.seg);
  const out: ProcessView = { pid: req(o, p, 'pid', pid), name: req(o, p, 'name', text), vmas: req(o, p, 'vmas', vmas), ptes: req(o, p, 'ptes', ptes) };
  opt(out as unknown as Obj, o, p, 'mmapLock', text);
  opt(out as unknown as Obj, o, p, 'tables', pageTables);
  return out;
}

function page(v: unknown, p: Path): PageView {
  const o = object(v, p.up, p.seg);
  const out = { key: req(o, p, 'key', text), pfn: req(o, p, 'pfn', pfn), zone: req(o, p, 'zone', zone) } as PageView;
  const x = out as unknown as Obj;
  opt(x, o, p, 'owner', text);
  out.free = req(o, p, 'free', bool);
  out.refcount = req(o, p, 'refcount', count);
  out.mapcount = req(o, p, 'mapcount', count);
  out.locked = req(o, p, 'locked', bool);
  opt(x, o, p, 'lockHolder', text);
  out.lockWaiters = req(o, p, 'lockWaiters', names);
  out.lru = req(o, p, 'lru', lru);
  out.pins = req(o, p, 'pins', count);
  out.dirty = req(o, p, 'dirty', bool);
  out.anon = req(o, p, 'anon', bool);
  out.anonExclusive = req(o, p, 'anonExclusive', bool);
  opt(x, o, p, 'content', text);
  out.flags = req(o, p, 'flags', names);
  return out;
}

function tlbEntry(v: unknown, p: Path): TlbEntryView {
  const o = object(v, p.up, p.seg);
  return { pid: req(o, p, 'pid', pid), addr: req(o, p, 'addr', hex), pfn: req(o, p, 'pfn', pfn), write: req(o, p, 'write', bool), stale: req(o, p, 'stale', bool) };
}

const tlbEntries = list(STATE_LIMITS.rows, tlbEntry);

function tlb(v: unknown, p: Path): TlbView {
  const o = object(v, p.up, p.seg);
  return { cpu: req(o, p, 'cpu', cpu), entries: req(o, p, 'entries', tlbEntries) };
}

function lock(v: unknown, p: Path): LockView {
  const o = object(v, p.up, p.seg);
  const out = { name: req(o, p, 'name', text), kind: req(o, p, 'kind', lockKind) } as LockView;
  opt(out as unknown as Obj, o, p, 'holder', text);
  out.waiters = req(o, p, 'waiters', names);
  return out;
}

function slot(v: unknown, p: Path): MigrateSlotView {
  const o = object(v, p.up, p.seg);
  const out = { index: req(o, p, 'index', slotIndex), raw: req(o, p, 'raw', hex) } as MigrateSlotView;
  opt(out as unknown as Obj, o, p, 'pfn', pfn);
  out.flags = req(o, p, 'flags', names);
  return out;
}

const slots = list(STATE_LIMITS.rows, slot);

function migrateArray(v: unknown, p: Path): MigrateArrayView {
  const o = object(v, p.up, p.seg);
  const out: MigrateArrayView = { name: req(o, p, 'name', text), slots: req(o, p, 'slots', slots) };
  opt(out as unknown as Obj, o, p, 'length', integer(0, STATE_LIMITS.rows));
  return out;
}

function violation(v: unknown, p: Path): ViolationView {
  const o = object(v, p.up, p.seg);
  const out: ViolationView = { invariant: req(o, p, 'invariant', text), message: req(o, p, 'message', text) };
  opt(out as unknown as Obj, o, p, 'culprits', culpritKeys);
  opt(out as unknown as Obj, o, p, 'at', sourceAt);
  return out;
}

/** A state key as in StateView.changed: page:<pfn>, pte:<pid>:<addr>, tlb:<cpu>:<pid>:<addr>, slot:<array>:<i>. */
const STATE_KEY = /^(page:\d+|pte:\d+:0x[0-9a-f]+|tlb:\d+:\d+:0x[0-9a-f]+|slot:[^:]+:\d+)$/;
const stateKey: Check<string> = (v, up, seg) => {
  text(v, up, seg);
  if (!STATE_KEY.test(v as string)) fail(up, seg, `expected a state key like page:258 or pte:1:0x7f0000200000, got ${describe(v)}`);
  return v as string;
};
const culpritKeys = scalars(STATE_LIMITS.names, stateKey);

/** What the debugger set (StateView.edited): a page field, or a pte or TLB entry by its key. */
const EDITED_KEY = /^(page:\d+:[a-z_]+|pte:\d+:0x[0-9a-f]+|tlb:\d+:\d+:0x[0-9a-f]+)$/;
const editedKey: Check<string> = (v, up, seg) => {
  text(v, up, seg);
  if (!EDITED_KEY.test(v as string)) fail(up, seg, `expected page:<pfn>:<field>, pte:<pid>:<addr> or tlb:<cpu>:<pid>:<addr>, got ${describe(v)}`);
  return v as string;
};
const editedKeys = scalars(STATE_LIMITS.names, editedKey);

function sourceAt(v: unknown, up: Path | null, seg: string | number): NonNullable<ViolationView['at']> {
  const o = object(v, up, seg);
  const p: Path = { up, seg };
  return { file: req(o, p, 'file', text), line: req(o, p, 'line', position), column: req(o, p, 'column', position) };
}

const position = integer(1, INT32_MAX);

function warning(v: unknown, p: Path): WarningView {
  const o = object(v, p.up, p.seg);
  return {
    helper: req(o, p, 'helper', text),
    file: req(o, p, 'file', text),
    line: req(o, p, 'line', position),
    column: req(o, p, 'column', position),
    message: req(o, p, 'message', text),
    count: req(o, p, 'count', position),
  };
}

const processes = list(STATE_LIMITS.processes, processView);
const pages = list(STATE_LIMITS.rows, page);
const tlbs = list(STATE_LIMITS.cpus, tlb);
const locks = list(STATE_LIMITS.rows, lock);
const arrays = list(STATE_LIMITS.arrays, migrateArray);
const violations = list(STATE_LIMITS.violations, violation);
const warnings = list(STATE_LIMITS.warnings, warning);
const changed = scalars(STATE_LIMITS.changed, text);

function focus(v: unknown, up: Path | null, seg: string | number): NonNullable<StateView['focus']> {
  const o = object(v, up, seg);
  const p: Path = { up, seg };
  const out = { addr: req(o, p, 'addr', hex) } as NonNullable<StateView['focus']>;
  opt(out as unknown as Obj, o, p, 'pid', pid);
  return out;
}

export type StateCheck = { ok: true; state: StateView } | { ok: false; path: string; message: string };

/** Validates `x` as a StateView; on success returns a checked copy holding only known fields. */
export function parseStateView(x: unknown): StateCheck {
  const p: Path = { up: null, seg: 'state' };
  try {
    const o = object(x, null, 'state');
    const state = { step: req(o, p, 'step', step) } as StateView;
    opt(state as unknown as Obj, o, p, 'stage', text);
    state.processes = req(o, p, 'processes', processes);
    state.pages = req(o, p, 'pages', pages);
    state.tlbs = req(o, p, 'tlbs', tlbs);
    state.locks = req(o, p, 'locks', locks);
    state.arrays = req(o, p, 'arrays', arrays);
    state.violations = req(o, p, 'violations', violations);
    opt(state as unknown as Obj, o, p, 'warnings', warnings);
    state.changed = req(o, p, 'changed', changed);
    opt(state as unknown as Obj, o, p, 'edited', editedKeys);
    opt(state as unknown as Obj, o, p, 'focus', focus);
    return { ok: true, state };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.where, message: e.message };
    // A getter or proxy that throws (only possible in-process; postMessage delivers plain data).
    let why = 'an exception';
    try {
      why = (e instanceof Error ? e.message : String(e)).slice(0, 200);
    } catch {
      // keep the generic description
    }
    return { ok: false, path: 'state', message: `state: cannot be read (${why})` };
  }
}

/** The first problem with `x` as a StateView (`path: what is wrong`), or undefined when valid. */
export function checkStateView(x: unknown): string | undefined {
  const r = parseStateView(x);
  return r.ok ? undefined : r.message;
}
