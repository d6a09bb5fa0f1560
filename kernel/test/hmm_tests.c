// SPDX-License-Identifier: MIT
/*
 * mmstep: the kernel's hmm selftests (tools/testing/selftests/mm/hmm-tests.c) that involve
 * migration, rewritten as kernel-side C for mmstep (kernel-semantics §2.2): what the test
 * program does in user space (mmap'd buffers written by the CPU, ioctls on /dev/hmm_dmirrorN,
 * fork, mprotect, munmap) is done here through the model's user-space helpers and the dmirror
 * driver. Each test returns 0 when every assertion of the original holds and prints the numbers
 * the scenario's expectations check. Written for mmstep, not copied.
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/mm_user.h>
#include <linux/memremap.h>
#include <linux/test_hmm.h>

#define CHECK(cond)							\
	do {								\
		if (!(cond)) {						\
			pr_err("FAILED: %s\n", #cond); \
			return -1;					\
		}							\
	} while (0)

static long buf[1024];
static unsigned char snap[16];

static void cmd_init(struct hmm_dmirror_cmd *cmd, unsigned long addr, void *ptr,
		     unsigned long npages)
{
	cmd->addr = addr;
	cmd->ptr = ptr;
	cmd->npages = npages;
	cmd->cpages = 0;
	cmd->faults = 0;
}

static int write_pattern(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	unsigned long i;

	for (i = 0; i < npages; i++)
		if (user_write(mm, addr + i * PAGE_SIZE, i))
			return -1;
	return 0;
}

static int check_pattern(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	unsigned long i;

	for (i = 0; i < npages; i++)
		if (user_read(mm, addr + i * PAGE_SIZE) != i)
			return -1;
	return 0;
}

/*
 * Tests 1 `migrate` and 7 `migrate_multiple` (one iteration): the CPU writes i to page i,
 * the whole buffer goes to device memory, the mirror reads back i. The coherent variant then
 * migrates it back with MIGRATE_TO_SYS. Finally the CPU reads every value (faulting
 * device-private pages back) and nothing may be left locked or referenced.
 */
int hmm_test_migrate(struct mm_struct *mm, unsigned long addr, unsigned long npages,
		     int coherent)
{
	struct dmirror_device mdevice;
	struct dmirror dmirror;
	struct hmm_dmirror_cmd cmd;
	unsigned long i;
	long ret;

	CHECK(npages <= 1024);
	dmirror_device_init(&mdevice, coherent ? 2 : 0, coherent, npages + 16);
	dmirror_open(&dmirror, &mdevice, mm);

	CHECK(write_pattern(mm, addr, npages) == 0);

	cmd_init(&cmd, addr, buf, npages);
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	pr_info("migrate: ret %ld cpages %lu\n", ret, cmd.cpages);
	CHECK(ret == 0);
	CHECK(cmd.cpages == npages);
	for (i = 0; i < npages; i++)
		CHECK(buf[i] == i);

	if (coherent) {
		cmd_init(&cmd, addr, buf, npages);
		ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_MIGRATE_TO_SYS, &cmd);
		pr_info("migrate to sys: ret %ld cpages %lu\n", ret, cmd.cpages);
		CHECK(ret == 0);
		CHECK(cmd.cpages == npages);
	}
	CHECK(check_pattern(mm, addr, npages) == 0);
	dmirror_release(&dmirror);
	CHECK(mm_check_quiescent() == 0);
	return 0;
}

/* Test 7 `migrate_multiple`: map, write, migrate, (back), read, unmap — `iters` times. */
int hmm_test_migrate_multiple(struct mm_struct *mm, unsigned long addr, unsigned long npages,
			      int iters, int coherent)
{
	struct dmirror_device mdevice;
	struct dmirror dmirror;
	struct hmm_dmirror_cmd cmd;
	unsigned long i;
	long ret;
	int it;

	CHECK(npages <= 1024);
	dmirror_device_init(&mdevice, coherent ? 2 : 0, coherent, npages + 16);
	dmirror_open(&dmirror, &mdevice, mm);
	for (it = 0; it < iters; it++) {
		CHECK(mmap_mm(mm, addr, npages << PAGE_SHIFT, PROT_READ | PROT_WRITE,
			      MAP_PRIVATE_ANON) == addr);
		CHECK(write_pattern(mm, addr, npages) == 0);
		cmd_init(&cmd, addr, buf, npages);
		ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
		CHECK(ret == 0);
		CHECK(cmd.cpages == npages);
		for (i = 0; i < npages; i++)
			CHECK(buf[i] == i);
		if (coherent) {
			cmd_init(&cmd, addr, buf, npages);
			ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_MIGRATE_TO_SYS, &cmd);
			CHECK(ret == 0);
			CHECK(cmd.cpages == npages);
		}
		CHECK(check_pattern(mm, addr, npages) == 0);
		CHECK(munmap_mm(mm, addr, npages << PAGE_SHIFT) == 0);
	}
	pr_info("migrate_multiple: %d iterations ok, %lu device pages free\n", iters,
		devmem_free_count(mdevice.pgmap));
	dmirror_release(&dmirror);
	CHECK(mm_check_quiescent() == 0);
	return 0;
}

