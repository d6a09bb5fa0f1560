// What x86-64 kernel code computes when a *present*-pte helper (pte_pfn, pte_dirty, ...) is
// applied to a swap-format (non-present) pte. The kernel documents these helpers as "only work if
// pte_present() is true", but code does call them on device-private and migration entries
// (collect's pte_dirty on a device-private pte was the subject of a fix), and on x86-64 they then
// read whatever bits the swap encoding put at those positions. To run such code the model
// re-encodes its own swap-format pte (src/mm/pte.ts, kept readable) as the x86-64 pte the kernel
// would hold, and evaluates the helper on that bit pattern.
//
// The x86-64 swap-format pte (arch/x86/include/asm/pgtable_64.h, since the L1TF fix of 4.18;
// the same in 6.1 and 6.12):
//
//   bit   63..59  58 ........ 9   8   7   6   5   4   3   2   1   0
//         TYPE    ~OFFSET         G   L   D   A   CD  E   F   SD  P
//
//   __swp_entry(type, offset) = (~offset << SWP_OFFSET_SHIFT >> SWP_TYPE_BITS) | type << 59,
//   SWP_TYPE_BITS 5, SWP_OFFSET_FIRST_BIT = _PAGE_BIT_PROTNONE + 1 = 9, SWP_OFFSET_SHIFT 14:
//   bits 9..58 hold the *inverted* low 50 bits of the offset (so that a stray speculative walk of
//   a non-present pte points at non-existent high physical memory), bits 59..63 the type.
//   Bits 1, 2, 3 are free in swap format and carry _PAGE_SWP_SOFT_DIRTY (= _PAGE_RW),
//   _PAGE_SWP_UFFD_WP (= _PAGE_USER) and _PAGE_SWP_EXCLUSIVE (= _PAGE_PWT). Bits 0 (P) and 8
//   (G, the PROTNONE marker when P is clear) are 0, so pte_present() is false; 4..7 are 0.
//
// The offset is the arch-independent swp_entry_t's offset (include/linux/swapops.h): for
// migration and device entries the pfn in its low SWP_PFN_BITS bits (40 in the model: x86-64
// with MAX_PHYSMEM_BITS 52), then SWP_MIG_YOUNG_BIT (40) and SWP_MIG_DIRTY_BIT (41). The TYPE
// field carries the model's swap type numbers (pte.ts); the kernel's numbering depends on the
// version and the config, and none of the helpers below reads bits 59..63.
//
// The helpers, on a pte value X (x86-64, arch/x86/include/asm/pgtable.h, pgtable-invert.h):
//   pte_pfn(X)        = ((X ^ protnone_mask(X)) & PTE_PFN_MASK) >> 12, PTE_PFN_MASK = bits 12..51;
//                       protnone_mask is ~0 for a non-zero pte without _PAGE_PRESENT (L1TF
//                       inversion), so on a swap pte it yields offset bits 3..42: offset >> 3.
//   pte_write(X)      = X & _PAGE_RW (bit 1: the swap soft-dirty bit); from 6.6 also a shadow
//                       stack pte (RW clear, DIRTY set) counts, and the result is 0/1.
//   pte_dirty(X)      = X & _PAGE_DIRTY (bit 6, always 0 in swap format) up to 6.5; from 6.6
//                       X & _PAGE_DIRTY_BITS = _PAGE_DIRTY | _PAGE_SAVED_DIRTY (bit 58 =
//                       _PAGE_BIT_SOFTW5), and bit 58 is ~offset bit 49: *true* for every
//                       migration or device entry. The result is 0/1 from 6.6, the bit before.
//   pte_young(X)      = X & _PAGE_ACCESSED (bit 5, always 0 in swap format).
//   pte_soft_dirty(X) = X & _PAGE_SOFT_DIRTY (bit 11 = ~offset bit 2).
//   pte_uffd_wp(X)    = X & _PAGE_UFFD_WP (bit 10 = ~offset bit 1).
// The int-returning helpers return the masked bit itself (0x800, not 1), as the kernel's do.

// The present-pte bits are the model's own (src/mm/pte.ts keeps x86-64's positions for them).
import {
  pteToSwpEntry, swpOffset, swpType, _PAGE_ACCESSED, _PAGE_DIRTY, _PAGE_PRESENT, _PAGE_RW, _PAGE_SOFT_DIRTY,
  _PAGE_SWP_EXCLUSIVE, _PAGE_SWP_SOFT_DIRTY, _PAGE_SWP_UFFD_WP, _PAGE_UFFD_WP, _PAGE_USER,
} from './pte';

