// The bit layout of page-table entries and swap entries in the model. pte_t / pmd_t / swp_entry_t
// are plain 64-bit `unsigned long` values in kernel/include (so C code can copy and compare them),
// and this file is the single definition of what their bits mean. It follows x86-64 where that
// is practical:
//
// Present pte (bit 0 set):
//   0 PRESENT  1 RW  2 USER  5 ACCESSED (young)  6 DIRTY  7 PSE (huge, pmd level only)
//   10 UFFD_WP (_PAGE_BIT_SOFTW2)  11 SOFT_DIRTY (_PAGE_BIT_SOFTW3)  12..51 pfn
//
// Non-present, non-zero pte = a swap-format entry (as on x86, the swap soft-dirty and uffd-wp bits
// sit at *different* positions from the present ones — the reason for upstream bug 3.6):
//   1 SWP_SOFT_DIRTY (x86: _PAGE_RW)  2 SWP_UFFD_WP (x86: _PAGE_USER)  7 SWP_EXCLUSIVE
//   8 migration young  9 migration dirty  12..51 offset (the pfn for migration/device entries)
//   58..62 swap type (5 bits)
// (x86 stores the offset inverted and the type at the very top; the model keeps it readable.)
//
// swp_entry_t (the arch-independent form, as the kernel's): type << 58 | offset, where the
// migration young/dirty flags live at offset bits 40/41 (SWP_MIG_YOUNG_BIT / DIRTY_BIT just
// above the 40 pfn bits). pte_to_swp_entry drops the soft-dirty/uffd-wp/exclusive bits, as in
// the kernel.
//
// Upper-level entries (pgd/pud/pmd) that point at a lower table hold the model's table id in
// the pfn field with _PAGE_TABLE flags; zero is "none".

export const _PAGE_PRESENT = 1n << 0n;
export const _PAGE_RW = 1n << 1n;
export const _PAGE_USER = 1n << 2n;
export const _PAGE_ACCESSED = 1n << 5n;
export const _PAGE_DIRTY = 1n << 6n;
export const _PAGE_PSE = 1n << 7n;
export const _PAGE_UFFD_WP = 1n << 10n;
export const _PAGE_SOFT_DIRTY = 1n << 11n;
export const _PAGE_TABLE = _PAGE_PRESENT | _PAGE_RW | _PAGE_USER | _PAGE_ACCESSED | _PAGE_DIRTY;

export const _PAGE_SWP_SOFT_DIRTY = 1n << 1n;
export const _PAGE_SWP_UFFD_WP = 1n << 2n;
export const _PAGE_SWP_EXCLUSIVE = 1n << 7n;
const _PAGE_SWP_MIG_YOUNG = 1n << 8n;
const _PAGE_SWP_MIG_DIRTY = 1n << 9n;

export const PAGE_SHIFT = 12n;
const PFN_BITS = 40n;
const PFN_MASK = (1n << PFN_BITS) - 1n;
const PTE_PFN_MASK = PFN_MASK << PAGE_SHIFT;

export const SWP_TYPE_SHIFT = 58n;
const SWP_TYPE_MASK = 0x1fn;
const SWP_OFFSET_MASK = (1n << SWP_TYPE_SHIFT) - 1n;
export const SWP_MIG_YOUNG_BIT = 1n << PFN_BITS;
export const SWP_MIG_DIRTY_BIT = 1n << (PFN_BITS + 1n);

/** Swap types. 0..23 are swap files; the special types use the top of the 5-bit range. */
export const SWP_DEVICE_WRITE = 24n;
export const SWP_DEVICE_READ = 25n;
export const SWP_DEVICE_EXCLUSIVE = 26n;
export const SWP_MIGRATION_READ = 27n;
export const SWP_MIGRATION_READ_EXCLUSIVE = 28n;
export const SWP_MIGRATION_WRITE = 29n;
export const SWP_HWPOISON = 30n;
export const SWP_PTE_MARKER = 31n;
export const MAX_SWAPFILES = 24n;

export type EntryKind =
  | 'none'
  | 'present'
  | 'migration'
  | 'device-private'
  | 'device-exclusive'
  | 'swap';

// ---- present ptes -------------------------------------------------------------------------

export interface PresentBits {
  write?: boolean;
  dirty?: boolean;
  young?: boolean;
  softDirty?: boolean;
  uffdWp?: boolean;
}

