// SPDX-License-Identifier: MIT
/*
 * mmstep: a test driver modelled on the kernel's dmirror (lib/test_hmm.c), written for mmstep
 * in kernel style from kernel-semantics §2.1. Not copied from Linux.
 *
 * A dmirror_device owns a pool of ZONE_DEVICE pages (private or coherent). A dmirror mirrors
 * one process: its device page table is an xarray vpfn -> page tagged WRITE or read-only, kept
 * coherent by an interval MMU notifier (the model runs the invalidate callback: it ignores its
 * own MIGRATE events and erases the range for anything else). The commands are those of the
 * kernel's HMM_DMIRROR_* ioctls. Simplification: a device-private page holds its data itself
 * (dmirror keeps it in a separate "backing" system page) and its zone_device_data points at the
 * owning dmirror.
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/folio.h>
#include <linux/swapops.h>
#include <linux/memremap.h>
#include <linux/mmu_notifier.h>
#include <linux/migrate.h>
#include <linux/xarray.h>
#include <linux/rmap.h>
#include <linux/test_hmm.h>
/* alloc_page / copy_highpage: natives shared with the 2016 flow */
#include <linux/migrate_legacy.h>

/* The dmirror migrates at most this many pages per migrate_vma call. */
#define DMIRROR_CHUNK		64
/* mmstep: the zero page has no struct page in the model; mirror it with this tag */
#define DPT_XA_TAG_ZERO		4UL

static vm_fault_t dmirror_devmem_fault(struct vm_fault *vmf);

static const struct dev_pagemap_ops dmirror_devmem_ops = {
	.migrate_to_ram = dmirror_devmem_fault,
};

int dmirror_device_init(struct dmirror_device *mdevice, int id, int coherent,
			unsigned long npages)
{
	mdevice->id = id;
	mdevice->coherent = coherent;
	mdevice->flags = 0;
	mdevice->calloc = 0;
	mdevice->cfree = 0;
	mdevice->pgmap = memremap_device_pages(coherent ? MEMORY_DEVICE_COHERENT :
					       MEMORY_DEVICE_PRIVATE,
					       &dmirror_devmem_ops, mdevice, npages);
	return mdevice->pgmap ? 0 : -ENOMEM;
}

int dmirror_open(struct dmirror *dmirror, struct dmirror_device *mdevice,
		 struct mm_struct *mm)
{
	dmirror->mdevice = mdevice;
	dmirror->mm = mm;
	dmirror->pt = xa_create();
	/* mirror the whole user address space */
	dmirror->notifier = mmu_mirror_notifier_insert(mm, 0, 1UL << 47, mdevice, dmirror->pt);
	return 0;
}

void dmirror_release(struct dmirror *dmirror)
{
	mmu_interval_notifier_remove(dmirror->notifier);
}

/* One-shot allocation failure (HMM_DMIRROR_FLAG_FAIL_ALLOC), then the device pool. */
static struct page *dmirror_devmem_alloc_page(struct dmirror *dmirror)
{
	struct dmirror_device *mdevice = dmirror->mdevice;
	struct page *dpage;

	if (mdevice->flags & HMM_DMIRROR_FLAG_FAIL_ALLOC) {
		mdevice->flags &= ~HMM_DMIRROR_FLAG_FAIL_ALLOC;
		return NULL;
	}
	dpage = devmem_alloc_page(mdevice->pgmap);
	if (!dpage)
		return NULL;
	zone_device_page_init(dpage);
	dpage->zone_device_data = dmirror;
	mdevice->calloc++;
	return dpage;
}

/*
 * What hmm_range_fault() does for one page: make the CPU mapping present (writable for a
 * write), or find this device's own device-private page. Faulting a device-private page of
 * another owner migrates it back to RAM; a migration entry waits for the migration to end.
 * Called with the mmap lock held for read.
 */
static int dmirror_fault_page(struct dmirror *dmirror, unsigned long addr, bool write,
			      struct page **pagep, bool *writable)
{
	struct mm_struct *mm = dmirror->mm;

