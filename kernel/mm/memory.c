// SPDX-License-Identifier: MIT
/*
 * mmstep: the CPU fault paths (mm/memory.c in Linux), written for mmstep in kernel style from
 * kernel-semantics §1.3(7). Not copied from Linux.
 *
 * A user load or store (user_access) first asks the "hardware" (cpu_try_access: TLB, then a
 * page-table walk); when that needs a fault, handle_mm_fault runs with the mmap lock held for
 * read, and the access is retried — forever, as on a real CPU, so a fault that can never be
 * satisfied shows up as a runaway loop. The handlers: an empty pte gets the zero page or a new
 * anonymous page; a write to a read-only pte copies or reuses the page (COW); a migration entry
 * waits for the page lock; a device-private entry calls the driver's migrate_to_ram.
 * A mapping of a file (shared anonymous memory, a tmpfs file) faults through do_fault: a shared
 * mapping maps the page-cache page, a private one maps it read-only on a read fault and copies
 * it into an anonymous page on a write fault (do_cow_fault, do_wp_page); past i_size, SIGBUS.
 * Huge pages are natives (src/mm/natives/huge-fault.ts): a hugetlb vma faults in hugetlb_fault,
 * and before the pte level huge_pmd_fault maps a transparent huge page where the vma allows
 * one (or makes a read-only one writable), else falls back to the pte path.
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/mm_user.h>
#include <linux/folio.h>
#include <linux/swapops.h>
#include <linux/memremap.h>
#include <linux/mmu_notifier.h>
#include <linux/shmem_fs.h>
/* copy_highpage: a native shared with the 2016 flow */
#include <linux/migrate_legacy.h>

/*
 * Sleep until the page a migration entry names is unlocked; the caller retries the fault and
 * sees whatever migrate_vma_finalize (or the restore) installed.
 */
void migration_entry_wait(struct mm_struct *mm, pmd_t *pmd, unsigned long address)
{
	spinlock_t *ptl;
	swp_entry_t entry;
	pte_t *ptep;
	pte_t pte;

	ptep = pte_offset_map_lock(mm, pmd, address, &ptl);
	pte = ptep_get(ptep);
	/* the pte is read: unmap the table now, the PTL alone keeps the entry stable */
	pte_unmap(ptep);
	if (!is_swap_pte(pte))
		goto out;
	entry = pte_to_swp_entry(pte);
	if (!is_migration_entry(entry))
		goto out;
	/* drops the PTL; no page reference is taken (ffa65753c431) */
	migration_entry_wait_on_locked(entry, ptl);
	return;
out:
	spin_unlock(ptl);
}

static vm_fault_t do_anonymous_page(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = vmf->address;
	struct folio *folio;
	pte_t entry;

	/*
	 * mmstep: a file VMA of a scenario that no file object backs (vma_has_file is false) is
	 * taken to be of an empty file: a write fault gives it a private anonymous copy of a zero
	 * page, as do_cow_fault would; a read fault or a shared one is SIGBUS (past i_size 0).
	 */
	if (!vma_is_anonymous(vma) &&
	    ((vma->vm_flags & VM_SHARED) || !(vmf->flags & FAULT_FLAG_WRITE)))
		return VM_FAULT_SIGBUS;

	/* A read of an untouched page maps the shared zero page. */
	if (!(vmf->flags & FAULT_FLAG_WRITE)) {
		entry = pte_mkspecial(pfn_pte(my_zero_pfn(addr), vma->vm_page_prot));
		vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
		if (pte_none(ptep_get(vmf->pte)))
			set_pte_at(mm, addr, vmf->pte, entry);
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		return 0;
	}

	if (anon_vma_prepare(vma))
		return VM_FAULT_OOM;
	folio = vma_alloc_zeroed_movable_folio(vma, addr);
	if (!folio)
		return VM_FAULT_OOM;
	__folio_mark_uptodate(folio);

	entry = mk_pte(folio_page(folio, 0), vma->vm_page_prot);
	if (vma->vm_flags & VM_WRITE)
		entry = pte_mkwrite(pte_mkdirty(entry));

	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
	if (!pte_none(ptep_get(vmf->pte))) {
		/* someone else populated it meanwhile */
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		folio_put(folio);
		return 0;
	}
	inc_mm_counter(mm, MM_ANONPAGES);
	folio_add_new_anon_rmap(folio, vma, addr, RMAP_EXCLUSIVE);
	folio_add_lru(folio);
	set_pte_at(mm, addr, vmf->pte, entry);
	update_mmu_cache(vma, addr, vmf->pte);
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return 0;
}

/*
 * An empty pte of a shared anonymous mapping (do_shared_fault, shmem_fault): the page at this
 * offset of the mapping's shmem object, found or allocated there, read fault or write fault;
 * every process mapping the object maps the same page. Writable in a VM_WRITE mapping.
 */