export function mkPresentPte(pfn: number, b: PresentBits = {}): bigint {
  let v = (BigInt(pfn) << PAGE_SHIFT) | _PAGE_PRESENT | _PAGE_USER;
  if (b.write) v |= _PAGE_RW;
  if (b.dirty) v |= _PAGE_DIRTY;
  if (b.young) v |= _PAGE_ACCESSED;
  if (b.softDirty) v |= _PAGE_SOFT_DIRTY;
  if (b.uffdWp) v |= _PAGE_UFFD_WP;
  return v;
}

export function ptePresent(v: bigint): boolean {
  return (v & _PAGE_PRESENT) !== 0n;
}
export function pteNone(v: bigint): boolean {
  return v === 0n;
}
/** pfn field (present entries) or offset field (swap-format entries). */
export function ptePfnField(v: bigint): number {
  return Number((v & PTE_PFN_MASK) >> PAGE_SHIFT);
}

// ---- swap entries -------------------------------------------------------------------------

export function swpEntry(type: bigint, offset: bigint): bigint {
  return ((type & SWP_TYPE_MASK) << SWP_TYPE_SHIFT) | (offset & SWP_OFFSET_MASK);
}
export function swpType(e: bigint): bigint {
  return (e >> SWP_TYPE_SHIFT) & SWP_TYPE_MASK;
}
export function swpOffset(e: bigint): bigint {
  return e & SWP_OFFSET_MASK;
}
/** The pfn carried by a migration / device entry (offset without the young/dirty flags). */
export function swpOffsetPfn(e: bigint): number {
  return Number(swpOffset(e) & PFN_MASK);
}

export function swpEntryToPte(e: bigint): bigint {
  const off = swpOffset(e);
  let v = ((off & PFN_MASK) << PAGE_SHIFT) | (swpType(e) << SWP_TYPE_SHIFT);
  if (off & SWP_MIG_YOUNG_BIT) v |= _PAGE_SWP_MIG_YOUNG;
  if (off & SWP_MIG_DIRTY_BIT) v |= _PAGE_SWP_MIG_DIRTY;
  return v;
}

/** Inverse of swpEntryToPte; the soft-dirty / uffd-wp / exclusive bits are not part of the entry. */
export function pteToSwpEntry(v: bigint): bigint {
  const type = (v >> SWP_TYPE_SHIFT) & SWP_TYPE_MASK;
  let off = (v & PTE_PFN_MASK) >> PAGE_SHIFT;
  if (v & _PAGE_SWP_MIG_YOUNG) off |= SWP_MIG_YOUNG_BIT;
  if (v & _PAGE_SWP_MIG_DIRTY) off |= SWP_MIG_DIRTY_BIT;
  return swpEntry(type, off);
}

export function isMigrationType(t: bigint): boolean {
  return t === SWP_MIGRATION_READ || t === SWP_MIGRATION_READ_EXCLUSIVE || t === SWP_MIGRATION_WRITE;
}
export function isDevicePrivateType(t: bigint): boolean {
  return t === SWP_DEVICE_READ || t === SWP_DEVICE_WRITE;
}

/** Build the pte of a migration entry (the 2016 `make_migration_entry(page, write)` + young/dirty). */
export function mkMigrationPte(
  pfn: number,
  mode: 'read' | 'read-exclusive' | 'write',
  extra: { young?: boolean; dirty?: boolean; softDirty?: boolean; uffdWp?: boolean } = {},
): bigint {
  const type =
    mode === 'write' ? SWP_MIGRATION_WRITE : mode === 'read' ? SWP_MIGRATION_READ : SWP_MIGRATION_READ_EXCLUSIVE;
  let off = BigInt(pfn);
  if (extra.young) off |= SWP_MIG_YOUNG_BIT;
  if (extra.dirty) off |= SWP_MIG_DIRTY_BIT;
  let v = swpEntryToPte(swpEntry(type, off));
  if (extra.softDirty) v |= _PAGE_SWP_SOFT_DIRTY;
  if (extra.uffdWp) v |= _PAGE_SWP_UFFD_WP;
  return v;
}

export function mkDevicePrivatePte(pfn: number, write: boolean, extra: { softDirty?: boolean } = {}): bigint {
  let v = swpEntryToPte(swpEntry(write ? SWP_DEVICE_WRITE : SWP_DEVICE_READ, BigInt(pfn)));
  if (extra.softDirty) v |= _PAGE_SWP_SOFT_DIRTY;
  return v;
}

// ---- decoding -----------------------------------------------------------------------------

export interface DecodedPte {
  kind: EntryKind;
  pfn?: number;
  /** write, dirty, young, soft-dirty, uffd-wp, exclusive; for swap entries 'type=N offset=M'. */
  bits: string[];
  /** Only for migration entries. */
  mode?: 'read' | 'read-exclusive' | 'write';
}

