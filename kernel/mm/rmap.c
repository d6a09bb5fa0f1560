// SPDX-License-Identifier: MIT
/*
 * mmstep: try_to_migrate() — replace every mapping of a locked folio, in every process, by a
 * migration entry (mm/rmap.c in Linux; written for mmstep in kernel style from
 * kernel-semantics §4.2). The anon_vma interval-tree walk is the native rmap_collect(); what is
 * done at each mapping (notifier, clear + flush, entry kind and bits, rmap and reference) is C.
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/folio.h>
#include <linux/swapops.h>
#include <linux/mmu_notifier.h>
#include <linux/rmap.h>
#include <linux/mm_user.h>

static bool try_to_migrate_one(struct folio *folio, struct vm_area_struct *vma,
			       unsigned long address)
{
	struct mm_struct *mm = vma->vm_mm;
	struct page *page = folio_page(folio, 0);
	struct mmu_notifier_range range;
	bool anon_exclusive, writable, present;
	swp_entry_t entry;
	pte_t pteval, swp_pte;
	spinlock_t *ptl;
	pgd_t *pgd;
	pud_t *pud;
	pmd_t *pmd;
	pte_t *ptep;

	/* Other mirrors of this range must drop their translations first. */
	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, address, address + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);

	pgd = pgd_offset(mm, address);
	pud = pud_offset(pgd, address);
	pmd = pmd_offset(pud, address);
	ptep = pte_offset_map_lock(mm, pmd, address, &ptl);

	pteval = ptep_get(ptep);
	present = pte_present(pteval);
	if (present) {
		flush_cache_page(vma, address, pte_pfn(pteval));
		/* clear and flush this translation from every CPU now */
		pteval = ptep_clear_flush(vma, address, ptep);
		if (pte_dirty(pteval))
			folio_mark_dirty(folio);
		writable = pte_write(pteval);
	} else {
		/* a device-private entry: no TLB can hold it */
		pteval = ptep_get_and_clear(mm, address, ptep);
		writable = is_writable_device_private_entry(pte_to_swp_entry(pteval));
	}

	anon_exclusive = folio_test_anon(folio) && PageAnonExclusive(page);
	if (anon_exclusive && folio_try_share_anon_rmap_pte(folio, page)) {
		/* possibly pinned: leave it mapped, the caller will restore */
		set_pte_at(mm, address, ptep, pteval);
		pte_unmap_unlock(ptep, ptl);
		mmu_notifier_invalidate_range_end(&range);
		return false;
	}

	if (writable)
		entry = make_writable_migration_entry(page_to_pfn(page));
	else if (anon_exclusive)
		entry = make_readable_exclusive_migration_entry(page_to_pfn(page));
	else
		entry = make_readable_migration_entry(page_to_pfn(page));
	if (present) {
		if (pte_young(pteval))
			entry = make_migration_entry_young(entry);
		if (pte_dirty(pteval))
			entry = make_migration_entry_dirty(entry);
	}
	swp_pte = swp_entry_to_pte(entry);
	if (present) {
		if (pte_soft_dirty(pteval))
			swp_pte = pte_swp_mksoft_dirty(swp_pte);
		if (pte_uffd_wp(pteval))
			swp_pte = pte_swp_mkuffd_wp(swp_pte);
	} else {
		if (pte_swp_soft_dirty(pteval))
			swp_pte = pte_swp_mksoft_dirty(swp_pte);
		if (pte_swp_uffd_wp(pteval))
			swp_pte = pte_swp_mkuffd_wp(swp_pte);
	}
	set_pte_at(mm, address, ptep, swp_pte);

	folio_remove_rmap_pte(folio, page, vma);
	/* the reference the pte owned */
	folio_put(folio);

	pte_unmap_unlock(ptep, ptl);
	mmu_notifier_invalidate_range_end(&range);
	return true;
}

/*
 * Unmap a locked folio everywhere it is mapped. On success folio_mapped() is false and only
 * migration entries point at it; it may stop early (the caller checks folio_mapped()).
 */
void try_to_migrate(struct folio *folio, int flags)
{
	struct rmap_target targets[RMAP_MAX_TARGETS];
	int i, n;

	VM_BUG_ON(!folio_test_locked(folio));

	n = rmap_collect(folio, 0, targets, RMAP_MAX_TARGETS);
	for (i = 0; i < n; i++) {
		if (!try_to_migrate_one(folio, targets[i].vma, targets[i].address))
			break;
	}
}

/*
 * Give a device exclusive (atomic) access to one anonymous page: fault it in writable (GUP
 * with FOLL_WRITE), then replace its pte by a device-exclusive entry. The folio comes back
 * locked and referenced; the next CPU access faults and restores the pte. Called with the mmap
 * lock held for read. Returns the page or NULL.
 */
struct page *make_device_exclusive(struct mm_struct *mm, unsigned long addr, void *owner,
				   struct folio **foliop)
{
	for (;;) {
		struct vm_area_struct *vma;
		vm_fault_t ret;
		int r;

		r = make_device_exclusive_try(mm, addr, owner, foliop);
		if (r == 0)
			return folio_page(*foliop, 0);
		if (r < 0)
			return NULL;
		vma = vma_lookup(mm, addr);
		if (!vma || !vma_is_anonymous(vma))
			return NULL;
		ret = handle_mm_fault(vma, addr, FAULT_FLAG_WRITE);
		if (ret & VM_FAULT_ERROR)
			return NULL;
	}
}
