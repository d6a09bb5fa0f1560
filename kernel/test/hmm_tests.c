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
#include <linux/test_hmm.h>

#define CHECK(cond)							\
	do {								\
		if (!(cond)) {						\
			pr_err("FAILED: %s\n", #cond); \
			return -1;					\
		}							\
	} while (0)

/* Test 1 `migrate`: CPU writes i, migrate the whole buffer to device memory, read it back. */
int hmm_test_migrate(struct mm_struct *mm, unsigned long addr, unsigned long npages,
		     int coherent)
{
	struct dmirror_device mdevice;
	struct dmirror dmirror;
	struct hmm_dmirror_cmd cmd;
	long buf[1024];
	unsigned long i;
	long ret;

	CHECK(npages <= 1024);
	dmirror_device_init(&mdevice, coherent ? 2 : 0, coherent, npages + 16);
	dmirror_open(&dmirror, &mdevice, mm);

	for (i = 0; i < npages; i++)
		CHECK(user_write(mm, addr + i * PAGE_SIZE, i) == 0);

	cmd.addr = addr;
	cmd.ptr = buf;
	cmd.npages = npages;
	ret = dmirror_ioctl(&dmirror, HMM_DMIRROR_MIGRATE_TO_DEV, &cmd);
	pr_info("migrate: ret %ld cpages %lu\n", ret, cmd.cpages);
	CHECK(ret == 0);
	CHECK(cmd.cpages == npages);
	for (i = 0; i < npages; i++)
		CHECK(buf[i] == i);
	dmirror_release(&dmirror);
	return 0;
}