/*
 * Test 2 `migrate_file_private`: a MAP_PRIVATE mapping of an (empty) file; the CPU's writes
 * create private anonymous copies, which migrate like any anonymous page.
 * Test 5 `migrate_shared`: a MAP_SHARED anonymous mapping (shmem), never touched: its holes
 * cannot be populated, nothing migrates, the read-back fails with -ENOENT.
 * Both map the buffer themselves (flags: MAP_PRIVATE_FILE or MAP_SHARED_ANON).
 */
long hmm_test_migrate_mapped(struct mm_struct *mm, unsigned long addr, unsigned long npages,
			     unsigned long flags, int touch)
{
	struct dmirror_device mdevice;
	struct dmirror dmirror;
	struct hmm_dmirror_cmd cmd;
	unsigned long i;
	long ret;

	CHECK(npages <= 1024);
	dmirror_device_init(&mdevice, 0, 0, npages + 16);
	dmirror_open(&dmirror, &mdevice, mm);
	CHECK(mmap_mm(mm, addr, npages << PAGE_SHIFT, PROT_READ | PROT_WRITE, flags) == addr);
	if (touch)
		CHECK(write_pattern(mm, addr, npages) == 0);

	cmd_init(&cmd, addr, buf, npages);
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	pr_info("migrate: ret %ld cpages %lu\n", ret, cmd.cpages);
	if (ret == 0) {
		for (i = 0; i < npages; i++)
			CHECK(buf[i] == i);
	}
	dmirror_release(&dmirror);
	CHECK(mm_check_quiescent() == 0);
	return ret;
}

/*
 * Test 9 `snapshot` (fixture hmm2): seven pages in seven states, p5 migrated to device 0 and
 * p6 to device 1, then a snapshot through device 0. Returns 0 if every byte is as the kernel
 * test expects (remote device-private memory is reported as NONE).
 */
