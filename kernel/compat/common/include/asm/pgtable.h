/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: asm/pgtable.h (x86), written for mmstep. The pte / pmd value helpers are
 * natives of the model, declared by linux/mm.h with the version's signatures.
 */
#ifndef _MMSTEP_COMPAT_ASM_PGTABLE_H
#define _MMSTEP_COMPAT_ASM_PGTABLE_H

#include <linux/mm.h>

#endif /* _MMSTEP_COMPAT_ASM_PGTABLE_H */
