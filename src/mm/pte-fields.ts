// Why: the debugger sets a pte by the fields the state view shows (kind, pfn, write, dirty, ...)
// or by its readable form (`present(W,D) -> pfn 0x102`, the text the Variables view shows, so an
// edit starts from it) or its raw value. pte.ts defines the bits; this turns a field change into
// the new 64-bit value, changing only the bits of that field where the kind stays the same.

import {
  decodePte, formatPte, mkDevicePrivatePte, mkMigrationPte, mkPresentPte, ptePresent,
  swpEntry, swpEntryToPte, SWP_DEVICE_EXCLUSIVE, SWP_DEVICE_READ, SWP_DEVICE_WRITE, SWP_MIGRATION_READ, SWP_MIGRATION_READ_EXCLUSIVE,
  SWP_MIGRATION_WRITE, MAX_SWAPFILES, SWP_TYPE_SHIFT, _PAGE_ACCESSED, _PAGE_DIRTY, _PAGE_RW, _PAGE_SOFT_DIRTY, _PAGE_SWP_EXCLUSIVE,
  _PAGE_SWP_SOFT_DIRTY, _PAGE_SWP_UFFD_WP, _PAGE_UFFD_WP, type EntryKind,
} from './pte';

const U64 = (1n << 64n) - 1n;
const PFN_LIMIT = 1n << 40n;
const PFN_FIELD = (PFN_LIMIT - 1n) << 12n;
const TYPE_FIELD = 0x1fn << SWP_TYPE_SHIFT;
const SWP_MIG_YOUNG = 1n << 8n;
const SWP_MIG_DIRTY = 1n << 9n;

export const PTE_KINDS: EntryKind[] = ['none', 'present', 'migration', 'device-private', 'device-exclusive', 'swap'];

/** The decoded fields of a pte, every kind's (absent where the kind has none). */
export interface PteFields {
  kind: EntryKind;
  pfn?: number;
  write: boolean;
  dirty: boolean;
  young: boolean;
  softDirty: boolean;
  uffdWp: boolean;
  /** Migration entries: read-exclusive. */
  exclusive: boolean;
  /** Swap-format entries: the _PAGE_SWP_EXCLUSIVE bit. */
  swpExclusive: boolean;
  /** Swap entries (kind swap): the swap type and offset. */
  type?: number;
  offset?: bigint;
}

function typeOf(v: bigint): bigint {
  return (v >> SWP_TYPE_SHIFT) & 0x1fn;
}

export function pteFields(raw: bigint): PteFields {
  const v = raw & U64;
  const d = decodePte(v);
  const has = (b: string) => d.bits.includes(b);
  const present = ptePresent(v);
  const f: PteFields = {
    kind: d.kind,
    write: has('write'),
    dirty: has('dirty'),
    young: has('young'),
    softDirty: has('soft-dirty'),
    uffdWp: has('uffd-wp'),
    exclusive: d.mode === 'read-exclusive',
    swpExclusive: !present && v !== 0n && (v & _PAGE_SWP_EXCLUSIVE) !== 0n,
  };
  if (d.pfn !== undefined) f.pfn = d.pfn;
  if (d.kind === 'swap') {
    f.type = Number(typeOf(v));
    f.offset = (v & PFN_FIELD) >> 12n;
  }
  return f;
}

/** The pte of `f` (used when the kind changes: bits another kind has not are dropped). */
export function encodePte(f: PteFields): bigint {
  const pfn = f.pfn ?? 0;
  const swpBits = (f.softDirty ? _PAGE_SWP_SOFT_DIRTY : 0n) | (f.uffdWp ? _PAGE_SWP_UFFD_WP : 0n) | (f.swpExclusive ? _PAGE_SWP_EXCLUSIVE : 0n);
  switch (f.kind) {
    case 'none':
      return 0n;
    case 'present':
      return mkPresentPte(pfn, { write: f.write, dirty: f.dirty, young: f.young, softDirty: f.softDirty, uffdWp: f.uffdWp });
    case 'migration':
      return mkMigrationPte(pfn, f.write ? 'write' : f.exclusive ? 'read-exclusive' : 'read', { young: f.young, dirty: f.dirty }) | swpBits;
    case 'device-private':
      return mkDevicePrivatePte(pfn, f.write) | swpBits;
    case 'device-exclusive':
      return swpEntryToPte(swpEntry(SWP_DEVICE_EXCLUSIVE, BigInt(pfn))) | swpBits;
    case 'swap':
      return swpEntryToPte(swpEntry(BigInt(f.type ?? 0), f.offset ?? 0n)) | swpBits;
  }
}

