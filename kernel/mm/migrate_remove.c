// SPDX-License-Identifier: MIT
/*
 * mmstep: remove_migration_ptes() of mm/migrate.c (order-0, anon and file) written as C, so that
 * a reviewer can step through how a migration entry becomes a mapping again and so that bug 3.5
 * can be put back (kernel-semantics §1.5, §3.5). Written for mmstep in kernel style; not copied
 * from Linux.
 *
 * The model also has a native remove_migration_ptes() with the same (fixed) semantics, which the
 * other scenarios use. This file is #included by migrate_device.c when MMSTEP_C_REMOVE_PTES is
 * defined (kernel/mm/migrate_device_remove_ptes.c, migrate_device_bug_soft_dirty.c) and then
 * replaces the native for today's flow. The anon_vma walk is the model's rmap_collect().
 */
#include <linux/rmap.h>

/*
 * Turn the migration entry of @src at (@vma, @addr) into a mapping of @folio: a present pte, or
 * a device-private entry when @folio is un-addressable device memory. Like the kernel's
 * page_vma_mapped_walk in migration mode, it re-checks under the PTL that the pte still is a
 * migration entry for @src (a racing zap may have removed it).
 */
static void remove_migration_pte(struct folio *folio, struct vm_area_struct *vma,
				 unsigned long addr, struct folio *src)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page *page = folio_page(folio, 0);
	bool writable, young, dirty;
	swp_entry_t entry;
	int rmap_flags = 0;
	pte_t old, pte;
	spinlock_t *ptl;
	pgd_t *pgd;
	pud_t *pud;
	pmd_t *pmd;
	pte_t *ptep;

	pgd = pgd_offset(mm, addr);
	pud = pud_offset(pgd, addr);
	pmd = pmd_offset(pud, addr);
	ptep = pte_offset_map_lock(mm, pmd, addr, &ptl);
	if (!ptep)
		return;

	old = ptep_get(ptep);
	if (!is_swap_pte(old))
		goto unlock;
	entry = pte_to_swp_entry(old);
	if (!is_migration_entry(entry) ||
	    pfn_swap_entry_to_page(entry) != folio_page(src, 0))
		goto unlock;

	/* the new mapping owns a reference */
	folio_get(folio);

	writable = is_writable_migration_entry(entry) && (vma->vm_flags & VM_WRITE);
	young = is_migration_entry_young(entry);
	/* only if the data is still dirty and the pte was dirty when it was unmapped */
	dirty = folio_test_dirty(folio) && is_migration_entry_dirty(entry);

	/* a WRITE or READ_EXCLUSIVE entry of an anon page: the mapping is exclusive */
	if (folio_test_anon(folio) && !is_readable_migration_entry(entry))
		rmap_flags |= RMAP_EXCLUSIVE;

	if (is_device_private_page(page)) {
		/*
		 * Un-addressable memory: the CPU pte is a device-private entry, writable iff
		 * the present pte would have been. The soft-dirty and uffd-wp bits have to be
		 * carried over in swap format.
		 */
		if (writable)
			entry = make_writable_device_private_entry(page_to_pfn(page));
		else
			entry = make_readable_device_private_entry(page_to_pfn(page));
		pte = swp_entry_to_pte(entry);
#ifndef MMSTEP_BUG_SOFT_DIRTY_RESTORE
		/* bug 3.5 (before 3d321bf82c4b, 5.9): this bit was not copied */
		if (pte_swp_soft_dirty(old))
			pte = pte_swp_mksoft_dirty(pte);
#endif
		if (pte_swp_uffd_wp(old))
			pte = pte_swp_mkuffd_wp(pte);
	} else {
		pte = mk_pte(page, vma->vm_page_prot);
		pte = young ? pte_mkyoung(pte) : pte_mkold(pte);
		if (dirty)
			pte = pte_mkdirty(pte);
		if (pte_swp_soft_dirty(old))
			pte = pte_mksoft_dirty(pte);
		if (writable)
			pte = pte_mkwrite(pte);
		else if (pte_swp_uffd_wp(old))
			pte = pte_mkuffd_wp(pte);
	}

	if (folio_test_anon(folio))
		folio_add_anon_rmap_pte(folio, page, vma, addr, rmap_flags);
	else
		folio_add_file_rmap_pte(folio, page, vma);
	set_pte_at(mm, addr, ptep, pte);
	/* the old pte was not present: no TLB holds it, nothing to flush */
	update_mmu_cache(vma, addr, ptep);
unlock:
	pte_unmap_unlock(ptep, ptl);
}

/*
 * Every migration entry pointing at @src becomes a mapping of @dst (@dst == @src when the
 * migration of this page failed). Called with both folios locked.
 */
static void remove_migration_ptes_c(struct folio *src, struct folio *dst)
{
	struct rmap_target targets[RMAP_MAX_TARGETS];
	int i, n;

	VM_BUG_ON(!folio_test_locked(dst));

	n = rmap_collect(src, 1, targets, RMAP_MAX_TARGETS);
	for (i = 0; i < n; i++)
		remove_migration_pte(dst, targets[i].vma, targets[i].address, src);
}
