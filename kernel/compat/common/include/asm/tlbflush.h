/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: asm/tlbflush.h (x86), written for mmstep. flush_tlb_range and flush_tlb_page
 * are natives of the model (each CPU's TLB), declared with the page-table natives of linux/mm.h.
 */
#ifndef _MMSTEP_COMPAT_ASM_TLBFLUSH_H
#define _MMSTEP_COMPAT_ASM_TLBFLUSH_H

#include <linux/mm.h>

#endif /* _MMSTEP_COMPAT_ASM_TLBFLUSH_H */
