// Encodings of the migration control arrays: the 2016 HMM v13 `hmm_pfn_t` slots (one array used
// for source and destination) and today's `MIGRATE_PFN_*` src/dst slots (kernel-semantics §1.1,
// §1.10). kernel/include/linux/hmm.h defines the same HMM_PFN_* values for the C code; keep the
// two in step (a unit test compares them).
//
// HMM v13's bit values, as the series had them when 16/18 was posted (Nov 2016): flags in the
// low bits, the pfn above HMM_PFN_SHIFT, as the 2016 code's hmm_pfn_from_pfn() did.

export const HMM_PFN_FLAGS: [string, bigint][] = [
  ['VALID', 1n << 0n],
  ['READ', 1n << 1n],
  ['WRITE', 1n << 2n],
  ['ERROR', 1n << 3n],
  ['EMPTY', 1n << 4n],
  ['FAULT', 1n << 5n],
  ['DEVICE', 1n << 6n],
  ['LOCKED', 1n << 7n],
  ['SPECIAL', 1n << 8n],
  ['MIGRATE', 1n << 9n],
  ['UNADDRESSABLE', 1n << 10n],
];
export const HMM_PFN_SHIFT = 11n;
export const HMM_PFN_VALID = 1n << 0n;

/** Current upstream (MIGRATE_PFN_LOCKED existed until 5.16; COMPOUND since 6.18). */
export const MIGRATE_PFN_FLAGS: [string, bigint][] = [
  ['VALID', 1n << 0n],
  ['MIGRATE', 1n << 1n],
  ['LOCKED', 1n << 2n],
  ['WRITE', 1n << 3n],
  ['COMPOUND', 1n << 4n],
];
export const MIGRATE_PFN_SHIFT = 6n;

export interface DecodedSlot {
  pfn?: number;
  flags: string[];
}

function decode(raw: bigint, table: [string, bigint][], shift: bigint): DecodedSlot {
  const v = BigInt.asUintN(64, raw);
  const flags = table.filter(([, bit]) => (v & bit) !== 0n).map(([name]) => name);
  const known = table.reduce((acc, [, bit]) => acc | bit, 0n);
  const stray = v & ((1n << shift) - 1n) & ~known;
  if (stray) flags.push(`unknown(0x${stray.toString(16)})`);
  // The pfn is meaningful only with VALID; without it the slot is a hole or empty.
  const pfn = (v & 1n) !== 0n ? Number(v >> shift) : undefined;
  return { pfn, flags };
}

/** Decode a 2016 hmm_pfn_t slot. */
export function decodeHmmPfn(raw: bigint): DecodedSlot {
  return decode(raw, HMM_PFN_FLAGS, HMM_PFN_SHIFT);
}

/** Decode a current migrate_vma src/dst slot. */
export function decodeMigratePfn(raw: bigint): DecodedSlot {
  return decode(raw, MIGRATE_PFN_FLAGS, MIGRATE_PFN_SHIFT);
}

export function hmmPfnFromPfn(pfn: number): bigint {
  return (BigInt(pfn) << HMM_PFN_SHIFT) | HMM_PFN_VALID;
}