function boolOf(text: string): boolean {
  const s = text.trim().toLowerCase();
  if (['1', 'true', 'yes'].includes(s)) return true;
  if (['0', 'false', 'no'].includes(s)) return false;
  throw new Error(`expected true or false (1/0, yes/no), not '${text.slice(0, 40)}'`);
}

function bigOf(text: string, what: string, limit: bigint): bigint {
  const s = text.trim();
  if (!/^(0x[0-9a-f]{1,16}|\d{1,20})$/i.test(s)) throw new Error(`${what} must be a number (decimal or 0x...), not '${text.slice(0, 40)}'`);
  const n = BigInt(s);
  if (n >= limit) throw new Error(`${what} 0x${n.toString(16)} is too large (at most 0x${(limit - 1n).toString(16)})`);
  return n;
}

const FLAG_NAMES: Record<string, keyof PteFields> = {
  w: 'write', write: 'write', d: 'dirty', dirty: 'dirty', a: 'young', young: 'young', x: 'exclusive', exclusive: 'exclusive',
  'soft-dirty': 'softDirty', 'uffd-wp': 'uffdWp', 'swp-exclusive': 'swpExclusive',
};

/**
 * A whole pte from text: a number (the raw value), `none`, or the readable form formatPte writes
 * (`present(W,D) -> pfn 0x102 [soft-dirty]`, `migration(W) -> pfn 0x102`, `swap(type=1 offset=0x5)`).
 */
export function parsePteText(text: string): bigint {
  const s = text.trim();
  if (/^(0x[0-9a-f]+|\d+)$/i.test(s)) return bigOf(s, 'a pte value', 1n << 64n);
  if (/^none$/i.test(s)) return 0n;
  const swap = /^swap\(\s*type=(\d{1,2})\s+offset=(0x[0-9a-f]+|\d+)\s*\)\s*(?:\[([^\]]*)\])?$/i.exec(s);
  const m = swap ? undefined : /^(present|migration|device-private|device-exclusive)\(([^)]*)\)\s*(?:->\s*pfn\s+(0x[0-9a-f]+|\d+))?\s*(?:\[([^\]]*)\])?$/i.exec(s);
  if (!swap && !m) {
    throw new Error(`'${s.slice(0, 60)}' is not a pte: write a number, none, or as shown (present(W,D) -> pfn 0x102, migration(W) -> pfn 0x102 [soft-dirty], device-private(W) -> pfn 0x100000, swap(type=1 offset=0x5))`);
  }
  const f: PteFields = { kind: 'none', write: false, dirty: false, young: false, softDirty: false, uffdWp: false, exclusive: false, swpExclusive: false };
  const flags = [...(m?.[2] ?? '').split(','), ...((swap ? swap[3] : m?.[4]) ?? '').split(',')].map((x) => x.trim().toLowerCase()).filter(Boolean);
  for (const fl of flags) {
    const k = FLAG_NAMES[fl];
    if (!k) throw new Error(`unknown pte flag '${fl.slice(0, 20)}' (W, D, A, X, soft-dirty, uffd-wp, swp-exclusive)`);
    (f as unknown as Record<string, boolean>)[k] = true;
  }
  if (swap) {
    const type = Number(swap[1]);
    if (BigInt(type) >= MAX_SWAPFILES) throw new Error(`swap type ${type} is not a swap file (0..${MAX_SWAPFILES - 1n}; migration and device entries have their own kinds)`);
    f.kind = 'swap';
    f.type = type;
    f.offset = bigOf(swap[2], 'the swap offset', PFN_LIMIT);
  } else {
    f.kind = m![1].toLowerCase() as EntryKind;
    if (m![3] === undefined) throw new Error(`a ${f.kind} pte needs its pfn: ${f.kind}(...) -> pfn 0x...`);
    f.pfn = Number(bigOf(m![3], 'the pfn', PFN_LIMIT));
  }
  return checked(f);
}

