// SPDX-License-Identifier: MIT
/*
 * mmstep: the second half of today's mm/migrate_device.c (#included at the end of
 * migrate_device.c; not a separate source): hole population (migrate_vma_insert_page), the
 * "migrate pages" and "finalize" stages, and the vma-less entry points used for device
 * eviction (migrate_device_range / _pfns). Written for mmstep in kernel style from
 * kernel-semantics §1.3(4)-(6); not copied from Linux.
 */

/*
 * Populate a hole (or replace the zero page) with the driver's new page: the pte is installed
 * only if nothing else (a CPU fault, uffd) got there first. On any failure the caller clears
 * MIGRATE so the driver knows the slot lost the race.
 */
static void migrate_vma_insert_page(struct migrate_vma *migrate, unsigned long addr,
				    struct page *page, unsigned long *src)
{
	struct vm_area_struct *vma = migrate->vma;
	struct mm_struct *mm = vma->vm_mm;
	struct folio *folio;
	bool flush = false;
	spinlock_t *ptl;
	pte_t entry;
	pgd_t *pgdp;
	pud_t *pudp;
	pmd_t *pmdp;
	pte_t *ptep;
	pte_t orig_pte;

	if (!vma_is_anonymous(vma))
		goto abort;

	pgdp = pgd_offset(mm, addr);
	pudp = pud_alloc(mm, pgdp, addr);
	if (!pudp)
		goto abort;
	pmdp = pmd_alloc(mm, pudp, addr);
	if (!pmdp)
		goto abort;
	if (pmd_trans_huge(*pmdp))
		goto abort;
	if (pte_alloc(mm, pmdp))
		goto abort;
	if (anon_vma_prepare(vma))
		goto abort;

	folio = page_folio(page);
	if (mem_cgroup_charge(folio, mm, GFP_KERNEL))
		goto abort;

	/* The copy (or clear) happened before this point: publish it. */
	__folio_mark_uptodate(folio);

	if (folio_is_zone_device(folio)) {
		if (is_device_private_page(page)) {
			swp_entry_t swp_entry;

			if (vma->vm_flags & VM_WRITE)
				swp_entry = make_writable_device_private_entry(page_to_pfn(page));
			else
				swp_entry = make_readable_device_private_entry(page_to_pfn(page));
			entry = swp_entry_to_pte(swp_entry);
		} else {
			if (!is_device_coherent_page(page))
				goto abort;
			entry = mk_pte(page, vma->vm_page_prot);
			if (vma->vm_flags & VM_WRITE)
				entry = pte_mkwrite(pte_mkdirty(entry));
		}
	} else {
		entry = mk_pte(page, vma->vm_page_prot);
		if (vma->vm_flags & VM_WRITE)
			entry = pte_mkwrite(pte_mkdirty(entry));
	}

	ptep = pte_offset_map_lock(mm, pmdp, addr, &ptl);
	if (!ptep)
		goto abort;
	orig_pte = ptep_get(ptep);

	if (check_stable_address_space(mm))
		goto unlock_abort;

	if (pte_present(orig_pte)) {
		unsigned long pfn = pte_pfn(orig_pte);

		/* a CPU fault populated it meanwhile */
		if (!is_zero_pfn(pfn))
			goto unlock_abort;
		flush = true;
	} else if (!pte_none(orig_pte)) {
		goto unlock_abort;
	}

	/* Back off rather than deliver a userfaultfd fault from here. */
	if (userfaultfd_missing(vma))
		goto unlock_abort;

	inc_mm_counter(mm, MM_ANONPAGES);
	folio_add_new_anon_rmap(folio, vma, addr, RMAP_EXCLUSIVE);
	if (!folio_is_zone_device(folio))
		folio_add_lru(folio);
	/* the pte's own reference */
	folio_get(folio);

	if (flush) {
		flush_cache_page(vma, addr, pte_pfn(orig_pte));
		ptep_clear_flush(vma, addr, ptep);
	}
	set_pte_at(mm, addr, ptep, entry);
	update_mmu_cache(vma, addr, ptep);

	pte_unmap_unlock(ptep, ptl);
	*src = MIGRATE_PFN_MIGRATE;
	return;

unlock_abort:
	pte_unmap_unlock(ptep, ptl);
abort:
	*src &= ~MIGRATE_PFN_MIGRATE;
}

