/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: ZONE_DEVICE memory (linux/memremap.h), written for mmstep. struct dev_pagemap
 * (the model serves type, owner, ops, first_pfn and nr_pages by name), enum memory_type and the
 * device natives are mmstep's own, from kernel/include/linux/memremap.h; the folio predicates
 * 6.12 uses (folio_is_device_private / _coherent) come with linux/mm_types.h (mm_compat.h).
 * is_device_private_page is declared by linux/mm.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MEMREMAP_H
#define _MMSTEP_COMPAT_LINUX_MEMREMAP_H

#include <linux/mm_types.h>
#include "../../../../include/linux/memremap.h"

#endif /* _MMSTEP_COMPAT_LINUX_MEMREMAP_H */