const U64 = (1n << 64n) - 1n;
const X86_SWP_TYPE_BITS = 5n;
const X86_SWP_OFFSET_SHIFT = 9n + X86_SWP_TYPE_BITS;

export const X86_PAGE_PWT = 1n << 3n;
export const X86_PAGE_SAVED_DIRTY = 1n << 58n;
export const X86_PTE_PFN_MASK = ((1n << 52n) - 1n) & ~((1n << 12n) - 1n);

/** The kernel whose x86 helpers are emulated: major.minor (absent: mainline). */
export interface X86Kernel {
  major: number;
  minor: number;
}

/** Shadow-stack era helpers (6.6+): _PAGE_SAVED_DIRTY, bool pte_dirty / pte_write. */
export function hasSavedDirty(k: X86Kernel | undefined): boolean {
  return !k || k.major > 6 || (k.major === 6 && k.minor >= 6);
}

/** x86-64 __swp_entry(type, offset) as a pte value. */
export function x86SwpEntry(type: bigint, offset: bigint): bigint {
  const inv = (~offset & U64) << X86_SWP_OFFSET_SHIFT & U64;
  return (inv >> X86_SWP_TYPE_BITS) | ((type & 0x1fn) << (64n - X86_SWP_TYPE_BITS));
}

/** The x86-64 pte holding the same entry as the model's swap-format pte `v` (non-zero, non-present). */
export function x86SwapPte(v: bigint): bigint {
  const e = pteToSwpEntry(v);
  let x = x86SwpEntry(swpType(e), swpOffset(e));
  if (v & _PAGE_SWP_SOFT_DIRTY) x |= _PAGE_RW;
  if (v & _PAGE_SWP_UFFD_WP) x |= _PAGE_USER;
  if (v & _PAGE_SWP_EXCLUSIVE) x |= X86_PAGE_PWT;
  return x;
}

/** The present-pte helpers that are emulated on a swap-format pte. */
export const NONPRESENT_HELPERS = ['pte_pfn', 'pte_write', 'pte_dirty', 'pte_young', 'pte_soft_dirty', 'pte_uffd_wp'] as const;
export type NonPresentHelper = (typeof NONPRESENT_HELPERS)[number];

export interface X86Result {
  value: bigint;
  /** Which bits of the x86 pte the helper read, for the warning. */
  reads: string;
}

/** What `helper` returns on x86-64 (kernel `k`) for the x86 pte value `x`. */
export function x86Helper(helper: NonPresentHelper, x: bigint, k: X86Kernel | undefined): X86Result {
  const saved = hasSavedDirty(k);
  switch (helper) {
    case 'pte_pfn': {
      const invert = x !== 0n && (x & _PAGE_PRESENT) === 0n ? U64 : 0n;
      return { value: ((x ^ invert) & X86_PTE_PFN_MASK) >> 12n, reads: 'the inverted bits 12..51 (protnone_mask)' };
    }
    case 'pte_write': {
      const rw = x & _PAGE_RW;
      if (!saved) return { value: rw, reads: '_PAGE_RW (bit 1, the swap soft-dirty bit)' };
      const shstk = (x & (_PAGE_RW | _PAGE_DIRTY)) === _PAGE_DIRTY;
      return { value: rw || shstk ? 1n : 0n, reads: '_PAGE_RW (bit 1, the swap soft-dirty bit) and the shadow-stack pattern' };
    }
    case 'pte_dirty':
      if (!saved) return { value: x & _PAGE_DIRTY, reads: '_PAGE_DIRTY (bit 6)' };
      return { value: x & (_PAGE_DIRTY | X86_PAGE_SAVED_DIRTY) ? 1n : 0n, reads: '_PAGE_DIRTY | _PAGE_SAVED_DIRTY (bits 6, 58; 58 is ~offset bit 49)' };
    case 'pte_young':
      return { value: x & _PAGE_ACCESSED, reads: '_PAGE_ACCESSED (bit 5)' };
    case 'pte_soft_dirty':
      return { value: x & _PAGE_SOFT_DIRTY, reads: '_PAGE_SOFT_DIRTY (bit 11 = ~offset bit 2)' };
    case 'pte_uffd_wp':
      return { value: x & _PAGE_UFFD_WP, reads: '_PAGE_UFFD_WP (bit 10 = ~offset bit 1)' };
  }
}