static vm_fault_t do_shared_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = vmf->address;
	struct folio *folio;
	pte_t entry;

	folio = shmem_vma_get_folio(vma, addr);
	if (!folio)
		return VM_FAULT_OOM;
	entry = mk_pte(folio_page(folio, 0), vma->vm_page_prot);
	if (vma->vm_flags & VM_WRITE)
		entry = pte_mkwrite(entry);
	if (vmf->flags & FAULT_FLAG_WRITE)
		entry = pte_mkdirty(entry);

	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
	if (!pte_none(ptep_get(vmf->pte))) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		folio_put(folio);
		return 0;
	}
	/* the reference shmem_vma_get_folio took is the pte's */
	folio_add_file_rmap_pte(folio, folio_page(folio, 0), vma);
	set_pte_at(mm, addr, vmf->pte, entry);
	update_mmu_cache(vma, addr, vmf->pte);
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return 0;
}

/*
 * A read fault in a private file mapping (do_read_fault): the page-cache page, mapped
 * read-only, so that a later write copies it (do_wp_page); the file rmap.
 */
static vm_fault_t do_read_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = vmf->address;
	struct folio *folio;
	pte_t entry;

	folio = shmem_vma_get_folio(vma, addr);
	if (!folio)
		return VM_FAULT_OOM;
	entry = mk_pte(folio_page(folio, 0), vma->vm_page_prot);

	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
	if (!pte_none(ptep_get(vmf->pte))) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		folio_put(folio);
		return 0;
	}
	/* the reference shmem_vma_get_folio took is the pte's */
	folio_add_file_rmap_pte(folio, folio_page(folio, 0), vma);
	set_pte_at(mm, addr, vmf->pte, entry);
	update_mmu_cache(vma, addr, vmf->pte);
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return 0;
}

/*
 * A write fault on an empty pte of a private file mapping (do_cow_fault): the page-cache page
 * is copied into a new anonymous page, which is what the pte maps, writable; the file's page
 * is not mapped and stays as it was.
 */
static vm_fault_t do_cow_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = vmf->address;
	struct folio *folio, *new;
	pte_t entry;

	if (anon_vma_prepare(vma))
		return VM_FAULT_OOM;
	new = vma_alloc_zeroed_movable_folio(vma, addr);
	if (!new)
		return VM_FAULT_OOM;
	folio = shmem_vma_get_folio(vma, addr);
	if (!folio) {
		folio_put(new);
		return VM_FAULT_OOM;
	}
	copy_highpage(folio_page(new, 0), folio_page(folio, 0));
	folio_put(folio);
	__folio_mark_uptodate(new);
	entry = pte_mkwrite(pte_mkdirty(mk_pte(folio_page(new, 0), vma->vm_page_prot)));

	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
	if (!pte_none(ptep_get(vmf->pte))) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		folio_put(new);
		return 0;
	}
	inc_mm_counter(mm, MM_ANONPAGES);
	folio_add_new_anon_rmap(new, vma, addr, RMAP_EXCLUSIVE);
	folio_add_lru(new);
	set_pte_at(mm, addr, vmf->pte, entry);
	update_mmu_cache(vma, addr, vmf->pte);
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return 0;
}

/* An empty pte of a file mapping (do_fault): past the end of the file is SIGBUS. */
static vm_fault_t do_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;

	if (shmem_vma_beyond_eof(vma, vmf->address))
		return VM_FAULT_SIGBUS;
	if (vma_is_shmem(vma))
		return do_shared_fault(vmf);
	if (!(vmf->flags & FAULT_FLAG_WRITE))
		return do_read_fault(vmf);
	return do_cow_fault(vmf);
}

