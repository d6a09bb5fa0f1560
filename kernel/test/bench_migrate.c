// SPDX-License-Identifier: MIT
/*
 * mmstep: the migration benchmark's driver loop (bench/migrate): migrate a populated range to
 * device-private memory with today's flow, one PMD (512 pages) per migrate_vma call, without
 * the selftest's read-back. Returns the number of pages that migrated. Written for mmstep.
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/migrate.h>
#include <linux/test_hmm.h>

#define BENCH_CHUNK	512

static struct dmirror_device bench_mdevice;
static struct dmirror bench_dmirror;

long bench_migrate(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	unsigned long end = addr + (npages << PAGE_SHIFT);
	unsigned long src[BENCH_CHUNK], dst[BENCH_CHUNK];
	struct migrate_vma args;
	unsigned long a, i;
	long done = 0;

	dmirror_device_init(&bench_mdevice, 0, 0, npages);
	dmirror_open(&bench_dmirror, &bench_mdevice, mm);

	mmap_read_lock(mm);
	for (a = addr; a < end; a = args.end) {
		args.vma = vma_lookup(mm, a);
		args.src = src;
		args.dst = dst;
		args.start = a;
		args.end = min(end, a + (BENCH_CHUNK << PAGE_SHIFT));
		args.pgmap_owner = &bench_mdevice;
		args.flags = MIGRATE_VMA_SELECT_SYSTEM;
		args.fault_page = NULL;
		if (migrate_vma_setup(&args))
			break;
		dmirror_migrate_alloc_and_copy(&args, &bench_dmirror);
		migrate_vma_pages(&args);
		dmirror_migrate_finalize_and_map(&args, &bench_dmirror);
		for (i = 0; i < args.npages; i++)
			if (src[i] & MIGRATE_PFN_MIGRATE)
				done++;
		migrate_vma_finalize(&args);
	}
	mmap_read_unlock(mm);
	return done;
}
