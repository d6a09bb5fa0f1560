/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: shared anonymous memory (shmem), as far as the CPU fault path needs it.
 * A MAP_SHARED | MAP_ANONYMOUS mapping is backed by an object of the model whose pages every
 * process mapping it shares (src/mm/natives/shmem.ts). Written for mmstep.
 */
#ifndef _MMSTEP_LINUX_SHMEM_FS_H
#define _MMSTEP_LINUX_SHMEM_FS_H

#include <linux/mm_types.h>

struct folio;

/* Is vma a shared anonymous mapping (shmem_zero_setup's file behind it)? */
bool vma_is_shmem(struct vm_area_struct *vma);
/*
 * The folio at addr's page offset in vma's shmem object, found in its page cache or
 * allocated (zeroed) there, with a reference for the caller; NULL when out of memory.
 */
struct folio *shmem_vma_get_folio(struct vm_area_struct *vma, unsigned long addr);

#endif /* _MMSTEP_LINUX_SHMEM_FS_H */
