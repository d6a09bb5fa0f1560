// SPDX-License-Identifier: MIT
/*
 * mmstep: user-space stores for the HMM v13 scenarios, with the 2016 fault path for a pte that
 * is a migration entry: do_swap_page() -> migration_entry_wait() sleeps until the migration
 * unlocks the page, then the store is retried and sees whatever the migration installed.
 *
 * Today's fault paths (kernel/mm/memory.c) use the current MMU-notifier API and cannot share a
 * scenario with the 2016 code, so this file carries its own small fault handler. It handles
 * only what the v13 scenarios need — a fault on a migration entry — and answers -EFAULT to
 * any other fault, so a scenario can never silently take a path that is not modelled here.
 *
 * v13_user_write(mm, addr, val)	a CPU thread storing val at addr (0 or -EFAULT).
 * v13_zap_then_write(mm, start,	madvise(MADV_DONTNEED) of [start, start + len), then a
 *   len, addr, val)		store at addr once madvise has returned (bug 3.1).
 * v13_zap(mm, start, len)	madvise(MADV_DONTNEED) of [start, start + len) only.
 *
 * Written for mmstep in kernel style; not from any kernel.
 */
#include <linux/mm.h>
#include <linux/swapops.h>
#include <linux/mm_fault.h>
#include <linux/mm_user.h>

/*
 * Handle a fault at addr: 0 to retry the access, -EFAULT for a fault this file does not model.
 * Runs with mmap_sem held for read, as the 2016 fault path did.
 */
static int v13_handle_fault(struct mm_struct *mm, unsigned long addr, int write)
{
	swp_entry_t entry;
	spinlock_t *ptl;
	pgd_t *pgdp;
	pud_t *pudp;
	pmd_t *pmdp;
	pte_t *ptep;
	pte_t pte;

	pgdp = pgd_offset(mm, addr);
	if (pgd_none(*pgdp))
		return -EFAULT;
	pudp = pud_offset(pgdp, addr);
	if (pud_none(*pudp))
		return -EFAULT;
	pmdp = pmd_offset(pudp, addr);
	if (pmd_none(*pmdp))
		return -EFAULT;

	ptep = pte_offset_map_lock(mm, pmdp, addr, &ptl);
	pte = *ptep;
	if (pte_present(pte)) {
		pte_unmap_unlock(ptep, ptl);
		/* fixed up since the access failed (the migration finished): retry */
		if (!write || pte_write(pte))
			return 0;
		return -EFAULT;		/* write-protect fault: not modelled here */
	}
	if (pte_none(pte) || !is_swap_pte(pte)) {
		pte_unmap_unlock(ptep, ptl);
		return -EFAULT;
	}
	entry = pte_to_swp_entry(pte);
	if (!is_migration_entry(entry)) {
		pte_unmap_unlock(ptep, ptl);
		return -EFAULT;
	}
	/*
	 * migration_entry_wait(): the page is locked by the migration until its entries are
	 * replaced. Queue on the page lock, drop the PTL, sleep; then the access is retried.
	 * The table is unmapped first: the sleep drops only the lock.
	 */
	pte_unmap(ptep);
	migration_entry_wait_on_locked(entry, ptl);
	return 0;
}

int v13_user_write(struct mm_struct *mm, unsigned long addr, unsigned long val)
{
	unsigned long out;
	int ret;

	for (;;) {
		/* the "hardware": the TLB, else a page-table walk; 1 means a fault is needed */
		ret = cpu_try_access(mm, addr, 1, val, &out);
		if (ret != 1)
			return ret;
		mmap_read_lock(mm);
		ret = v13_handle_fault(mm, addr, 1);
		mmap_read_unlock(mm);
		if (ret)
			return ret;
	}
}

/*
 * User space calls madvise(MADV_DONTNEED) on a range, then stores into it. Once madvise has
 * returned, no CPU may still reach the old pages: the store must fault and get a fresh page.
 * Returns madvise's error, or the store's result.
 */
int v13_zap_then_write(struct mm_struct *mm, unsigned long start, unsigned long len,
		       unsigned long addr, unsigned long val)
{
	int ret = madvise_mm(mm, start, len, MADV_DONTNEED);

	if (ret)
		return ret;
	return v13_user_write(mm, addr, val);
}

/* User space drops a range with madvise(MADV_DONTNEED). */
int v13_zap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	return madvise_mm(mm, start, len, MADV_DONTNEED);
}
