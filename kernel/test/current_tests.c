// SPDX-License-Identifier: MIT
/*
 * mmstep: scenarios of DESIGN.md "Scenarios" run with today's migrate_vma flow and the dmirror
 * driver: a device page faulted back by the CPU, a CPU write racing the migration, two
 * overlapping migrations, a failed device allocation, a page shared by two processes, a pinned
 * page, a page still in a per-CPU LRU batch, a hole, fork after migration. Written for mmstep.
 *
 * Threads meet at named points: a thread calls schedule() where the scenario lets the other
 * threads run (the scheduler is deterministic: see src/sim/scheduler.ts).
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/swapops.h>
#include <linux/mm_user.h>
#include <linux/memremap.h>
#include <linux/migrate.h>
#include <linux/test_hmm.h>

static long cbuf[64];

/*
 * The devices and mirrors outlive the test functions: device pages point back at their mirror
 * (zone_device_data), and migrate_to_ram uses it long after the migration.
 */
static struct dmirror_device cur_mdevice[2];
static struct dmirror cur_dmirror[2];

static void cmd_setup(struct hmm_dmirror_cmd *cmd, unsigned long addr, unsigned long npages)
{
	cmd->addr = addr;
	cmd->ptr = cbuf;
	cmd->npages = npages;
	cmd->cpages = 0;
	cmd->faults = 0;
}

/*
 * Migrate [addr, addr + npages) of mm to a fresh device-private device with the
 * MIGRATE_TO_DEV command; returns its result and prints cpages. `flags` is passed to
 * HMM_DMIRROR_FLAGS first (1 = fail the next device allocation).
 */
