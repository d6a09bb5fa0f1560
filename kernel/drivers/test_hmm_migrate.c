// SPDX-License-Identifier: MIT
/*
 * mmstep: the migration half of the dmirror-like test driver (#included at the end of
 * test_hmm.c; not a separate source): allocate-and-copy and finalize-and-map around
 * migrate_vma_pages for HMM_DMIRROR_MIGRATE_TO_DEV / _TO_SYS, the migrate_to_ram fault handler,
 * and device eviction with migrate_device_range (HMM_DMIRROR_RELEASE). Written for mmstep in
 * kernel style from kernel-semantics §1.3(3), §2.1; not copied from Linux.
 */

/* mmstep-stage: alloc_and_copy */
void dmirror_migrate_alloc_and_copy(struct migrate_vma *args, struct dmirror *dmirror)
{
	unsigned long *src = args->src;
	unsigned long *dst = args->dst;
	unsigned long addr;

	for (addr = args->start; addr < args->end; addr += PAGE_SIZE, src++, dst++) {
		struct page *spage = migrate_pfn_to_page(*src);
		struct page *dpage;

		if (!(*src & MIGRATE_PFN_MIGRATE))
			continue;
		/* a page already in device memory is not migrated again */
		if (spage && is_zone_device_page(spage)) {
			pr_debug("page already in device spage pfn: 0x%lx\n", page_to_pfn(spage));
			continue;
		}
		dpage = dmirror_devmem_alloc_page(dmirror);
		if (!dpage)
			continue;
		if (spage)
			copy_highpage(dpage, spage);
		else
			clear_highpage(dpage);

		*dst = migrate_pfn(page_to_pfn(dpage));
		if ((*src & MIGRATE_PFN_WRITE) ||
		    (!spage && (args->vma->vm_flags & VM_WRITE)))
			*dst |= MIGRATE_PFN_WRITE;
	}
}

/* mmstep-stage: finalize_and_map */
void dmirror_migrate_finalize_and_map(struct migrate_vma *args, struct dmirror *dmirror)
{
	unsigned long *src = args->src;
	unsigned long *dst = args->dst;
	unsigned long addr;

	for (addr = args->start; addr < args->end; addr += PAGE_SIZE, src++, dst++) {
		struct page *dpage;

		/* the kernel refused this slot: the CPU keeps the source page */
		if (!(*src & MIGRATE_PFN_MIGRATE))
			continue;
		dpage = migrate_pfn_to_page(*dst);
		if (!dpage)
			continue;
		xa_store_tag(dmirror->pt, addr >> PAGE_SHIFT, dpage,
			     (*dst & MIGRATE_PFN_WRITE) ? DPT_XA_TAG_WRITE : 0);
	}
}

static long dmirror_migrate_to_device(struct dmirror *dmirror, struct hmm_dmirror_cmd *cmd)
{
	unsigned long start = cmd->addr;
	unsigned long end = start + (cmd->npages << PAGE_SHIFT);
	struct mm_struct *mm = dmirror->mm;
	unsigned long src_pfns[DMIRROR_CHUNK];
	unsigned long dst_pfns[DMIRROR_CHUNK];
	struct migrate_vma args;
	unsigned long addr, next;
	long ret = 0;

	mmap_read_lock(mm);
	for (addr = start; addr < end; addr = next) {
		struct vm_area_struct *vma = vma_lookup(mm, addr);

		if (!vma || !(vma->vm_flags & VM_READ)) {
			ret = -EINVAL;
			goto out;
		}
		next = min(end, addr + (DMIRROR_CHUNK << PAGE_SHIFT));
		if (next > vma->vm_end)
			next = vma->vm_end;

		args.vma = vma;
		args.src = src_pfns;
		args.dst = dst_pfns;
		args.start = addr;
		args.end = next;
		args.pgmap_owner = dmirror->mdevice;
		args.flags = MIGRATE_VMA_SELECT_SYSTEM;
		args.fault_page = NULL;
		ret = migrate_vma_setup(&args);
		if (ret)
			goto out;

		dmirror_migrate_alloc_and_copy(&args, dmirror);
		migrate_vma_pages(&args);
		dmirror_migrate_finalize_and_map(&args, dmirror);
		migrate_vma_finalize(&args);
	}
	mmap_read_unlock(mm);

	/* Every page of the range must now be in this device's mirror (else -ENOENT). */
	cmd->cpages = 0;
	return dmirror_do_read(dmirror, start, end, cmd->ptr, &cmd->cpages);
out:
	mmap_read_unlock(mm);
	return ret;
}

/* mmstep-stage: alloc_and_copy */
static void dmirror_devmem_fault_alloc_and_copy(struct migrate_vma *args,
						 struct dmirror *dmirror)
{
	unsigned long *src = args->src;
	unsigned long *dst = args->dst;
	unsigned long addr;