	for (;;) {
		struct vm_area_struct *vma = vma_lookup(mm, addr);
		vm_fault_t ret;
		pte_t *ptep;
		pte_t pte = 0;

		if (!vma || !(vma->vm_flags & VM_READ))
			return -EFAULT;
		if (write && !(vma->vm_flags & VM_WRITE))
			return -EPERM;

		ptep = pte_offset_map_nolock_addr(mm, addr);
		if (ptep)
			pte = ptep_get(ptep);
		if (pte_present(pte) && (!write || pte_write(pte))) {
			*writable = pte_write(pte);
			if (is_zero_pfn(pte_pfn(pte)))
				*pagep = NULL;
			else
				*pagep = vm_normal_page(vma, addr, pte);
			return 0;
		}
		if (is_swap_pte(pte) && is_device_private_entry(pte_to_swp_entry(pte))) {
			swp_entry_t entry = pte_to_swp_entry(pte);
			struct page *page = pfn_swap_entry_to_page(entry);

			if (page_pgmap(page)->owner == dmirror->mdevice) {
				*writable = is_writable_device_private_entry(entry);
				if (!write || *writable) {
					*pagep = page;
					return 0;
				}
			}
		}
		ret = handle_mm_fault(vma, addr, write ? FAULT_FLAG_WRITE : 0);
		if (ret & VM_FAULT_ERROR)
			return -EFAULT;
	}
}

/* Fault [start, end) in and store it in the device page table (dmirror_fault). */
static int dmirror_fault(struct dmirror *dmirror, unsigned long start, unsigned long end,
			 bool write)
{
	struct mm_struct *mm = dmirror->mm;
	unsigned long addr;
	int ret = 0;

	mmap_read_lock(mm);
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		unsigned long seq;
		struct page *page;
		bool writable;

again:
		seq = mmu_interval_read_begin(dmirror->notifier);
		ret = dmirror_fault_page(dmirror, addr, write, &page, &writable);
		if (ret)
			break;
		/* an invalidation ran meanwhile: what we found may be stale */
		if (mmu_interval_read_retry(dmirror->notifier, seq))
			goto again;
		if (!page)
			xa_store_tag(dmirror->pt, addr >> PAGE_SHIFT, dmirror, DPT_XA_TAG_ZERO);
		else
			xa_store_tag(dmirror->pt, addr >> PAGE_SHIFT, page,
				     writable ? DPT_XA_TAG_WRITE : 0);
	}
	mmap_read_unlock(mm);
	return ret;
}

static int dmirror_do_read(struct dmirror *dmirror, unsigned long start, unsigned long end,
			   long *buf, unsigned long *cpages)
{
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		void *entry = xa_load(dmirror->pt, addr >> PAGE_SHIFT);

		if (!entry)
			return -ENOENT;
		if (xa_load_tag(dmirror->pt, addr >> PAGE_SHIFT) == DPT_XA_TAG_ZERO)
			buf[(addr - start) >> PAGE_SHIFT] = 0;
		else
			buf[(addr - start) >> PAGE_SHIFT] = page_content(entry);
		(*cpages)++;
	}
	return 0;
}

static long dmirror_read(struct dmirror *dmirror, struct hmm_dmirror_cmd *cmd)
{
	unsigned long start = cmd->addr;
	unsigned long end = start + (cmd->npages << PAGE_SHIFT);
	long *buf = cmd->ptr;
	long ret;

	for (;;) {
		unsigned long done = 0;

		ret = dmirror_do_read(dmirror, start, end, buf + ((start - cmd->addr) >> PAGE_SHIFT),
				      &done);
		cmd->cpages += done;
		if (ret != -ENOENT)
			break;
		start += done << PAGE_SHIFT;
		ret = dmirror_fault(dmirror, start, end, false);
		if (ret)
			break;
		cmd->faults++;
	}
	return ret;
}