long current_migrate_to_dev(struct mm_struct *mm, unsigned long addr, unsigned long npages,
			    unsigned long flags)
{
	struct dmirror *dmirror = &cur_dmirror[0];
	struct hmm_dmirror_cmd cmd;
	long ret;

	dmirror_device_init(&cur_mdevice[0], 0, 0, 16);
	dmirror_open(dmirror, &cur_mdevice[0], mm);
	cmd_setup(&cmd, 0, flags);
	dmirror_ioctl(dmirror, HMM_DMIRROR_FLAGS, &cmd);

	cmd_setup(&cmd, addr, npages);
	ret = dmirror_ioctl(dmirror, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	pr_info("migrate: ret %ld cpages %lu\n", ret, cmd.cpages);
	return ret;
}

/*
 * A device page faulted back: migrate to device memory, then the CPU reads every page. Each
 * read hits a device-private entry, do_swap_page calls the driver's migrate_to_ram, and the
 * page comes back to system RAM (kernel-semantics §1.4 C). Returns the sum of what was read.
 */
long current_fault_back(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	unsigned long i;
	long sum = 0;
	long ret;

	ret = current_migrate_to_dev(mm, addr, npages, 0);
	if (ret)
		return ret;
	for (i = 0; i < npages; i++)
		sum += user_read(mm, addr + i * PAGE_SIZE);
	pr_info("read back: sum %ld\n", sum);
	if (mm_check_quiescent())
		return -1;
	return sum;
}

/*
 * The migrating side of "CPU write racing the migration": the MIGRATE_TO_DEV sequence of the
 * driver, letting the other threads run after migrate_vma_setup — when the ptes are migration
 * entries and the pages are locked.
 */
long current_race_migrate(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	struct dmirror_device *mdevice = &cur_mdevice[0];
	struct dmirror *dmirror = &cur_dmirror[0];
	unsigned long src[16], dst[16];
	struct migrate_vma args;
	int ret;

	if (npages > 16)
		return -EINVAL;
	dmirror_device_init(mdevice, 0, 0, 16);
	dmirror_open(dmirror, mdevice, mm);

	mmap_read_lock(mm);
	args.vma = vma_lookup(mm, addr);
	args.src = src;
	args.dst = dst;
	args.start = addr;
	args.end = addr + (npages << PAGE_SHIFT);
	args.pgmap_owner = mdevice;
	args.flags = MIGRATE_VMA_SELECT_SYSTEM;
	args.fault_page = NULL;
	ret = migrate_vma_setup(&args);
	if (ret) {
		mmap_read_unlock(mm);
		return ret;
	}
	pr_info("setup: cpages %lu\n", args.cpages);

	/* mmstep point: "after setup" — other threads run here */
	schedule();

	dmirror_migrate_alloc_and_copy(&args, dmirror);
	migrate_vma_pages(&args);
	dmirror_migrate_finalize_and_map(&args, dmirror);
	migrate_vma_finalize(&args);
	mmap_read_unlock(mm);
	return args.cpages;
}

/* The CPU side: wait for the migration to get going, then store `val` at addr. */
int current_race_cpu_write(struct mm_struct *mm, unsigned long addr, unsigned long val)
{
	int ret;

	/* mmstep point: let the migrating thread reach "after setup" first */
	schedule();
	ret = user_write(mm, addr, val);
	pr_info("cpu: write %lu -> %d\n", val, ret);
	return ret;
}

/* Two overlapping migrations: the other thread migrates [addr, addr + npages) to device 1. */
long current_overlap_other(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	struct dmirror *dmirror = &cur_dmirror[1];
	struct hmm_dmirror_cmd cmd;
	long ret;

	dmirror_device_init(&cur_mdevice[1], 1, 0, 16);
	dmirror_open(dmirror, &cur_mdevice[1], mm);
	/* mmstep point: start once the first migration has collected its pages */
	schedule();
	cmd_setup(&cmd, addr, npages);
	ret = dmirror_ioctl(dmirror, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	pr_info("other: ret %ld cpages %lu\n", ret, cmd.cpages);
	return ret;
}

/*
 * Fork after migrating to device memory: the child gets the device-private entries
 * write-protected, and each process faults its own copy back on write.
 */
long current_fork_after_migrate(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	struct mm_struct *child;
	long ret;

	ret = current_migrate_to_dev(mm, addr, npages, 0);
	if (ret)
		return ret;
	child = fork_mm(mm);
	/* the child writes page 0: it faults the shared device page back, then copies it */
	if (user_write(child, addr, 100))
		return -1;
	pr_info("parent reads %ld, child reads %ld\n", user_read(mm, addr), user_read(child, addr));
	pr_info("child: page 1 %s\n", pte_present(ptep_get(pte_offset_map_nolock_addr(child, addr + PAGE_SIZE))) ?
		"present" : "not present");
	return user_read(mm, addr) * 1000 + user_read(child, addr);
}

/*
 * The user thread of the bug-3.1 scenarios: at the migrating thread's point "after collect
 * unlock", madvise(MADV_DONTNEED) the page and, once that returned, store `val` to it — on the
 * same CPU, whose TLB may still translate the address.
 */
int current_zap_then_write(struct mm_struct *mm, unsigned long addr, unsigned long val)
{
	int ret;

	/* mmstep point: wait for the migrating thread */
	schedule();
	ret = madvise_mm(mm, addr, PAGE_SIZE, MADV_DONTNEED);
	pr_info("madvise: %d\n", ret);
	ret = user_write(mm, addr, val);
	pr_info("write %lu after madvise: %d, reads %ld\n", val, ret, user_read(mm, addr));
	return ret;
}

/*
 * The GUP pinner: at the migrating thread's point "after setup" it pins the page at addr for
 * write (pin_user_pages(FOLL_WRITE [| FOLL_LONGTERM])), then releases the pin. GUP finds a
 * migration entry, waits like a CPU fault, then finds a device-private entry and faults the page
 * back to RAM before pinning it.
 */
int current_gup_pin(struct mm_struct *mm, unsigned long addr, int longterm)
{
	struct page *page = NULL;
	int ret;

	/* mmstep point: wait for the migrating thread */
	schedule();
	ret = pin_user_page(mm, addr, 1, longterm, &page);
	pr_info("pin: %d, page refcount %d, pins held while migrating back: %s\n", ret,
		page ? page_count(page) : 0, ret == 0 ? "yes" : "no");
	if (!ret) {
		/* mmstep point: hold the pin while the others run */
		schedule();
		unpin_user_page(page);
	}
	return ret;
}

/*
 * What /proc/pid/pagemap reports as PM_SOFT_DIRTY for addr (pte_to_pagemap_entry): the
 * present-pte bit of a present pte, the swap-format bit of any other entry (swap, migration,
 * device-private).
 */
static int pagemap_soft_dirty(struct mm_struct *mm, unsigned long addr)
{
	pte_t *ptep = pte_offset_map_nolock_addr(mm, addr);
	pte_t pte;

	if (!ptep)
		return 0;
	pte = ptep_get(ptep);
	if (pte_present(pte))
		return pte_soft_dirty(pte);
	if (is_swap_pte(pte))
		return pte_swp_soft_dirty(pte);
	return 0;
}

/*
 * Bug 3.5, seen the way CRIU sees it. The pages were written since the dumper's last clear_refs
 * (the scenario gives them soft-dirty ptes); then the driver migrates them to device memory, and
 * the dumper's next incremental dump reads pagemap and saves only the soft-dirty pages. Returns
 * how many pages it would save: a page it skips keeps its stale pre-dump content in the image.
 */
long current_soft_dirty_dump(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	unsigned long i;
	long dumped = 0;
	long ret;

	ret = current_migrate_to_dev(mm, addr, npages, 0);
	if (ret)
		return ret;
	for (i = 0; i < npages; i++) {
		int sd = pagemap_soft_dirty(mm, addr + i * PAGE_SIZE);

		pr_info("criu: page %lu soft-dirty %d: %s\n", i, sd,
			sd ? "dumped" : "skipped (the image keeps the old content)");
		dumped += sd;
	}
	return dumped;
}

/*
 * Bug 3.7: two drivers with device-private memory in one range. Device 1 takes the page at
 * addr + PAGE_SIZE, device 0 the one at addr; then device 0 migrates [addr, addr + 2 pages) back
 * to system memory. Only its own page is device 0's to migrate: device 1's must stay in device
 * 1's memory, as device 1's snapshot shows. Returns device 0's cpages * 0x100 + device 1's
 * snapshot of its page (0x22: WRITE | DEV_PRIVATE_LOCAL).
 */
long current_two_owners(struct mm_struct *mm, unsigned long addr)
{
	struct hmm_dmirror_cmd cmd;
	unsigned char perm[2];
	unsigned long cpages;
	long ret;

	dmirror_device_init(&cur_mdevice[0], 0, 0, 16);
	dmirror_open(&cur_dmirror[0], &cur_mdevice[0], mm);
	dmirror_device_init(&cur_mdevice[1], 1, 0, 16);
	dmirror_open(&cur_dmirror[1], &cur_mdevice[1], mm);

	cmd_setup(&cmd, addr + PAGE_SIZE, 1);
	ret = dmirror_ioctl(&cur_dmirror[1], HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	if (ret)
		return ret;
	cmd_setup(&cmd, addr, 1);
	ret = dmirror_ioctl(&cur_dmirror[0], HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	if (ret)
		return ret;

	cmd_setup(&cmd, addr, 2);
	ret = dmirror_ioctl(&cur_dmirror[0], HMM_DMIRROR_MIGRATE_TO_SYS, &cmd);
	pr_info("device 0 to system: ret %ld cpages %lu\n", ret, cmd.cpages);
	if (ret)
		return ret;
	cpages = cmd.cpages;

	cmd_setup(&cmd, addr, 2);
	cmd.ptr = perm;
	ret = dmirror_ioctl(&cur_dmirror[1], HMM_DMIRROR_SNAPSHOT, &cmd);
	if (ret)
		return ret;
	pr_info("device 1 snapshot: 0x%x 0x%x\n", perm[0], perm[1]);
	return cpages * 0x100 + perm[1];
}

/*
 * Bug 3.2: the process stores `val` at addr (on a virtually indexed cache the store stays in a
 * cache line of addr), then the driver migrates the page to device memory and the CPU reads it
 * back (migrate_to_ram). Returns what the CPU reads: `val`, unless the copy to the device was
 * made from memory the store had not reached.
 */
long current_store_then_migrate(struct mm_struct *mm, unsigned long addr, unsigned long val)
{
	long ret;

	if (user_write(mm, addr, val))
		return -EFAULT;
	ret = current_migrate_to_dev(mm, addr, 1, 0);
	if (ret)
		return ret;
	ret = user_read(mm, addr);
	pr_info("read back after migrating: %ld\n", ret);
	return ret;
}
