/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: physical address ranges (linux/ioport.h, kernel/resource.c's
 * request_free_mem_region / release_mem_region), written for mmstep.
 *
 * The range comes from the model's device pfn space (mem_region_request_free, a native of
 * kernel/include/linux/devmem_region.h); the struct resource is allocated here, in C, as
 * Linux allocates it, and freed again by release_mem_region. iomem_resource is only a name the
 * driver passes (dropped by the macro below): the model has one tree of ranges.
 */
#ifndef _MMSTEP_COMPAT_LINUX_IOPORT_H
#define _MMSTEP_COMPAT_LINUX_IOPORT_H

#include <linux/types.h>
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/errno.h>
#include "../../../../include/linux/devmem_region.h"

#ifndef ERANGE
#define ERANGE		34
#endif

struct resource {
	unsigned long start;
	unsigned long end;
	const char *name;
	unsigned long flags;
};

/* The base resource names the tree of ranges; the model has one, so it is not read (a macro:
 * no iomem_resource object needs to exist in every unit that includes this header). */
#define request_free_mem_region(base, size, name)	__mmstep_request_free_mem_region(size, name)

static inline struct resource *__mmstep_request_free_mem_region(unsigned long size,
								 const char *name)
{
	struct resource *res = kzalloc(sizeof(*res), GFP_KERNEL);
	unsigned long start;

	if (!res)
		return ERR_PTR(-ENOMEM);
	start = mem_region_request_free(size, name, res);
	if (!start) {
		kfree(res);
		return ERR_PTR(-ERANGE);
	}
	res->start = start;
	res->end = start + size - 1;
	res->name = name;
	return res;
}

static inline void release_mem_region(unsigned long start, unsigned long n)
{
	kfree(mem_region_release(start, n));
}

#endif /* _MMSTEP_COMPAT_LINUX_IOPORT_H */