	for (addr = args->start; addr < args->end; addr += PAGE_SIZE, src++, dst++) {
		struct page *spage = migrate_pfn_to_page(*src);
		struct page *dpage;

		if (!spage || !(*src & MIGRATE_PFN_MIGRATE))
			continue;
		/* Migrations back to RAM must not be skipped: the fault would SIGBUS. */
		dpage = alloc_page(GFP_HIGHUSER);
		lock_page(dpage);
		xa_erase(dmirror->pt, addr >> PAGE_SHIFT);
		copy_highpage(dpage, spage);
		*dst = migrate_pfn(page_to_pfn(dpage));
		if (*src & MIGRATE_PFN_WRITE)
			*dst |= MIGRATE_PFN_WRITE;
	}
}

static long dmirror_migrate_to_system(struct dmirror *dmirror, struct hmm_dmirror_cmd *cmd)
{
	unsigned long start = cmd->addr;
	unsigned long end = start + (cmd->npages << PAGE_SHIFT);
	struct mm_struct *mm = dmirror->mm;
	unsigned long src_pfns[DMIRROR_CHUNK];
	unsigned long dst_pfns[DMIRROR_CHUNK];
	struct migrate_vma args;
	unsigned long addr, next, i;
	long ret = 0;

	cmd->cpages = 0;
	mmap_read_lock(mm);
	for (addr = start; addr < end; addr = next) {
		struct vm_area_struct *vma = vma_lookup(mm, addr);

		if (!vma || !(vma->vm_flags & VM_READ)) {
			ret = -EINVAL;
			break;
		}
		next = min(end, addr + (DMIRROR_CHUNK << PAGE_SHIFT));
		if (next > vma->vm_end)
			next = vma->vm_end;

		args.vma = vma;
		args.src = src_pfns;
		args.dst = dst_pfns;
		args.start = addr;
		args.end = next;
		args.pgmap_owner = dmirror->mdevice;
		args.flags = dmirror->mdevice->coherent ?
			MIGRATE_VMA_SELECT_DEVICE_COHERENT : MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
		args.fault_page = NULL;
		ret = migrate_vma_setup(&args);
		if (ret)
			break;

		dmirror_devmem_fault_alloc_and_copy(&args, dmirror);
		migrate_vma_pages(&args);
		for (i = 0; i < args.npages; i++)
			if ((src_pfns[i] & (MIGRATE_PFN_VALID | MIGRATE_PFN_MIGRATE)) ==
			    (MIGRATE_PFN_VALID | MIGRATE_PFN_MIGRATE))
				cmd->cpages++;
		migrate_vma_finalize(&args);
	}
	mmap_read_unlock(mm);
	return ret;
}

/*
 * migrate_to_ram: the CPU touched a device-private page of ours. A one-page migration with
 * fault_page set; SIGBUS if it cannot even start.
 */
static vm_fault_t dmirror_devmem_fault(struct vm_fault *vmf)
{
	struct dmirror *dmirror = vmf->page->zone_device_data;
	unsigned long src_pfns[1];
	unsigned long dst_pfns[1];
	struct migrate_vma args;

	args.vma = vmf->vma;
	args.start = vmf->address;
	args.end = args.start + PAGE_SIZE;
	args.src = src_pfns;
	args.dst = dst_pfns;
	args.pgmap_owner = dmirror->mdevice;
	args.flags = dmirror->mdevice->coherent ?
		MIGRATE_VMA_SELECT_DEVICE_COHERENT : MIGRATE_VMA_SELECT_DEVICE_PRIVATE;
	args.fault_page = vmf->page;

	if (migrate_vma_setup(&args))
		return VM_FAULT_SIGBUS;

	dmirror_devmem_fault_alloc_and_copy(&args, dmirror);
	migrate_vma_pages(&args);
	migrate_vma_finalize(&args);
	return 0;
}

/* Evict every page of the device back to system memory (HMM_DMIRROR_RELEASE). */
static long dmirror_device_evict(struct dmirror_device *mdevice)
{
	unsigned long first = mdevice->pgmap->first_pfn;
	unsigned long npages = mdevice->pgmap->nr_pages;
	unsigned long src_pfns[DMIRROR_CHUNK];
	unsigned long dst_pfns[DMIRROR_CHUNK];
	unsigned long pfn, n, i;

	for (pfn = first; pfn < first + npages; pfn += n) {
		n = min(first + npages - pfn, DMIRROR_CHUNK);
		migrate_device_range(src_pfns, pfn, n);
		for (i = 0; i < n; i++) {
			struct page *spage = migrate_pfn_to_page(src_pfns[i]);
			struct page *dpage;

			dst_pfns[i] = 0;
			if (!spage || !(src_pfns[i] & MIGRATE_PFN_MIGRATE))
				continue;
			/* __GFP_NOFAIL */
			dpage = alloc_page(GFP_HIGHUSER);
			lock_page(dpage);
			copy_highpage(dpage, spage);
			dst_pfns[i] = migrate_pfn(page_to_pfn(dpage));
			if (src_pfns[i] & MIGRATE_PFN_WRITE)
				dst_pfns[i] |= MIGRATE_PFN_WRITE;
		}
		migrate_device_pages(src_pfns, dst_pfns, n);
		migrate_device_finalize(src_pfns, dst_pfns, n);
	}
	return 0;
}