static int dmirror_do_write(struct dmirror *dmirror, unsigned long start, unsigned long end,
			    long *buf, unsigned long *cpages)
{
	unsigned long addr;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		void *entry = xa_load(dmirror->pt, addr >> PAGE_SHIFT);

		if (!entry || xa_load_tag(dmirror->pt, addr >> PAGE_SHIFT) != DPT_XA_TAG_WRITE)
			return -ENOENT;
		page_set_content(entry, buf[(addr - start) >> PAGE_SHIFT]);
		(*cpages)++;
	}
	return 0;
}

static long dmirror_write(struct dmirror *dmirror, struct hmm_dmirror_cmd *cmd)
{
	unsigned long start = cmd->addr;
	unsigned long end = start + (cmd->npages << PAGE_SHIFT);
	long *buf = cmd->ptr;
	long ret;

	for (;;) {
		unsigned long done = 0;

		ret = dmirror_do_write(dmirror, start, end,
				       buf + ((start - cmd->addr) >> PAGE_SHIFT), &done);
		cmd->cpages += done;
		if (ret != -ENOENT)
			break;
		start += done << PAGE_SHIFT;
		ret = dmirror_fault(dmirror, start, end, true);
		if (ret)
			break;
		cmd->faults++;
	}
	return ret;
}

static unsigned char dmirror_snapshot_entry(struct dmirror *dmirror, unsigned long addr)
{
	struct mm_struct *mm = dmirror->mm;
	struct vm_area_struct *vma;
	unsigned char prot;
	swp_entry_t entry;
	struct page *page;
	pte_t *ptep;
	pte_t pte;

	for (;;) {
		vma = vma_lookup(mm, addr);
		if (!vma || !(vma->vm_flags & VM_READ))
			return HMM_DMIRROR_PROT_ERROR;
		ptep = pte_offset_map_nolock_addr(mm, addr);
		if (!ptep)
			return HMM_DMIRROR_PROT_ERROR;
		pte = ptep_get(ptep);
		if (pte_none(pte))
			return HMM_DMIRROR_PROT_ERROR;
		if (pte_present(pte)) {
			prot = pte_write(pte) ? HMM_DMIRROR_PROT_WRITE : HMM_DMIRROR_PROT_READ;
			if (is_zero_pfn(pte_pfn(pte)))
				return prot | HMM_DMIRROR_PROT_ZERO;
			page = vm_normal_page(vma, addr, pte);
			if (page && is_device_coherent_page(page)) {
				if (page_pgmap(page)->owner == dmirror->mdevice)
					return prot | HMM_DMIRROR_PROT_DEV_COHERENT_LOCAL;
				return prot | HMM_DMIRROR_PROT_DEV_COHERENT_REMOTE;
			}
			return prot;
		}
		entry = pte_to_swp_entry(pte);
		if (is_migration_entry(entry)) {
			/* hmm_range_fault: -EBUSY after waiting; try again */
			vm_fault_t ret = handle_mm_fault(vma, addr, 0);

			if (ret & VM_FAULT_ERROR)
				return HMM_DMIRROR_PROT_ERROR;
			continue;
		}
		if (!is_device_private_entry(entry))
			return HMM_DMIRROR_PROT_ERROR;
		page = pfn_swap_entry_to_page(entry);
		/* another device's private memory is not reported */
		if (page_pgmap(page)->owner != dmirror->mdevice)
			return HMM_DMIRROR_PROT_NONE;
		prot = is_writable_device_private_entry(entry) ?
			HMM_DMIRROR_PROT_WRITE : HMM_DMIRROR_PROT_READ;
		return prot | HMM_DMIRROR_PROT_DEV_PRIVATE_LOCAL;
	}
}

static long dmirror_snapshot(struct dmirror *dmirror, struct hmm_dmirror_cmd *cmd)
{
	unsigned char *perm = cmd->ptr;
	unsigned long i;

	mmap_read_lock(dmirror->mm);
	for (i = 0; i < cmd->npages; i++)
		perm[i] = dmirror_snapshot_entry(dmirror, cmd->addr + (i << PAGE_SHIFT));
	mmap_read_unlock(dmirror->mm);
	cmd->cpages = cmd->npages;
	return 0;
}

