// Why: the changes a debugger made to a run (setVariable / setExpression / goto) are part of the
// run: evidence carries them so a replay reapplies each at its step and reaches the same state.
// Evidence is read from files, so this is the one plain-JSON, versioned form of those changes and
// its validation (bounded sizes, known kinds and fields, a message naming the entry and key).

/** Version of the edit list's shape; a list of another version is refused, saying so. */
export const RUN_EDITS_VERSION = 1;
/** Most edits a list may hold (each one a debugger action by hand). */
export const MAX_RUN_EDITS = 10_000;
const MAX_TEXT = 4096;
const MAX_NAME = 200;

/** A pointer value of the interpreter as plain data (src/c/value.ts Ptr). */
export interface PointerData {
  space: 'c' | 'page' | 'pt' | 'obj' | 'null' | 'u';
  base: number;
  index: number;
  bitOffset?: number;
}

/** A C value set: an integer (decimal text, as converted to the lvalue's type) or a pointer. */
export type CValueData = { int: string } | { pointer: PointerData };

/** A TLB entry's translation as set (null: the entry was invalidated). */
export interface TlbEntryData {
  pfn: number;
  write: boolean;
}

interface Base {
  /** History position: statements executed when the change was made (it applies before the next). */
  step: number;
  /** The thread the change was made in (C values, goto) or the thread the debugger was on. */
  thread: number;
}

export type RunEdit =
  | (Base & { kind: 'c'; frame: number; function: string; lvalue: string; value: CValueData })
  | (Base & { kind: 'page'; pfn: number; field: string; value: string })
  | (Base & { kind: 'pte'; pid: number; addr: string; field: string; raw: string })
  | (Base & { kind: 'tlb'; cpu: number; pid: number; addr: string; field: string; entry: TlbEntryData | null })
  | (Base & { kind: 'goto'; function: string; line: number; pc: number });

export interface RunEdits {
  version: number;
  list: RunEdit[];
}

export const PAGE_EDIT_FIELDS = ['refcount', 'mapcount', 'pins', 'locked', 'PG_locked', 'dirty', 'PG_dirty', 'content', 'lru'];
export const PTE_EDIT_FIELDS = ['value', 'raw', 'kind', 'present', 'pfn', 'write', 'dirty', 'young', 'soft-dirty', 'uffd-wp', 'exclusive', 'swp-exclusive', 'type', 'offset'];
export const TLB_EDIT_FIELDS = ['entry', 'pfn', 'write'];

const HEX_ADDR = /^0x[0-9a-f]{1,13}$/;
const HEX_RAW = /^0x[0-9a-f]{1,16}$/;
const KEYS: Record<RunEdit['kind'], string[]> = {
  c: ['frame', 'function', 'lvalue', 'value'],
  page: ['pfn', 'field', 'value'],
  pte: ['pid', 'addr', 'field', 'raw'],
  tlb: ['cpu', 'pid', 'addr', 'field', 'entry'],
  goto: ['function', 'line', 'pc'],
};

/** One line for people: `setVariable start in hmm_collect_walk_pmd (thread 1) at step 12`. */
export function describeEdit(e: RunEdit): string {
  switch (e.kind) {
    case 'c':
      return `${e.lvalue} in ${e.function} (thread ${e.thread}) at step ${e.step}`;
    case 'page':
      return `page 0x${e.pfn.toString(16)} ${e.field} at step ${e.step}`;
    case 'pte':
      return `pte of pid ${e.pid} at ${e.addr} (${e.field}) at step ${e.step}`;
    case 'tlb':
      return `TLB entry of CPU ${e.cpu} for pid ${e.pid} at ${e.addr} (${e.field}) at step ${e.step}`;
    case 'goto':
      return `goto line ${e.line} of ${e.function} (thread ${e.thread}) at step ${e.step}`;
  }
}

const show = (x: unknown): string => (JSON.stringify(x) ?? String(x)).slice(0, 40);
const whole = (x: unknown, min: number): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= min;