/** Refuses flags the kind has no bit for; returns the encoded pte. */
function checked(f: PteFields): bigint {
  const allowed: Record<EntryKind, (keyof PteFields)[]> = {
    none: [],
    present: ['write', 'dirty', 'young', 'softDirty', 'uffdWp'],
    migration: ['write', 'exclusive', 'young', 'dirty', 'softDirty', 'uffdWp', 'swpExclusive'],
    'device-private': ['write', 'softDirty', 'uffdWp', 'swpExclusive'],
    'device-exclusive': ['softDirty', 'uffdWp', 'swpExclusive'],
    swap: ['softDirty', 'uffdWp', 'swpExclusive'],
  };
  for (const k of ['write', 'dirty', 'young', 'softDirty', 'uffdWp', 'exclusive', 'swpExclusive'] as const) {
    if (f[k] && !allowed[f.kind].includes(k)) throw new Error(`a ${f.kind} pte has no ${fieldName(k)} bit`);
  }
  if (f.kind === 'migration' && f.write && f.exclusive) throw new Error('a migration entry is read, read-exclusive (X) or write (W), not both');
  return encodePte(f);
}

function fieldName(k: keyof PteFields): string {
  return Object.entries(FLAG_NAMES).find(([n, v]) => v === k && n.length > 1)?.[0] ?? k;
}

/** Replace `mask` bits of v by `on`. */
const bit = (v: bigint, mask: bigint, on: boolean): bigint => (on ? v | mask : v & ~mask);

/**
 * The pte `raw` with `field` set from `text`. Fields: value (any form parsePteText reads), raw,
 * kind, present, pfn, write, dirty, young, soft-dirty, uffd-wp, exclusive, swp-exclusive, type,
 * offset. Within a kind only that field's bits change; a new kind keeps pfn and the flags it has.
 */
