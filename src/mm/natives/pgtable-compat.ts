// Page-table helpers the kernel trees' files call (docs/kernel-api.md class (b)) that kernel/'s
// own C does not: the p4d level and three pmd tests of 6.1's collect walk and insert path.
//
// x86-64 with 4-level paging (what the model is) folds the p4d into the pgd: a p4d pointer is
// the pgd entry pointer itself, p4d_none tests that entry, and p4d_alloc can never fail
// (include/asm-generic/pgtable-nop4d.h semantics, reached through x86's runtime folding when
// 5-level paging is off). The model's pud_offset / pud_alloc take that same pointer.
// Prototypes: kernel/include/linux/mm_compat.h.

import type { NativeTable } from '../../c/native';
import { ptePtr, type Value } from '../../c/value';
import { readEntryRaw, writeEntryRaw } from '../pgtable';
import { isHugeEntry, ptePresent, _PAGE_ACCESSED, _PAGE_DIRTY, _PAGE_PRESENT, _PAGE_RW, _PAGE_USER } from '../pte';
import { entryAddr, entrySpan, type MmModel, type PageTable } from '../state';
import { argEntry, argInt, argMm, argNum, bool, fault, hexn } from './util';

/** x86 pmd_flags(): everything outside the pfn field (bits 12..51). */
const PTE_PFN_MASK = ((1n << 52n) - 1n) & ~0xfffn;
/** _KERNPG_TABLE without _PAGE_ACCESSED, what pmd_bad compares with (arch/x86 pgtable.h). */
const KERNPG_TABLE_NO_A = _PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY;
/** _PAGE_DEVMAP (_PAGE_BIT_SOFTW4, bit 58) on x86-64 in 6.1 and 6.12. */
const _PAGE_DEVMAP = 1n << 58n;

function entryVal(fn: string, args: Value[]): bigint {
  return BigInt.asUintN(64, argInt(fn, args, 0));
}

/** x86 pmd_bad: anything but a pointer to a pte table (USER and ACCESSED ignored). */
function pmdBad(v: bigint): boolean {
  const flags = v & ~PTE_PFN_MASK;
  return (flags & ~(_PAGE_USER | _PAGE_ACCESSED)) !== KERNPG_TABLE_NO_A;
}

function checkCovers(fn: string, t: PageTable, i: number, addr: number): void {
  const lo = entryAddr(t, i);
  if (addr < lo || addr >= lo + entrySpan(t.level)) {
    fault('bad-call', `${fn}: address ${hexn(addr)} is not covered by pgd[${i}] (${hexn(lo)}-${hexn(lo + entrySpan(t.level))})`);
  }
}

export function pgtableCompatNatives(m: MmModel): NativeTable {
  /** The (folded) p4d entry for addr: the pgd entry pointer itself. */
  const p4dOf = (fn: string, args: Value[], ptrArg: number) => {
    const { table, index } = argEntry(m, fn, args, ptrArg, 4);
    checkCovers(fn, table, index, argNum(fn, args, ptrArg + 1));
    return { table, ptr: ptePtr(table.id, index) };
  };

  return {
    p4d_offset(ctx, args) {
      return p4dOf('p4d_offset', args, 0).ptr;
    },
    p4d_none(ctx, args) {
      return bool(entryVal('p4d_none', args) === 0n);
    },
    p4d_alloc(ctx, args) {
      // (mm, pgd, address): with a folded p4d there is nothing to allocate; never NULL.
      const mm = argMm(m, 'p4d_alloc', args, 0);
      const { table, ptr } = p4dOf('p4d_alloc', args, 1);
      if (table.pid !== mm.pid) fault('bad-call', `p4d_alloc: the pgd belongs to pid ${table.pid}, not to the mm of pid ${mm.pid}`);
      return ptr;
    },

    pmd_bad(ctx, args) {
      return bool(pmdBad(entryVal('pmd_bad', args)));
    },
    pmd_devmap(ctx, args) {
      // A huge pmd mapping ZONE_DEVICE memory (fsdax) carries _PAGE_DEVMAP.
      return bool((entryVal('pmd_devmap', args) & _PAGE_DEVMAP) !== 0n);
    },
    pmd_trans_unstable(ctx, args) {
      // 6.1 with CONFIG_TRANSPARENT_HUGEPAGE (Debian's config): pmd_none_or_trans_huge_or_clear_bad.
      // 1 when the pmd is none, huge or not present (a pmd migration entry); a bad pmd is
      // reported ("bad pmd") and cleared, also 1; 0 when it points at a pte table that stays.
      const { table, index } = argEntry(m, 'pmd_trans_unstable', args, 0, 2);
      const v = readEntryRaw(table, index);
      if (v === 0n || isHugeEntry(v) || !ptePresent(v)) return 1n;
      if (pmdBad(v)) {
        ctx.warn(`bad pmd ${hexn(Number(v & 0xffffffffffffn))} at ${hexn(entryAddr(table, index))} (pid ${table.pid}): cleared by pmd_trans_unstable`);
        writeEntryRaw(m, table, index, 0n);
        return 1n;
      }
      return 0n;
    },
  };
}
