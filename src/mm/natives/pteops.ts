// Natives on pte / swap-entry *values*: kind tests, bit accessors and builders, migration and
// device-private entries, vm_normal_page. Reading soft-dirty or uffd-wp with the wrong helper
// reads an unrelated bit on real hardware (upstream bug 3.6): the swap-format accessors trap on a
// present pte, and the present-format accessors (pte_pfn, pte_dirty, ...) on a swap-format pte
// warn at the line and return what x86-64 computes (nonpresent.ts), or trap when the scenario
// says `checks: { nonpresent_pte_helpers: fault }`. The present-format builders always trap.

import type { NativeCtx, NativeTable } from '../../c/native';
import type { Value } from '../../c/value';
import { NULL, pagePtr } from '../../c/value';
import {
  decodePte,
  isDevicePrivateType,
  isMigrationType,
  ptePfnField,
  ptePresent,
  pteToSwpEntry,
  swpEntry,
  swpEntryToPte,
  swpOffsetPfn,
  swpType,
  SWP_DEVICE_READ,
  SWP_DEVICE_WRITE,
  SWP_MIGRATION_READ,
  SWP_MIGRATION_WRITE,
  _PAGE_ACCESSED,
  _PAGE_DIRTY,
  _PAGE_PRESENT,
  _PAGE_RW,
  _PAGE_SOFT_DIRTY,
  _PAGE_SWP_SOFT_DIRTY,
  _PAGE_SWP_UFFD_WP,
  _PAGE_UFFD_WP,
  PAGE_SHIFT,
} from '../pte';
import { MmModel, VM_WRITE, ZERO_PFN } from '../state';

export { ZERO_PFN };
import { argInt, argPage, argVma, bool, fault, hexn, pageName } from './util';
import { nonPresentHelper, recordPteWarning } from './nonpresent';
import type { NonPresentHelper } from '../pte-x86';


function val(fn: string, args: Value[], i = 0): bigint {
  return BigInt.asUintN(64, argInt(fn, args, i));
}

function present(fn: string, args: Value[]): bigint {
  const v = val(fn, args);
  if (!ptePresent(v)) {
    fault('undefined-behaviour', `${fn} on a non-present pte (${v === 0n ? 'none' : decodePte(v).kind}); use the pte_swp_* helpers for swap-format entries`);
  }
  return v;
}

/** A present-pte accessor: `read` on a present pte, the x86-64 result (and a warning) otherwise. */
function accessor(m: MmModel, ctx: NativeCtx, fn: NonPresentHelper, args: Value[], read: (v: bigint) => bigint): bigint {
  const v = val(fn, args);
  return ptePresent(v) ? read(v) : nonPresentHelper(m, ctx, fn, v);
}

function swapFormat(fn: string, args: Value[]): bigint {
  const v = val(fn, args);
  if (ptePresent(v) || v === 0n) {
    fault('undefined-behaviour', `${fn} on a ${v === 0n ? 'none' : 'present'} pte; it only applies to swap-format entries`);
  }
  return v;
}

function entryPage(m: MmModel, fn: string, e: bigint) {
  const pfn = swpOffsetPfn(e);
  const page = m.pages[pfn];
  if (!page) fault('model', `${fn}: the entry names pfn ${hexn(pfn)}, which has no struct page`);
  if (page.freed) fault('use-after-free', `${fn}: the entry names ${pageName(page)}, which has been freed`);
  return page;
}

