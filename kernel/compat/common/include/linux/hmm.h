/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the HMM mirror API of Linux 5.x-6.x (linux/hmm.h), written for mmstep; the
 * same in 6.1 and 6.12. (kernel/include/linux/hmm.h is the 2016 HMM v13 interface, with other
 * flag values; it is not read here.)
 *
 * An output pfn carries its flags in the top bits: VALID (bit 63), WRITE (62), ERROR (61) and
 * the mapping order at bits 56..60; HMM_PFN_REQ_FAULT / _REQ_WRITE are VALID / WRITE as input.
 * hmm_range_fault is C of these headers (linux/hmm_range_fault.h, mmstep's): it reads the
 * range's ptes with the model's natives and faults pages in through handle_mm_fault.
 */
#ifndef _MMSTEP_COMPAT_LINUX_HMM_H
#define _MMSTEP_COMPAT_LINUX_HMM_H

#include <linux/mm.h>
#include <linux/mmu_notifier.h>

#define HMM_PFN_VALID		(1UL << 63)
#define HMM_PFN_WRITE		(1UL << 62)
#define HMM_PFN_ERROR		(1UL << 61)
#define HMM_PFN_ORDER_SHIFT	56
#define HMM_PFN_REQ_FAULT	HMM_PFN_VALID
#define HMM_PFN_REQ_WRITE	HMM_PFN_WRITE
#define HMM_PFN_FLAGS		(0xFFUL << HMM_PFN_ORDER_SHIFT)

#define HMM_RANGE_DEFAULT_TIMEOUT	1000

struct hmm_range {
	struct mmu_interval_notifier *notifier;
	unsigned long notifier_seq;
	unsigned long start;
	unsigned long end;
	unsigned long *hmm_pfns;
	unsigned long default_flags;
	unsigned long pfn_flags_mask;
	void *dev_private_owner;
};

static inline struct page *hmm_pfn_to_page(unsigned long hmm_pfn)
{
	return pfn_to_page(hmm_pfn & ~HMM_PFN_FLAGS);
}

static inline unsigned long hmm_pfn_to_phys(unsigned long hmm_pfn)
{
	return (hmm_pfn & ~HMM_PFN_FLAGS) << PAGE_SHIFT;
}

static inline unsigned int hmm_pfn_to_map_order(unsigned long hmm_pfn)
{
	return (hmm_pfn >> HMM_PFN_ORDER_SHIFT) & 0x1F;
}

#include <linux/hmm_range_fault.h>

#endif /* _MMSTEP_COMPAT_LINUX_HMM_H */