export function decodePte(v: bigint): DecodedPte {
  if (v === 0n) return { kind: 'none', bits: [] };
  if (ptePresent(v)) {
    const bits: string[] = [];
    if (v & _PAGE_RW) bits.push('write');
    if (v & _PAGE_DIRTY) bits.push('dirty');
    if (v & _PAGE_ACCESSED) bits.push('young');
    if (v & _PAGE_SOFT_DIRTY) bits.push('soft-dirty');
    if (v & _PAGE_UFFD_WP) bits.push('uffd-wp');
    // a pmd that maps a 2 MiB page (huge.ts; pgtable.ts pteAt gives each 4 KiB of it)
    if (v & _PAGE_PSE) bits.push('huge');
    return { kind: 'present', pfn: ptePfnField(v), bits };
  }
  const e = pteToSwpEntry(v);
  const t = swpType(e);
  const bits: string[] = [];
  let kind: EntryKind = 'swap';
  let mode: DecodedPte['mode'];
  if (isMigrationType(t)) {
    kind = 'migration';
    mode = t === SWP_MIGRATION_WRITE ? 'write' : t === SWP_MIGRATION_READ ? 'read' : 'read-exclusive';
    if (mode === 'write') bits.push('write');
    if (mode === 'read-exclusive') bits.push('exclusive');
    if (swpOffset(e) & SWP_MIG_YOUNG_BIT) bits.push('young');
    if (swpOffset(e) & SWP_MIG_DIRTY_BIT) bits.push('dirty');
  } else if (isDevicePrivateType(t)) {
    kind = 'device-private';
    if (t === SWP_DEVICE_WRITE) bits.push('write');
  } else if (t === SWP_DEVICE_EXCLUSIVE) {
    kind = 'device-exclusive';
  } else {
    bits.push(`type=${t}`, `offset=0x${swpOffset(e).toString(16)}`);
  }
  if (v & _PAGE_SWP_SOFT_DIRTY) bits.push('soft-dirty');
  if (v & _PAGE_SWP_UFFD_WP) bits.push('uffd-wp');
  if (v & _PAGE_SWP_EXCLUSIVE) bits.push('swp-exclusive');
  const pfn = kind === 'swap' ? undefined : swpOffsetPfn(e);
  return { kind, pfn, bits, mode };
}

/**
 * The pfn an entry names (present, migration, device-private, device-exclusive), as
 * decodePte(v).pfn, without building the decoded form: the write paths call it per pte write.
 */
export function entryPfnOf(v: bigint): number | undefined {
  if (v === 0n) return undefined;
  if ((v & _PAGE_PRESENT) === 0n) {
    const t = (v >> SWP_TYPE_SHIFT) & SWP_TYPE_MASK;
    if (t < SWP_DEVICE_WRITE || t > SWP_MIGRATION_WRITE) return undefined;
  }
  return ptePfnField(v);
}

const SHORT: Record<string, string> = { write: 'W', dirty: 'D', young: 'A', exclusive: 'X' };

/**
 * Readable form of a pte: `none`, `present(W,D) -> pfn 0x102`,
 * `migration(W) -> pfn 0x102 [soft-dirty]`, `device-private(W) -> pfn 0x10000`,
 * `swap(type=1 offset=0x5)`.
 */
export function formatPte(raw: bigint): string {
  const d = decodePte(BigInt.asUintN(64, raw));
  if (d.kind === 'none') return 'none';
  if (d.kind === 'swap') return `swap(${d.bits.filter((b) => b.includes('=')).join(' ')})${tail(d.bits)}`;
  const short = d.bits.filter((b) => SHORT[b]).map((b) => SHORT[b]);
  const pfn = d.pfn !== undefined ? ` -> pfn 0x${d.pfn.toString(16)}` : '';
  return `${d.kind}(${short.join(',')})${pfn}${tail(d.bits)}`;
}

function tail(bits: string[]): string {
  const rest = bits.filter((b) => !SHORT[b] && !b.includes('='));
  return rest.length ? ` [${rest.join(', ')}]` : '';
}

// ---- upper levels -------------------------------------------------------------------------

export function mkTableEntry(tableId: number): bigint {
  return (BigInt(tableId) << PAGE_SHIFT) | _PAGE_TABLE;
}
/** Table id an upper-level entry points at, or undefined for none / huge entries. */
export function tableOfEntry(v: bigint): number | undefined {
  if (v === 0n || !ptePresent(v) || (v & _PAGE_PSE) !== 0n) return undefined;
  return ptePfnField(v);
}
export function isHugeEntry(v: bigint): boolean {
  return ptePresent(v) && (v & _PAGE_PSE) !== 0n;
}
