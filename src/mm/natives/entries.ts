// Today's swap-entry API (kernel-semantics §4.3): typed constructors for migration entries
// (readable / readable-exclusive / writable, with young and dirty carried in the offset),
// device-private entries by pfn, device-exclusive entries, pfn_swap_entry_to_page, and the
// present-pte helpers that arrived after 2016 (ptep_get, pte_mkuffd_wp, pte_wrprotect, ...).
// The 2016 names stay in pteops.ts.

import type { NativeTable } from '../../c/native';
import type { Value } from '../../c/value';
import { pagePtr } from '../../c/value';
import {
  decodePte,
  isDevicePrivateType,
  isMigrationType,
  ptePresent,
  swpEntry,
  swpOffset,
  swpOffsetPfn,
  swpType,
  SWP_DEVICE_EXCLUSIVE,
  SWP_DEVICE_READ,
  SWP_DEVICE_WRITE,
  SWP_MIGRATION_READ,
  SWP_MIGRATION_READ_EXCLUSIVE,
  SWP_MIGRATION_WRITE,
  SWP_MIG_DIRTY_BIT,
  SWP_MIG_YOUNG_BIT,
  _PAGE_RW,
  _PAGE_UFFD_WP,
  _PAGE_DIRTY,
  _PAGE_SWP_EXCLUSIVE,
} from '../pte';
import { readEntryRaw } from '../pgtable';
import type { MmModel } from '../state';
import { argEntry, argInt, bool, fault, hexn, pageName } from './util';

function val(fn: string, args: Value[], i = 0): bigint {
  return BigInt.asUintN(64, argInt(fn, args, i));
}

function pfnArg(m: MmModel, fn: string, args: Value[]): bigint {
  const pfn = val(fn, args);
  const page = m.pages[Number(pfn)];
  if (!page) fault('model', `${fn}: pfn ${hexn(Number(pfn))} has no struct page`);
  return pfn;
}

function present(fn: string, args: Value[]): bigint {
  const v = val(fn, args);
  if (!ptePresent(v)) fault('undefined-behaviour', `${fn} on a non-present pte (${v === 0n ? 'none' : decodePte(v).kind})`);
  return v;
}

export function entryNatives(m: MmModel): NativeTable {
  const migration = (fn: string, type: bigint) => (ctx: unknown, args: Value[]) => {
    const pfn = pfnArg(m, fn, args);
    const page = m.pages[Number(pfn)];
    // A migration entry may only name a locked page: faulting CPUs sleep on that lock.
    if (!page.locked) fault('bug-on', `${fn}: ${pageName(page)} is not locked`);
    return swpEntry(type, pfn);
  };
  return {
    ptep_get(ctx, args) {
      const { table, index } = argEntry(m, 'ptep_get', args, 0, 1);
      return readEntryRaw(table, index);
    },
    make_readable_migration_entry: migration('make_readable_migration_entry', SWP_MIGRATION_READ),
    make_readable_exclusive_migration_entry: migration('make_readable_exclusive_migration_entry', SWP_MIGRATION_READ_EXCLUSIVE),
    make_writable_migration_entry: migration('make_writable_migration_entry', SWP_MIGRATION_WRITE),
    make_migration_entry_young(ctx, args) {
      return val('make_migration_entry_young', args) | SWP_MIG_YOUNG_BIT;
    },
    make_migration_entry_dirty(ctx, args) {
      return val('make_migration_entry_dirty', args) | SWP_MIG_DIRTY_BIT;
    },
    is_migration_entry_young(ctx, args) {
      return bool((swpOffset(val('is_migration_entry_young', args)) & SWP_MIG_YOUNG_BIT) !== 0n);
    },
    is_migration_entry_dirty(ctx, args) {
      return bool((swpOffset(val('is_migration_entry_dirty', args)) & SWP_MIG_DIRTY_BIT) !== 0n);
    },
    is_writable_migration_entry(ctx, args) {
      return bool(swpType(val('is_writable_migration_entry', args)) === SWP_MIGRATION_WRITE);
    },
    is_readable_migration_entry(ctx, args) {
      return bool(swpType(val('is_readable_migration_entry', args)) === SWP_MIGRATION_READ);
    },
    is_readable_exclusive_migration_entry(ctx, args) {
      return bool(swpType(val('is_readable_exclusive_migration_entry', args)) === SWP_MIGRATION_READ_EXCLUSIVE);
    },
    make_readable_device_private_entry(ctx, args) {
      const pfn = pfnArg(m, 'make_readable_device_private_entry', args);
      if (m.pages[Number(pfn)].zone !== 'device-private') fault('bug-on', 'make_readable_device_private_entry: not a device-private page');
      return swpEntry(SWP_DEVICE_READ, pfn);
    },
    make_writable_device_private_entry(ctx, args) {
      const pfn = pfnArg(m, 'make_writable_device_private_entry', args);
      if (m.pages[Number(pfn)].zone !== 'device-private') fault('bug-on', 'make_writable_device_private_entry: not a device-private page');
      return swpEntry(SWP_DEVICE_WRITE, pfn);
    },
    is_writable_device_private_entry(ctx, args) {
      return bool(swpType(val('is_writable_device_private_entry', args)) === SWP_DEVICE_WRITE);
    },
    make_device_exclusive_entry(ctx, args) {
      return swpEntry(SWP_DEVICE_EXCLUSIVE, pfnArg(m, 'make_device_exclusive_entry', args));
    },
    is_device_exclusive_entry(ctx, args) {
      return bool(swpType(val('is_device_exclusive_entry', args)) === SWP_DEVICE_EXCLUSIVE);
    },
    is_pfn_swap_entry(ctx, args) {
      const t = swpType(val('is_pfn_swap_entry', args));
      return bool(isMigrationType(t) || isDevicePrivateType(t) || t === SWP_DEVICE_EXCLUSIVE);
    },
    swp_offset_pfn(ctx, args) {
      return BigInt(swpOffsetPfn(val('swp_offset_pfn', args)));
    },
    pfn_swap_entry_to_page(ctx, args) {
      const e = val('pfn_swap_entry_to_page', args);
      const t = swpType(e);
      if (!isMigrationType(t) && !isDevicePrivateType(t) && t !== SWP_DEVICE_EXCLUSIVE) {
        fault('bug-on', 'pfn_swap_entry_to_page: not a pfn swap entry');
      }
      const pfn = swpOffsetPfn(e);
      const page = m.pages[pfn];
      if (!page) fault('model', `pfn_swap_entry_to_page: pfn ${hexn(pfn)} has no struct page`);
      return pagePtr(pfn);
    },
    pte_swp_exclusive(ctx, args) {
      return bool((val('pte_swp_exclusive', args) & _PAGE_SWP_EXCLUSIVE) !== 0n);
    },
    pte_mkuffd_wp(ctx, args) {
      return present('pte_mkuffd_wp', args) | _PAGE_UFFD_WP;
    },
    pte_wrprotect(ctx, args) {
      return present('pte_wrprotect', args) & ~_PAGE_RW;
    },
    pte_mkclean(ctx, args) {
      return present('pte_mkclean', args) & ~_PAGE_DIRTY;
    },
  };
}