/* mmstep-stage: migrate pages */
static void __migrate_device_pages(unsigned long *src_pfns, unsigned long *dst_pfns,
				   unsigned long npages, struct migrate_vma *migrate)
{
	struct mmu_notifier_range range;
	unsigned long i;
	bool notified = false;

	for (i = 0; i < npages; i++) {
		struct page *newpage = migrate_pfn_to_page(dst_pfns[i]);
		struct page *page = migrate_pfn_to_page(src_pfns[i]);
		struct address_space *mapping;
		struct folio *newfolio, *folio;
		int r, extra_cnt = 0;

		if (!newpage) {
			src_pfns[i] &= ~MIGRATE_PFN_MIGRATE;
			continue;
		}

		if (!page) {
			unsigned long addr;

			if (!(src_pfns[i] & MIGRATE_PFN_MIGRATE))
				continue;
			/* a hole: only possible with a vma */
			if (!migrate) {
				src_pfns[i] &= ~MIGRATE_PFN_MIGRATE;
				continue;
			}
			addr = migrate->start + i * PAGE_SIZE;
			if (!notified) {
				notified = true;
				mmu_notifier_range_init_owner(&range, MMU_NOTIFY_MIGRATE, 0,
							      migrate->vma->vm_mm, addr,
							      migrate->end,
							      migrate->pgmap_owner);
				mmu_notifier_invalidate_range_start(&range);
			}
			migrate_vma_insert_page(migrate, addr, newpage, &src_pfns[i]);
			continue;
		}

		newfolio = page_folio(newpage);
		folio = page_folio(page);
		mapping = folio_mapping(folio);

		if (is_device_private_page(newpage) || is_device_coherent_page(newpage)) {
			if (mapping) {
				/* only anonymous memory can move to device memory */
				src_pfns[i] &= ~MIGRATE_PFN_MIGRATE;
				continue;
			}
			if (!folio_free_swap(folio)) {
				src_pfns[i] &= ~MIGRATE_PFN_MIGRATE;
				continue;
			}
		} else if (is_zone_device_page(newpage)) {
			/* other ZONE_DEVICE types cannot be migration targets */
			src_pfns[i] &= ~MIGRATE_PFN_MIGRATE;
			continue;
		}

		if (migrate && migrate->fault_page == page)
			extra_cnt = 1;
		r = folio_migrate_mapping(mapping, newfolio, folio, extra_cnt);
		if (r != MIGRATEPAGE_SUCCESS)
			src_pfns[i] &= ~MIGRATE_PFN_MIGRATE;
		else
			folio_migrate_flags(newfolio, folio);
	}

	if (notified)
		mmu_notifier_invalidate_range_end(&range);
}

void migrate_device_pages(unsigned long *src_pfns, unsigned long *dst_pfns,
			  unsigned long npages)
{
	__migrate_device_pages(src_pfns, dst_pfns, npages, NULL);
}

void migrate_vma_pages(struct migrate_vma *migrate)
{
	__migrate_device_pages(migrate->src, migrate->dst, migrate->npages, migrate);
}

/* mmstep-stage: finalize */
static void __migrate_device_finalize(unsigned long *src_pfns, unsigned long *dst_pfns,
				      unsigned long npages, struct page *fault_page)
{
	struct folio *fault_folio = fault_page ? page_folio(fault_page) : NULL;
	unsigned long i;

	for (i = 0; i < npages; i++) {
		struct folio *dst = NULL, *src = NULL;
		struct page *newpage = migrate_pfn_to_page(dst_pfns[i]);
		struct page *page = migrate_pfn_to_page(src_pfns[i]);

		if (newpage)
			dst = page_folio(newpage);

		if (!page) {
			if (dst) {
				/* the pte (if it was installed) holds its own reference */
				folio_unlock(dst);
				folio_put(dst);
			}
			continue;
		}

		src = page_folio(page);

		if (!(src_pfns[i] & MIGRATE_PFN_MIGRATE) || !dst) {
			if (dst) {
				/* the driver's page is not used: give it back */
				folio_unlock(dst);
				folio_put(dst);
			}
			dst = src;
		}

#ifdef MMSTEP_BUG_FINALIZE_LRU
		/*
		 * Bug 3.10 (before 41cddf83d8b0, 6.14): the old folio, whose memcg binding has
		 * moved to the new one, is put back on an LRU (WARN in folio_lruvec_lock_irqsave).
		 */
		remove_migration_ptes(src, dst, 0);
		if (src != fault_folio)
			folio_unlock(src);
		if (folio_is_zone_device(src))
			folio_put(src);
		else
			folio_putback_lru(src);
		if (dst != src) {
			folio_unlock(dst);
			if (!folio_is_zone_device(dst))
				folio_add_lru(dst);
			folio_put(dst);
		}
#else
		/* Only the folio that stays mapped goes on the LRU (bug 3.10). */
		if (!folio_is_zone_device(dst))
			folio_add_lru(dst);
		remove_migration_ptes(src, dst, 0);

		if (src != fault_folio)
			folio_unlock(src);
		folio_put(src);

		if (dst != src) {
			folio_unlock(dst);
			folio_put(dst);
		}
#endif
	}
}

void migrate_device_finalize(unsigned long *src_pfns, unsigned long *dst_pfns,
			     unsigned long npages)
{
	__migrate_device_finalize(src_pfns, dst_pfns, npages, NULL);
}

void migrate_vma_finalize(struct migrate_vma *migrate)
{
	__migrate_device_finalize(migrate->src, migrate->dst, migrate->npages,
				  migrate->fault_page);
}

/*
 * The vma-less entry points (device eviction, driver unload): collect by pfn, then let
 * migrate_device_unmap() do all the unmapping through the rmap.
 */
static unsigned long migrate_device_pfn_lock(unsigned long pfn)
{
	struct page *page = pfn_to_page(pfn);
	struct folio *folio;

	if (!folio_get_nontail_page(page))
		return 0;
	folio = page_folio(page);
	if (!folio_trylock(folio)) {
		folio_put(folio);
		return 0;
	}
	return migrate_pfn(pfn) | MIGRATE_PFN_MIGRATE;
}

int migrate_device_range(unsigned long *src_pfns, unsigned long start, unsigned long npages)
{
	unsigned long i, pfn;

	for (pfn = start, i = 0; i < npages; pfn++, i++)
		src_pfns[i] = migrate_device_pfn_lock(pfn);

	migrate_device_unmap(src_pfns, npages, NULL);
	return 0;
}

int migrate_device_pfns(unsigned long *src_pfns, unsigned long npages)
{
	unsigned long i;

	for (i = 0; i < npages; i++)
		src_pfns[i] = migrate_device_pfn_lock(src_pfns[i]);

	migrate_device_unmap(src_pfns, npages, NULL);
	return 0;
}