/* Write fault on a present, read-only pte: reuse an exclusive page or copy it (COW). */
static vm_fault_t do_wp_page(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr = vmf->address;
	struct folio *old = NULL, *new;
	struct page *page = NULL;
	struct mmu_notifier_range range;
	pte_t entry;

	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
	if (ptep_get(vmf->pte) != vmf->orig_pte) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		return 0;
	}
	if (!is_zero_pfn(pte_pfn(vmf->orig_pte)))
		page = vm_normal_page(vma, addr, vmf->orig_pte);
	if (page && vma_is_shmem(vma)) {
		/* wp_page_shared: a shared mapping writes its page in place, never COW */
		entry = pte_mkdirty(pte_mkwrite(vmf->orig_pte));
		set_pte_at(mm, addr, vmf->pte, entry);
		update_mmu_cache(vma, addr, vmf->pte);
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		return 0;
	}
	if (page) {
		old = page_folio(page);
		if (folio_test_anon(old) && (PageAnonExclusive(page) ||
		    (folio_mapcount(old) == 1 && folio_ref_count(old) == 1))) {
			/* nobody else can see it: just make it writable */
			entry = pte_mkdirty(pte_mkwrite(vmf->orig_pte));
			set_pte_at(mm, addr, vmf->pte, entry);
			update_mmu_cache(vma, addr, vmf->pte);
			pte_unmap_unlock(vmf->pte, vmf->ptl);
			return 0;
		}
		folio_get(old);
	}
	pte_unmap_unlock(vmf->pte, vmf->ptl);

	/* wp_page_copy: a private file mapping may have no anon_vma yet */
	if (anon_vma_prepare(vma)) {
		if (old)
			folio_put(old);
		return VM_FAULT_OOM;
	}
	new = vma_alloc_zeroed_movable_folio(vma, addr);
	if (page)
		copy_highpage(folio_page(new, 0), page);
	__folio_mark_uptodate(new);
	entry = pte_mkwrite(pte_mkdirty(mk_pte(folio_page(new, 0), vma->vm_page_prot)));

	/* wp_page_copy: secondary MMUs (a device mirror) drop the old page before the pte moves */
	mmu_notifier_range_init(&range, MMU_NOTIFY_CLEAR, 0, mm, addr, addr + PAGE_SIZE);
	mmu_notifier_invalidate_range_start(&range);
	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
	if (ptep_get(vmf->pte) != vmf->orig_pte) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		mmu_notifier_invalidate_range_end(&range);
		folio_put(new);
		if (old)
			folio_put(old);
		return 0;
	}
	/* a zero page or a file's page gives way to an anonymous one: one more anon page */
	if (!old || !folio_test_anon(old))
		inc_mm_counter(mm, MM_ANONPAGES);
	flush_cache_page(vma, addr, pte_pfn(vmf->orig_pte));
	ptep_clear_flush(vma, addr, vmf->pte);
	folio_add_new_anon_rmap(new, vma, addr, RMAP_EXCLUSIVE);
	folio_add_lru(new);
	set_pte_at(mm, addr, vmf->pte, entry);
	update_mmu_cache(vma, addr, vmf->pte);
	if (old) {
		/* the old page loses this mapping and the pte's reference */
		folio_remove_rmap_pte(old, page, vma);
		folio_put(old);
	}
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	mmu_notifier_invalidate_range_end(&range);
	if (old)
		folio_put(old);
	return 0;
}

/*
 * The CPU touched a page a device holds exclusively: take it back. The device's mirror learns
 * through the notifier (its atomic mapping is dropped); the pte becomes a present one again.
 */
static vm_fault_t remove_device_exclusive_entry(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	struct folio *folio = page_folio(vmf->page);
	struct mmu_notifier_range range;
	pte_t entry;

	folio_lock(folio);
	folio_get(folio);
	/* MMU_NOTIFY_EXCLUSIVE with no owner: every mirror, its holder's too, drops the page */
	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_EXCLUSIVE, 0, mm, vmf->address,
				      vmf->address + PAGE_SIZE, NULL);
	mmu_notifier_invalidate_range_start(&range);
	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, vmf->address, &vmf->ptl);
	if (ptep_get(vmf->pte) == vmf->orig_pte) {
		entry = mk_pte(vmf->page, vma->vm_page_prot);
		if (pte_swp_soft_dirty(vmf->orig_pte))
			entry = pte_mksoft_dirty(entry);
		if (vma->vm_flags & VM_WRITE)
			entry = pte_mkwrite(pte_mkdirty(entry));
		set_pte_at(mm, vmf->address, vmf->pte, entry);
		update_mmu_cache(vma, vmf->address, vmf->pte);
	}
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	mmu_notifier_invalidate_range_end(&range);
	folio_unlock(folio);
	folio_put(folio);
	return 0;
}

/* A non-present, non-none pte: migration entry, device-private entry, or swap. */
static vm_fault_t do_swap_page(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct mm_struct *mm = vma->vm_mm;
	struct folio *folio;
	swp_entry_t entry;
	vm_fault_t ret;

	entry = pte_to_swp_entry(vmf->orig_pte);
	if (is_migration_entry(entry)) {
		migration_entry_wait(mm, vmf->pmd, vmf->address);
		return 0;
	}
	if (is_device_exclusive_entry(entry)) {
		vmf->page = pfn_swap_entry_to_page(entry);
		return remove_device_exclusive_entry(vmf);
	}
	if (!is_device_private_entry(entry))
		/* swap and hwpoison entries are not modelled */
		return VM_FAULT_SIGBUS;

	vmf->page = pfn_swap_entry_to_page(entry);
	folio = page_folio(vmf->page);
	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, vmf->address, &vmf->ptl);
	if (ptep_get(vmf->pte) != vmf->orig_pte) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		return 0;
	}