/** What is wrong with one entry (kind-specific keys), or undefined. */
function checkEntry(e: Record<string, unknown>, kind: RunEdit['kind']): string | undefined {
  const str = (k: string, max: number): string | undefined =>
    typeof e[k] !== 'string' || !(e[k] as string).length ? `"${k}" must be a non-empty string` : (e[k] as string).length > max ? `"${k}" is longer than ${max} characters` : undefined;
  const num = (k: string, min: number): string | undefined => (whole(e[k], min) ? undefined : `"${k}" must be a whole number (${min} or more), not ${show(e[k])}`);
  const field = (known: string[]): string | undefined =>
    typeof e.field === 'string' && known.includes(e.field) ? undefined : `"field" must be one of ${known.join(', ')}, not ${show(e.field)}`;
  const addr = (): string | undefined => (typeof e.addr === 'string' && HEX_ADDR.test(e.addr) && Number(e.addr) % 4096 === 0 ? undefined : `"addr" must be a page-aligned hex address, not ${show(e.addr)}`);
  switch (kind) {
    case 'c': {
      const v = e.value as Record<string, unknown> | null;
      let bad: string | undefined;
      if (!v || typeof v !== 'object' || Array.isArray(v)) bad = '"value" must be { "int": "..." } or { "pointer": {...} }';
      else if ('int' in v) bad = Object.keys(v).length === 1 && typeof v.int === 'string' && /^-?\d{1,40}$/.test(v.int) ? undefined : '"value.int" must be a decimal integer of at most 40 digits';
      else if ('pointer' in v && Object.keys(v).length === 1) {
        const p = v.pointer as Record<string, unknown> | null;
        if (!p || typeof p !== 'object') bad = '"value.pointer" must be an object';
        else if (Object.keys(p).some((k) => !['space', 'base', 'index', 'bitOffset'].includes(k))) bad = '"value.pointer" has an unknown key (known: space, base, index, bitOffset)';
        else if (!['c', 'page', 'pt', 'obj', 'null', 'u'].includes(p.space as string)) bad = `"value.pointer.space" must be c, page, pt, obj, null or u, not ${show(p.space)}`;
        else if (!whole(p.base, 0) || !whole(p.index, 0) || (p.bitOffset !== undefined && !(whole(p.bitOffset, 0) && (p.bitOffset as number) < 64))) bad = '"value.pointer" base and index must be whole numbers (0 or more), bitOffset 0..63';
      } else bad = '"value" must be { "int": "..." } or { "pointer": {...} }';
      return num('frame', 0) ?? str('function', MAX_NAME) ?? str('lvalue', 1000) ?? bad;
    }
    case 'page':
      return num('pfn', 0) ?? field(PAGE_EDIT_FIELDS) ?? (typeof e.value === 'string' && e.value.length <= MAX_TEXT ? undefined : `"value" must be a string of at most ${MAX_TEXT} characters`);
    case 'pte':
      return num('pid', 0) ?? addr() ?? field(PTE_EDIT_FIELDS) ?? (typeof e.raw === 'string' && HEX_RAW.test(e.raw) ? undefined : `"raw" must be the pte value in hex (0x..., 16 digits at most), not ${show(e.raw)}`);
    case 'tlb': {
      const t = e.entry as Record<string, unknown> | null;
      const bad =
        t === null ? undefined
        : !t || typeof t !== 'object' || Array.isArray(t) || Object.keys(t).some((k) => k !== 'pfn' && k !== 'write') || !whole(t.pfn, 0) || typeof t.write !== 'boolean'
          ? '"entry" must be null (invalidated) or { "pfn": N, "write": true|false }'
          : undefined;
      return num('cpu', 0) ?? num('pid', 0) ?? addr() ?? field(TLB_EDIT_FIELDS) ?? bad;
    }
    case 'goto':
      return str('function', MAX_NAME) ?? num('line', 1) ?? num('pc', 0);
  }
}

/**
 * Checks an edit list read from a file: `{ version: 1, list: [...] }`, each entry of a known kind
 * with exactly its keys, steps in order and (when `maxStep` is given) not after the stop.
 */
export function checkRunEdits(raw: unknown, maxStep?: number): { ok: true; edits: RunEdits } | { ok: false; message: string } {
  const bad = (m: string) => ({ ok: false as const, message: `the edits ${m}` });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad(`must be an object { "version": ${RUN_EDITS_VERSION}, "list": [...] }`);
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (k !== 'version' && k !== 'list') return bad(`have an unknown key "${k.slice(0, 40)}" (known: version, list)`);
  if (r.version !== RUN_EDITS_VERSION) return bad(`are of version ${show(r.version)}; this mmstep reads version ${RUN_EDITS_VERSION}`);
  if (!Array.isArray(r.list)) return bad('"list" must be a list');
  if (r.list.length > MAX_RUN_EDITS) return bad(`list has ${r.list.length} entries, more than ${MAX_RUN_EDITS}`);
  let last = 0;
  for (let i = 0; i < r.list.length; i++) {
    const e = r.list[i] as Record<string, unknown> | null;
    const at = `entry ${i}`;
    if (!e || typeof e !== 'object' || Array.isArray(e)) return bad(`${at} is not an object`);
    const kind = e.kind as RunEdit['kind'];
    if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(KEYS, kind)) return bad(`${at} has an unknown "kind" ${show(e.kind)} (known: ${Object.keys(KEYS).join(', ')})`);
    const known = ['kind', 'step', 'thread', ...KEYS[kind]];
    const extra = Object.keys(e).find((k) => !known.includes(k));
    if (extra !== undefined) return bad(`${at} (${kind}) has an unknown key "${extra.slice(0, 40)}" (known: ${known.join(', ')})`);
    if (!whole(e.step, 0)) return bad(`${at} (${kind}): "step" must be a whole number (0 or more), not ${show(e.step)}`);
    if ((e.step as number) < last) return bad(`${at} (${kind}): "step" ${e.step as number} comes before the previous entry's step ${last} (the list is in the order of the run)`);
    if (maxStep !== undefined && (e.step as number) > maxStep) return bad(`${at} (${kind}): "step" ${e.step as number} is after the stop (step ${maxStep})`);
    last = e.step as number;
    if (!whole(e.thread, 1)) return bad(`${at} (${kind}): "thread" must be a thread id (1 or more), not ${show(e.thread)}`);
    const why = checkEntry(e, kind);
    if (why) return bad(`${at} (${kind}): ${why}`);
  }
  return { ok: true, edits: { version: RUN_EDITS_VERSION, list: r.list as RunEdit[] } };
}