export function setPteField(raw: bigint, field: string, text: string): bigint {
  const v = raw & U64;
  const f = pteFields(v);
  const kind = f.kind;
  const swapFormat = kind !== 'none' && kind !== 'present';
  const need = (ok: boolean, what: string): void => {
    if (!ok) throw new Error(`a ${kind} pte has no ${what}${kind === 'none' ? ' (set its kind or its value first)' : ''}`);
  };
  switch (field) {
    case 'value':
      return parsePteText(text);
    case 'raw':
      return bigOf(text, 'a pte value', 1n << 64n);
    case 'kind': {
      const k = text.trim().toLowerCase() as EntryKind;
      if (!PTE_KINDS.includes(k)) throw new Error(`kind must be one of ${PTE_KINDS.join(', ')}, not '${text.slice(0, 40)}'`);
      if (k === kind) return v;
      if (k !== 'none' && k !== 'swap' && f.pfn === undefined) throw new Error(`a ${k} pte needs a pfn: set its value instead (${k}(...) -> pfn 0x...)`);
      const n: PteFields = { ...f, kind: k };
      // The flags the new kind has no bit for are dropped.
      if (k !== 'migration') n.exclusive = false;
      if (k === 'present') n.swpExclusive = false;
      if (k !== 'present' && k !== 'migration') n.dirty = n.young = false;
      if (k === 'device-exclusive' || k === 'swap') n.write = false;
      if (k === 'swap') {
        n.type = f.type ?? 0;
        n.offset = f.offset ?? BigInt(f.pfn ?? 0);
      }
      return encodePte(n);
    }
    case 'present': {
      const on = boolOf(text);
      if (on === (kind === 'present')) return v;
      if (!on) throw new Error(`clearing the present bit does not make a pte of a kind mmstep knows: set kind (none, migration, device-private, device-exclusive, swap) instead`);
      need(f.pfn !== undefined, 'pfn to map');
      return setPteField(v, 'kind', 'present');
    }
    case 'pfn':
      need(f.pfn !== undefined, 'pfn');
      return (v & ~PFN_FIELD) | (bigOf(text, 'the pfn', PFN_LIMIT) << 12n);
    case 'write': {
      const on = boolOf(text);
      if (kind === 'present') return bit(v, _PAGE_RW, on);
      if (kind === 'migration') {
        const t = on ? SWP_MIGRATION_WRITE : f.exclusive ? SWP_MIGRATION_READ_EXCLUSIVE : SWP_MIGRATION_READ;
        return (v & ~TYPE_FIELD) | (t << SWP_TYPE_SHIFT);
      }
      need(kind === 'device-private', 'write bit');
      return (v & ~TYPE_FIELD) | ((on ? SWP_DEVICE_WRITE : SWP_DEVICE_READ) << SWP_TYPE_SHIFT);
    }
    case 'exclusive': {
      const on = boolOf(text);
      need(kind === 'migration', 'exclusive (read-exclusive migration) bit');
      if (on && f.write) throw new Error('a write migration entry is not read-exclusive: set write to false first');
      return (v & ~TYPE_FIELD) | ((on ? SWP_MIGRATION_READ_EXCLUSIVE : f.write ? SWP_MIGRATION_WRITE : SWP_MIGRATION_READ) << SWP_TYPE_SHIFT);
    }
    case 'dirty':
      need(kind === 'present' || kind === 'migration', 'dirty bit');
      return bit(v, kind === 'present' ? _PAGE_DIRTY : SWP_MIG_DIRTY, boolOf(text));
    case 'young':
      need(kind === 'present' || kind === 'migration', 'young bit');
      return bit(v, kind === 'present' ? _PAGE_ACCESSED : SWP_MIG_YOUNG, boolOf(text));
    case 'soft-dirty':
      need(kind !== 'none', 'soft-dirty bit');
      return bit(v, swapFormat ? _PAGE_SWP_SOFT_DIRTY : _PAGE_SOFT_DIRTY, boolOf(text));
    case 'uffd-wp':
      need(kind !== 'none', 'uffd-wp bit');
      return bit(v, swapFormat ? _PAGE_SWP_UFFD_WP : _PAGE_UFFD_WP, boolOf(text));
    case 'swp-exclusive':
      need(swapFormat, 'swp-exclusive bit (swap-format entries have it)');
      return bit(v, _PAGE_SWP_EXCLUSIVE, boolOf(text));
    case 'type': {
      need(kind === 'swap', 'swap type (migration and device entries are kinds of their own)');
      const t = bigOf(text, 'the swap type', MAX_SWAPFILES);
      return (v & ~TYPE_FIELD) | (t << SWP_TYPE_SHIFT);
    }
    case 'offset':
      need(kind === 'swap', 'swap offset');
      return (v & ~PFN_FIELD) | (bigOf(text, 'the swap offset', PFN_LIMIT) << 12n);
    default:
      throw new Error(`the pte field '${field.slice(0, 40)}' cannot be set (value, raw, kind, present, pfn, write, dirty, young, soft-dirty, uffd-wp, exclusive, swp-exclusive, type, offset can)`);
  }
}

/** The rows of a pte as the Variables view shows them (name, value), in the order set by hand. */
export function pteFieldRows(raw: bigint): { name: string; value: string }[] {
  const v = raw & U64;
  const f = pteFields(v);
  const yes = (b: boolean) => String(b);
  const rows: { name: string; value: string }[] = [{ name: 'kind', value: f.kind }, { name: 'present', value: yes(f.kind === 'present') }];
  if (f.pfn !== undefined) rows.push({ name: 'pfn', value: `0x${f.pfn.toString(16)}` });
  if (f.kind === 'present' || f.kind === 'migration' || f.kind === 'device-private') rows.push({ name: 'write', value: yes(f.write) });
  if (f.kind === 'migration') rows.push({ name: 'exclusive', value: yes(f.exclusive) });
  if (f.kind === 'present' || f.kind === 'migration') rows.push({ name: 'dirty', value: yes(f.dirty) }, { name: 'young', value: yes(f.young) });
  if (f.kind === 'swap') rows.push({ name: 'type', value: String(f.type) }, { name: 'offset', value: `0x${(f.offset ?? 0n).toString(16)}` });
  if (f.kind !== 'none') rows.push({ name: 'soft-dirty', value: yes(f.softDirty) }, { name: 'uffd-wp', value: yes(f.uffdWp) });
  if (f.kind !== 'none' && f.kind !== 'present') rows.push({ name: 'swp-exclusive', value: yes(f.swpExclusive) });
  rows.push({ name: 'raw', value: `0x${v.toString(16)}` });
  return rows;
}

/** The readable form (formatPte), re-exported for the setters' answers. */
export function pteText(raw: bigint): string {
  return formatPte(raw);
}