static long dmirror_migrate_to_device(struct dmirror *dmirror, struct hmm_dmirror_cmd *cmd);
static long dmirror_migrate_to_system(struct dmirror *dmirror, struct hmm_dmirror_cmd *cmd);
static long dmirror_device_evict(struct dmirror_device *mdevice);

/*
 * HMM_DMIRROR_EXCLUSIVE: take each page for exclusive (atomic) device access and map it in
 * the mirror tagged ATOMIC, then read the range back through the mirror.
 */
static long dmirror_exclusive(struct dmirror *dmirror, struct hmm_dmirror_cmd *cmd)
{
	unsigned long start = cmd->addr;
	unsigned long end = start + (cmd->npages << PAGE_SHIFT);
	struct mm_struct *mm = dmirror->mm;
	unsigned long addr;
	long ret = 0;

	mmap_read_lock(mm);
	for (addr = start; addr < end; addr += PAGE_SIZE) {
		struct folio *folio;
		struct page *page;

		page = make_device_exclusive(mm, addr, dmirror->mdevice, &folio);
		if (!page) {
			ret = -EBUSY;
			break;
		}
		xa_store_tag(dmirror->pt, addr >> PAGE_SHIFT, page, DPT_XA_TAG_ATOMIC);
		folio_unlock(folio);
		folio_put(folio);
	}
	mmap_read_unlock(mm);
	if (ret)
		return ret;
	return dmirror_do_read(dmirror, start, end, cmd->ptr, &cmd->cpages);
}

/* HMM_DMIRROR_CHECK_EXCLUSIVE: -EPERM while any page of the range is still held atomically. */
static long dmirror_check_atomic(struct dmirror *dmirror, struct hmm_dmirror_cmd *cmd)
{
	unsigned long addr;

	for (addr = cmd->addr; addr < cmd->addr + (cmd->npages << PAGE_SHIFT); addr += PAGE_SIZE)
		if (xa_load(dmirror->pt, addr >> PAGE_SHIFT) &&
		    xa_load_tag(dmirror->pt, addr >> PAGE_SHIFT) == DPT_XA_TAG_ATOMIC)
			return -EPERM;
	return 0;
}

long dmirror_ioctl(struct dmirror *dmirror, unsigned int command, struct hmm_dmirror_cmd *cmd)
{
	if (command != HMM_DMIRROR_RELEASE && command != HMM_DMIRROR_FLAGS) {
		if (cmd->addr & ~PAGE_MASK)
			return -EINVAL;
		if (cmd->addr + (cmd->npages << PAGE_SHIFT) < cmd->addr)
			return -EINVAL;
	}
	cmd->cpages = 0;
	cmd->faults = 0;

	switch (command) {
	case HMM_DMIRROR_READ:
		return dmirror_read(dmirror, cmd);
	case HMM_DMIRROR_WRITE:
		return dmirror_write(dmirror, cmd);
	case HMM_DMIRROR_MIGRATE_TO_DEV:
		return dmirror_migrate_to_device(dmirror, cmd);
	case HMM_DMIRROR_MIGRATE_TO_SYS:
		return dmirror_migrate_to_system(dmirror, cmd);
	case HMM_DMIRROR_SNAPSHOT:
		return dmirror_snapshot(dmirror, cmd);
	case HMM_DMIRROR_EXCLUSIVE:
		return dmirror_exclusive(dmirror, cmd);
	case HMM_DMIRROR_CHECK_EXCLUSIVE:
		return dmirror_check_atomic(dmirror, cmd);
	case HMM_DMIRROR_RELEASE:
		return dmirror_device_evict(dmirror->mdevice);
	case HMM_DMIRROR_FLAGS:
		dmirror->mdevice->flags = cmd->npages;
		return 0;
	}
	return -EINVAL;
}

/* the migration commands, migrate_to_ram and eviction */
#include "test_hmm_migrate.c"