export function pteopsNatives(m: MmModel): NativeTable {
  return {
    pte_none(ctx, args) {
      return bool(val('pte_none', args) === 0n);
    },
    pte_present(ctx, args) {
      return bool(ptePresent(val('pte_present', args)));
    },
    is_swap_pte(ctx, args) {
      const v = val('is_swap_pte', args);
      return bool(v !== 0n && !ptePresent(v));
    },
    pte_pfn(ctx, args) {
      return accessor(m, ctx, 'pte_pfn', args, (v) => BigInt(ptePfnField(v)));
    },
    pte_write(ctx, args) {
      return accessor(m, ctx, 'pte_write', args, (v) => bool((v & _PAGE_RW) !== 0n));
    },
    pte_dirty(ctx, args) {
      return accessor(m, ctx, 'pte_dirty', args, (v) => bool((v & _PAGE_DIRTY) !== 0n));
    },
    pte_young(ctx, args) {
      return accessor(m, ctx, 'pte_young', args, (v) => bool((v & _PAGE_ACCESSED) !== 0n));
    },
    pte_soft_dirty(ctx, args) {
      return accessor(m, ctx, 'pte_soft_dirty', args, (v) => bool((v & _PAGE_SOFT_DIRTY) !== 0n));
    },
    pte_uffd_wp(ctx, args) {
      return accessor(m, ctx, 'pte_uffd_wp', args, (v) => bool((v & _PAGE_UFFD_WP) !== 0n));
    },
    pte_mksoft_dirty(ctx, args) {
      return present('pte_mksoft_dirty', args) | _PAGE_SOFT_DIRTY;
    },
    pte_mkold(ctx, args) {
      return present('pte_mkold', args) & ~_PAGE_ACCESSED;
    },
    pte_mkyoung(ctx, args) {
      return present('pte_mkyoung', args) | _PAGE_ACCESSED;
    },
    pte_mkwrite(ctx, args) {
      return present('pte_mkwrite', args) | _PAGE_RW;
    },
    pte_mkdirty(ctx, args) {
      return present('pte_mkdirty', args) | _PAGE_DIRTY | _PAGE_SOFT_DIRTY;
    },
    maybe_mkwrite(ctx, args) {
      const v = present('maybe_mkwrite', args);
      const { vma } = argVma(m, 'maybe_mkwrite', args, 1);
      return vma.flags & VM_WRITE ? v | _PAGE_RW : v;
    },
    pte_swp_soft_dirty(ctx, args) {
      // On an empty entry x86-64 just finds the bit clear; the model says so at the line (the
      // posted HMM v13 restore pass reads it from the pte it has already cleared).
      if (val('pte_swp_soft_dirty', args) === 0n) {
        recordPteWarning(m, ctx, 'pte_swp_soft_dirty', 'pte_swp_soft_dirty() on a none pte (0): x86-64 finds _PAGE_SWP_SOFT_DIRTY clear and returns 0; whatever the entry held before it was cleared is not seen');
        return 0n;
      }
      return bool((swapFormat('pte_swp_soft_dirty', args) & _PAGE_SWP_SOFT_DIRTY) !== 0n);
    },
    pte_swp_mksoft_dirty(ctx, args) {
      return swapFormat('pte_swp_mksoft_dirty', args) | _PAGE_SWP_SOFT_DIRTY;
    },
    pte_swp_uffd_wp(ctx, args) {
      return bool((swapFormat('pte_swp_uffd_wp', args) & _PAGE_SWP_UFFD_WP) !== 0n);
    },
    pte_swp_mkuffd_wp(ctx, args) {
      return swapFormat('pte_swp_mkuffd_wp', args) | _PAGE_SWP_UFFD_WP;
    },
    mk_pte(ctx, args) {
      const page = argPage(m, 'mk_pte', args, 0);
      const prot = val('mk_pte', args, 1);
      return (BigInt(page.pfn) << PAGE_SHIFT) | (prot & ((1n << PAGE_SHIFT) - 1n)) | _PAGE_PRESENT;
    },

    pte_to_swp_entry(ctx, args) {
      return pteToSwpEntry(swapFormat('pte_to_swp_entry', args));
    },
    swp_entry_to_pte(ctx, args) {
      return swpEntryToPte(val('swp_entry_to_pte', args));
    },
    is_migration_entry(ctx, args) {
      return bool(isMigrationType(swpType(val('is_migration_entry', args))));
    },
    is_write_migration_entry(ctx, args) {
      const e = val('is_write_migration_entry', args);
      return bool(swpType(e) === SWP_MIGRATION_WRITE);
    },
    make_migration_entry(ctx, args) {
      // 2016: BUG_ON(!PageLocked(page)) — a migration entry may only name a locked page, which
      // is what lets a faulting CPU sleep on the page lock until migration is done.
      const page = argPage(m, 'make_migration_entry', args, 0);
      if (!page.locked) fault('bug-on', `make_migration_entry: ${pageName(page)} is not locked`);
      const write = argInt('make_migration_entry', args, 1) !== 0n;
      return swpEntry(write ? SWP_MIGRATION_WRITE : SWP_MIGRATION_READ, BigInt(page.pfn));
    },
    migration_entry_to_page(ctx, args) {
      const e = val('migration_entry_to_page', args);
      if (!isMigrationType(swpType(e))) fault('bug-on', 'migration_entry_to_page: not a migration entry');
      const page = entryPage(m, 'migration_entry_to_page', e);
      // 2016: any use of a migration entry requires the page to be locked.
      if (!page.locked) fault('bug-on', `migration_entry_to_page: ${pageName(page)} is not locked`);
      return pagePtr(page.pfn);
    },
    is_device_private_entry(ctx, args) {
      return bool(isDevicePrivateType(swpType(val('is_device_private_entry', args))));
    },
    is_write_device_private_entry(ctx, args) {
      return bool(swpType(val('is_write_device_private_entry', args)) === SWP_DEVICE_WRITE);
    },
    device_private_entry_to_page(ctx, args) {
      const e = val('device_private_entry_to_page', args);
      if (!isDevicePrivateType(swpType(e))) fault('bug-on', 'device_private_entry_to_page: not a device-private entry');
      return pagePtr(entryPage(m, 'device_private_entry_to_page', e).pfn);
    },
    make_device_private_entry(ctx, args) {
      const page = argPage(m, 'make_device_private_entry', args, 0);
      if (page.zone !== 'device-private') fault('bug-on', `make_device_private_entry: ${pageName(page)} is not a device-private page`);
      const write = argInt('make_device_private_entry', args, 1) !== 0n;
      return swpEntry(write ? SWP_DEVICE_WRITE : SWP_DEVICE_READ, BigInt(page.pfn));
    },

    is_zero_pfn(ctx, args) {
      return bool(val('is_zero_pfn', args) === BigInt(ZERO_PFN));
    },
    vm_normal_page(ctx, args) {
      const { vma } = argVma(m, 'vm_normal_page', args, 0);
      const addr = Number(val('vm_normal_page', args, 1));
      if (addr < vma.start || addr >= vma.end) fault('bad-call', `vm_normal_page: ${hexn(addr)} is outside the vma`);
      const pte = val('vm_normal_page', args, 2);
      if (!ptePresent(pte)) fault('undefined-behaviour', 'vm_normal_page on a non-present pte');
      const pfn = ptePfnField(pte);
      if (pfn === ZERO_PFN) return NULL;
      const page = m.pages[pfn];
      // No struct page: a special (PFN-mapped) mapping.
      if (!page) return NULL;
      if (page.freed) fault('use-after-free', `vm_normal_page: the pte maps ${pageName(page)}, which has been freed`);
      return pagePtr(pfn);
    },
  };
}
