/* SPDX-License-Identifier: MIT */
/*
 * mmstep: the interface of the dmirror-like test driver (kernel/drivers/test_hmm.c), modelled
 * on lib/test_hmm.c and lib/test_hmm_uapi.h (kernel-semantics §2.1). Written for mmstep.
 *
 * Instead of a character device and ioctl(2) from user space, a test calls dmirror_ioctl()
 * with a command block; `ptr` points at a kernel-side buffer of npages values (READ, WRITE,
 * MIGRATE_TO_DEV read-back) or npages bytes (SNAPSHOT).
 */
#ifndef _MMSTEP_LINUX_TEST_HMM_H
#define _MMSTEP_LINUX_TEST_HMM_H

#include <linux/mm_types.h>

#define HMM_DMIRROR_READ		0x00
#define HMM_DMIRROR_WRITE		0x01
#define HMM_DMIRROR_MIGRATE_TO_DEV	0x02
#define HMM_DMIRROR_MIGRATE_TO_SYS	0x03
#define HMM_DMIRROR_SNAPSHOT		0x04
#define HMM_DMIRROR_EXCLUSIVE		0x05
#define HMM_DMIRROR_CHECK_EXCLUSIVE	0x06
#define HMM_DMIRROR_RELEASE		0x07
#define HMM_DMIRROR_FLAGS		0x08

#define HMM_DMIRROR_FLAG_FAIL_ALLOC	(1UL << 0)

/* SNAPSHOT bytes */
#define HMM_DMIRROR_PROT_ERROR			0xFF
#define HMM_DMIRROR_PROT_NONE			0x00
#define HMM_DMIRROR_PROT_READ			0x01
#define HMM_DMIRROR_PROT_WRITE			0x02
#define HMM_DMIRROR_PROT_PMD			0x04
#define HMM_DMIRROR_PROT_PUD			0x08
#define HMM_DMIRROR_PROT_ZERO			0x10
#define HMM_DMIRROR_PROT_DEV_PRIVATE_LOCAL	0x20
#define HMM_DMIRROR_PROT_DEV_PRIVATE_REMOTE	0x30
#define HMM_DMIRROR_PROT_DEV_COHERENT_LOCAL	0x40
#define HMM_DMIRROR_PROT_DEV_COHERENT_REMOTE	0x50

/* device page table tags */
#define DPT_XA_TAG_ATOMIC	1UL
#define DPT_XA_TAG_WRITE	3UL

struct hmm_dmirror_cmd {
	unsigned long addr;
	void *ptr;
	unsigned long npages;
	unsigned long cpages;
	unsigned long faults;
};

struct dev_pagemap;
struct xarray;
struct mmu_interval_notifier;

struct dmirror_device {
	int id;
	int coherent;
	struct dev_pagemap *pgmap;
	unsigned long flags;		/* HMM_DMIRROR_FLAG_* */
	unsigned long calloc;		/* device pages handed out */
	unsigned long cfree;		/* device pages given back */
};

struct dmirror {
	struct dmirror_device *mdevice;
	struct mm_struct *mm;
	struct xarray *pt;		/* vpfn -> page, tagged WRITE or read-only */
	struct mmu_interval_notifier *notifier;
};

int dmirror_device_init(struct dmirror_device *mdevice, int id, int coherent,
			unsigned long npages);
int dmirror_open(struct dmirror *dmirror, struct dmirror_device *mdevice,
		 struct mm_struct *mm);
void dmirror_release(struct dmirror *dmirror);
long dmirror_ioctl(struct dmirror *dmirror, unsigned int command, struct hmm_dmirror_cmd *cmd);

/*
 * The two driver steps of MIGRATE_TO_DEV (static in lib/test_hmm.c), exported so a test can run
 * the sequence itself and let other threads in between (schedule()).
 */
struct migrate_vma;
void dmirror_migrate_alloc_and_copy(struct migrate_vma *args, struct dmirror *dmirror);
void dmirror_migrate_finalize_and_map(struct migrate_vma *args, struct dmirror *dmirror);

#endif /* _MMSTEP_LINUX_TEST_HMM_H */