int hmm_test_snapshot(struct mm_struct *mm, unsigned long addr, int coherent)
{
	static const unsigned char want_private[7] = {
		HMM_DMIRROR_PROT_ERROR, HMM_DMIRROR_PROT_ERROR,
		HMM_DMIRROR_PROT_ZERO | HMM_DMIRROR_PROT_READ, HMM_DMIRROR_PROT_READ,
		HMM_DMIRROR_PROT_WRITE,
		HMM_DMIRROR_PROT_DEV_PRIVATE_LOCAL | HMM_DMIRROR_PROT_WRITE,
		HMM_DMIRROR_PROT_NONE,
	};
	static const unsigned char want_coherent[7] = {
		HMM_DMIRROR_PROT_ERROR, HMM_DMIRROR_PROT_ERROR,
		HMM_DMIRROR_PROT_ZERO | HMM_DMIRROR_PROT_READ, HMM_DMIRROR_PROT_READ,
		HMM_DMIRROR_PROT_WRITE,
		HMM_DMIRROR_PROT_DEV_COHERENT_LOCAL | HMM_DMIRROR_PROT_WRITE,
		HMM_DMIRROR_PROT_DEV_COHERENT_REMOTE | HMM_DMIRROR_PROT_WRITE,
	};
	struct dmirror_device mdevice0, mdevice1;
	struct dmirror dmirror0, dmirror1;
	struct hmm_dmirror_cmd cmd;
	const unsigned char *want;
	unsigned long p = PAGE_SIZE;
	long ret;
	int i;

	if (coherent)
		want = want_coherent;
	else
		want = want_private;
	dmirror_device_init(&mdevice0, coherent ? 2 : 0, coherent, 16);
	dmirror_device_init(&mdevice1, coherent ? 3 : 1, coherent, 16);
	dmirror_open(&dmirror0, &mdevice0, mm);
	dmirror_open(&dmirror1, &mdevice1, mm);

	CHECK(user_read(mm, addr + 2 * p) == 0);	/* p2: the zero page */
	CHECK(user_write(mm, addr + 3 * p, 3) == 0);
	CHECK(user_write(mm, addr + 4 * p, 4) == 0);
	CHECK(user_write(mm, addr + 5 * p, 5) == 0);
	CHECK(user_write(mm, addr + 6 * p, 6) == 0);
	CHECK(mprotect_mm(mm, addr, p, PROT_NONE) == 0);
	CHECK(mprotect_mm(mm, addr + 2 * p, 2 * p, PROT_READ) == 0);

	cmd_init(&cmd, addr + 5 * p, buf, 1);
	ret = dmirror_ioctl(&dmirror0, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	CHECK(ret == 0 && cmd.cpages == 1);
	cmd_init(&cmd, addr + 6 * p, buf, 1);
	ret = dmirror_ioctl(&dmirror1, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	CHECK(ret == 0 && cmd.cpages == 1);

	cmd_init(&cmd, addr, snap, 7);
	ret = dmirror_ioctl(&dmirror0, HMM_DMIRROR_SNAPSHOT, &cmd);
	CHECK(ret == 0 && cmd.cpages == 7);
	for (i = 0; i < 7; i++) {
		pr_info("snapshot p%d: 0x%02x\n", i, snap[i]);
		CHECK(snap[i] == want[i]);
	}
	dmirror_release(&dmirror0);
	dmirror_release(&dmirror1);
	return 0;
}

/*
 * Tests 16-18 `migrate_anon_huge_{empty,zero,free}`: a PMD-sized, PMD-aligned region (the model
 * splits THPs: 512 order-0 pages, kernel-semantics §1.9). mode 0: PROT_READ, untouched, mirror
 * buffer prefilled with 0xFF; 1: PROT_READ, one CPU read (zero page) before, every page read
 * after; 2: RW, written i, then madvise(MADV_FREE).
 */
int hmm_test_migrate_huge(struct mm_struct *mm, unsigned long addr, int mode)
{
	unsigned long npages = HPAGE_PMD_NR;
	struct dmirror_device mdevice;
	struct dmirror dmirror;
	struct hmm_dmirror_cmd cmd;
	unsigned long i;
	long ret;

	CHECK((addr & ~PMD_MASK) == 0);
	dmirror_device_init(&mdevice, 0, 0, npages + 16);
	dmirror_open(&dmirror, &mdevice, mm);
	CHECK(mmap_mm(mm, addr, PMD_SIZE, mode == 2 ? PROT_READ | PROT_WRITE : PROT_READ,
		      MAP_PRIVATE_ANON) == addr);
	for (i = 0; i < npages; i++)
		buf[i] = 0xFF;
	if (mode == 1)
		CHECK(user_read(mm, addr) == 0);
	if (mode == 2)
		CHECK(write_pattern(mm, addr, npages) == 0);

	cmd_init(&cmd, addr, buf, npages);
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	pr_info("migrate: ret %ld cpages %lu\n", ret, cmd.cpages);
	CHECK(ret == 0);
	CHECK(cmd.cpages == npages);
	for (i = 0; i < npages; i++)
		CHECK(buf[i] == (mode == 2 ? i : 0));
	if (mode == 1)
		for (i = 0; i < npages; i++)
			CHECK(user_read(mm, addr + i * PAGE_SIZE) == 0);
	if (mode == 2) {
		ret = madvise_mm(mm, addr, PMD_SIZE, MADV_FREE);
		pr_info("madvise: ret %ld\n", ret);
		CHECK(ret == 0);
	}
	dmirror_release(&dmirror);
	return 0;
}

/*
 * `anon_write` / `anon_read` (negative controls, no migration): the device writes i through
 * its mirror (faulting the pages in: faults == 1), the CPU reads i; then the CPU writes 2i and
 * the device reads it back.
 */
int hmm_test_anon_write_read(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	struct dmirror_device mdevice;
	struct dmirror dmirror;
	struct hmm_dmirror_cmd cmd;
	unsigned long i;
	long ret;

	CHECK(npages <= 1024);
	dmirror_device_init(&mdevice, 0, 0, 16);
	dmirror_open(&dmirror, &mdevice, mm);

	for (i = 0; i < npages; i++)
		buf[i] = i;
	cmd_init(&cmd, addr, buf, npages);
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_WRITE, &cmd);
	pr_info("write: ret %ld cpages %lu faults %lu\n", ret, cmd.cpages, cmd.faults);
	CHECK(ret == 0 && cmd.cpages == npages && cmd.faults == 1);
	CHECK(check_pattern(mm, addr, npages) == 0);

	for (i = 0; i < npages; i++)
		CHECK(user_write(mm, addr + i * PAGE_SIZE, 2 * i) == 0);
	cmd_init(&cmd, addr, buf, npages);
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_READ, &cmd);
	pr_info("read: ret %ld cpages %lu faults %lu\n", ret, cmd.cpages, cmd.faults);
	CHECK(ret == 0 && cmd.cpages == npages);
	for (i = 0; i < npages; i++)
		CHECK(buf[i] == 2 * i);
	dmirror_release(&dmirror);
	CHECK(mm_check_quiescent() == 0);
	return 0;
}

