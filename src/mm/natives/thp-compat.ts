// The two calls of the kernel trees' transparent-huge-pmd branch (6.1 and 6.12
// migrate_vma_collect_pmd) that have no native otherwise: pmd_lock and pmd_page. The model maps
// huge pmds (huge.ts: MADV_HUGEPAGE, MAP_HUGETLB) but cannot split them, so the branch is
// entered only when such a range is migrated, and stops at pmd_page saying so; a file is
// linked as a whole, and its call sites need natives to load at all.
//
// pmd_lock is the real thing: the lock of the pmd table the pointer lies in (x86-64 splits pmd
// locks per table). A pmd table gets its lock object the first time one is asked for, so models
// that never take one keep exactly the objects they had (PageTable.ptl stays a pte-table field). pmd_page is only defined for a huge
// pmd; the model has none, and a pmd that points at a pte table names no struct page here (the
// model's page tables are not pages), so both are reported, never guessed.
// Prototypes: kernel/include/linux/mm_thp_compat.h; kernel/compat includes them.

import type { NativeTable } from '../../c/native';
import { objPtr } from '../../c/value';
import { isHugeEntry } from '../pte';
import { allocId, NO_TID, type MmModel } from '../state';
import { pgtableNatives } from './pgtable';
import { argEntry, argInt, argMm, fault, hexn } from './util';

/** The lock object of pmd table `table`, if one was made (PageTable.ptl stays the pte tables'). */
function pmdLockOf(m: MmModel, table: number): number | undefined {
  for (const [id, o] of Object.entries(m.objs)) if (o.kind === 'spinlock' && o.table === table) return Number(id);
  return undefined;
}

export function thpCompatNatives(m: MmModel): NativeTable {
  const spin = pgtableNatives(m);
  return {
    pmd_lock(ctx, args) {
      const mm = argMm(m, 'pmd_lock', args, 0);
      const { table } = argEntry(m, 'pmd_lock', args, 1, 2);
      if (table.pid !== mm.pid) fault('bad-call', `pmd_lock: the pmd belongs to pid ${table.pid}, not to the mm of pid ${mm.pid}`);
      let id = pmdLockOf(m, table.id);
      if (id === undefined) {
        id = allocId(m);
        m.objs[id] = { kind: 'spinlock', name: `pmd lock(pid ${table.pid}, 0x${table.base.toString(16)})`, holder: NO_TID, table: table.id, flux: [] };
      }
      const lock = objPtr(id);
      const r = spin.spin_lock(ctx, [lock]);
      if (r !== undefined) return r;
      return lock;
    },
    pmd_page(_ctx, args) {
      const v = BigInt.asUintN(64, argInt('pmd_page', args, 0));
      if (isHugeEntry(v)) fault('unsupported', 'pmd_page: migrating a huge page (splitting it: split_huge_pmd / split_folio) is not modelled yet');
      fault('bad-call', `pmd_page(${hexn(Number(v))}): not a huge pmd (a pmd that points at a pte table names no struct page in the model)`);
    },
  };
}