#ifdef MMSTEP_FAULT_REF_ONLY
	/*
	 * The rule of kernels before the fix for bug 3.11 (6.1, 6.12): only a reference while
	 * the pte lock keeps the page from being freed; migrate_to_ram's collect trylocks it.
	 */
	folio_get(folio);
	pte_unmap_unlock(vmf->pte, vmf->ptl);

	ret = page_pgmap(vmf->page)->ops->migrate_to_ram(vmf);

	folio_put(folio);
#else
	/*
	 * Lock before taking a reference (bug 3.11): a reference taken while someone else
	 * migrates this page would make that migration fail, again and again.
	 */
	if (!folio_trylock(folio)) {
		pte_unmap_unlock(vmf->pte, vmf->ptl);
		folio_wait_locked(folio);
		return 0;
	}
	folio_get(folio);
	pte_unmap_unlock(vmf->pte, vmf->ptl);

	ret = page_pgmap(vmf->page)->ops->migrate_to_ram(vmf);

	folio_unlock(folio);
	folio_put(folio);
#endif
	return ret;
}

static vm_fault_t handle_pte_fault(struct vm_fault *vmf)
{
	vmf->pte = pte_offset_map(vmf->pmd, vmf->address);
	vmf->orig_pte = ptep_get(vmf->pte);
	pte_unmap(vmf->pte);

	if (pte_none(vmf->orig_pte))
		return vma_has_file(vmf->vma) ? do_fault(vmf) : do_anonymous_page(vmf);
	if (!pte_present(vmf->orig_pte))
		return do_swap_page(vmf);
	if ((vmf->flags & FAULT_FLAG_WRITE) && !pte_write(vmf->orig_pte))
		return do_wp_page(vmf);
	/* spurious: the pte is already fine, the access is simply retried */
	return 0;
}

vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
			   unsigned int flags)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_fault vmf;
	pgd_t *pgd;
	pud_t *pud;
	vm_fault_t ret;

	if (is_vm_hugetlb_page(vma))
		return hugetlb_fault(mm, vma, address, flags);

	vmf.vma = vma;
	vmf.address = address & PAGE_MASK;
	vmf.flags = flags;
	vmf.page = NULL;

	pgd = pgd_offset(mm, address);
	pud = pud_alloc(mm, pgd, address);
	if (!pud)
		return VM_FAULT_OOM;
	vmf.pmd = pmd_alloc(mm, pud, address);
	if (!vmf.pmd)
		return VM_FAULT_OOM;
	/* a transparent huge page, or a write to one mapped read-only */
	ret = huge_pmd_fault(vma, address, flags);
	if (!(ret & VM_FAULT_FALLBACK))
		return ret;
	if (pte_alloc(mm, vmf.pmd))
		return VM_FAULT_OOM;
	return handle_pte_fault(&vmf);
}

/*
 * Run the fault path for one user address under the mmap lock, as an access from user space
 * (or GUP) does when the page is not there: 0, or -EFAULT when there is no VMA or the fault
 * fails. The caller retries its access afterwards.
 */
int fault_in_user_page(struct mm_struct *mm, unsigned long addr, int write)
{
	int ret;

	mmap_read_lock(mm);
	ret = fault_in_user_page_locked(mm, addr, write);
	mmap_read_unlock(mm);
	return ret;
}

/*
 * The same with the mmap lock already held by the caller: GUP's faultin_page, called by
 * get_user_pages / pin_user_pages under the caller's mmap_read_lock.
 */
int fault_in_user_page_locked(struct mm_struct *mm, unsigned long addr, int write)
{
	struct vm_area_struct *vma;
	vm_fault_t ret;

	vma = vma_lookup(mm, addr);
	if (!vma)
		return -EFAULT;
	ret = handle_mm_fault(vma, addr, write ? FAULT_FLAG_WRITE : 0);
	if (ret & VM_FAULT_SIGBUS)
		force_sigbus_adrerr(addr);
	return (ret & VM_FAULT_ERROR) ? -EFAULT : 0;
}

int user_access(struct mm_struct *mm, unsigned long addr, int write, unsigned long val,
		unsigned long *out)
{
	for (;;) {
		int r;

		r = cpu_try_access(mm, addr, write, val, out);
		if (r <= 0)
			return r;

		if (fault_in_user_page(mm, addr, write))
			return -EFAULT;
	}
}

int user_write(struct mm_struct *mm, unsigned long addr, unsigned long val)
{
	unsigned long out;

	return user_access(mm, addr, 1, val, &out);
}

long user_read(struct mm_struct *mm, unsigned long addr)
{
	unsigned long out = 0;
	int r;

	r = user_access(mm, addr, 0, 0, &out);
	if (r)
		return r;
	return out;
}