/*
 * HMM_DMIRROR_RELEASE (device eviction, `migrate_release` in newer hmm-tests): after migrating
 * to device memory, the driver evicts every page of the device with migrate_device_range (no
 * vma: try_to_migrate finds the mappings through the rmap). The CPU then reads i without a
 * single device fault: every pte is a present pte to system RAM again.
 */
int hmm_test_release(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	struct dmirror_device mdevice;
	struct dmirror dmirror;
	struct hmm_dmirror_cmd cmd;
	long ret;

	CHECK(npages <= 64);
	dmirror_device_init(&mdevice, 0, 0, npages);
	dmirror_open(&dmirror, &mdevice, mm);
	CHECK(write_pattern(mm, addr, npages) == 0);
	cmd_init(&cmd, addr, buf, npages);
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	CHECK(ret == 0 && cmd.cpages == npages);
	CHECK(devmem_free_count(mdevice.pgmap) == 0);

	cmd_init(&cmd, 0, NULL, 0);
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_RELEASE, &cmd);
	pr_info("release: ret %ld, %lu device pages free\n", ret, devmem_free_count(mdevice.pgmap));
	CHECK(ret == 0);
	CHECK(devmem_free_count(mdevice.pgmap) == npages);
	CHECK(check_pattern(mm, addr, npages) == 0);
	dmirror_release(&dmirror);
	CHECK(mm_check_quiescent() == 0);
	return 0;
}

/*
 * `exclusive`: the CPU writes i, HMM_DMIRROR_EXCLUSIVE gives the device atomic access to every
 * page (device-exclusive entries; ret 0, cpages npages, the mirror reads i). The CPU then adds
 * one to each page: each access faults, restores the pte and drops the device's atomic mapping,
 * so HMM_DMIRROR_CHECK_EXCLUSIVE returns 0.
 */
int hmm_test_exclusive(struct mm_struct *mm, unsigned long addr, unsigned long npages)
{
	struct dmirror_device mdevice;
	struct dmirror dmirror;
	struct hmm_dmirror_cmd cmd;
	unsigned long i;
	long ret;

	CHECK(npages <= 1024);
	dmirror_device_init(&mdevice, 0, 0, 16);
	dmirror_open(&dmirror, &mdevice, mm);
	CHECK(write_pattern(mm, addr, npages) == 0);

	cmd_init(&cmd, addr, buf, npages);
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_EXCLUSIVE, &cmd);
	pr_info("exclusive: ret %ld cpages %lu\n", ret, cmd.cpages);
	CHECK(ret == 0 && cmd.cpages == npages);
	for (i = 0; i < npages; i++)
		CHECK(buf[i] == i);
	cmd_init(&cmd, addr, buf, npages);
	CHECK(dmirror_ioctl(&dmirror, HMM_DMIRROR_CHECK_EXCLUSIVE, &cmd) == -EPERM);

	for (i = 0; i < npages; i++)
		CHECK(user_write(mm, addr + i * PAGE_SIZE, user_read(mm, addr + i * PAGE_SIZE) + 1) == 0);
	for (i = 0; i < npages; i++)
		CHECK(user_read(mm, addr + i * PAGE_SIZE) == i + 1);
	cmd_init(&cmd, addr, buf, npages);
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_CHECK_EXCLUSIVE, &cmd);
	pr_info("check exclusive: ret %ld\n", ret);
	CHECK(ret == 0);
	dmirror_release(&dmirror);
	CHECK(mm_check_quiescent() == 0);
	return 0;
}
