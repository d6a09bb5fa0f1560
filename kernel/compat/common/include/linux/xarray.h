/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the XArray (linux/xarray.h) as a driver embeds it, written for mmstep.
 *
 * struct xarray is a member of the driver's own struct (lib/test_hmm.c's dmirror->pt); xa_init
 * makes the model's xarray object and keeps its pointer in the first field
 * (kernel/include/linux/xa_embedded.h). xa_load and xa_erase are the model's natives of
 * kernel/include/linux/xarray.h on that object. Tagged entries (xa_tag_pointer) are natives
 * too: the interpreter's pointers are not integers with free low bits.
 *
 * xa_store in the model cannot fail (no memory pressure), so no entry it returns is an error
 * entry: xa_is_err is false and xa_err 0 for every value it gives.
 */
#ifndef _MMSTEP_COMPAT_LINUX_XARRAY_H
#define _MMSTEP_COMPAT_LINUX_XARRAY_H

#include <linux/types.h>
#include <linux/gfp.h>

#include "../../../../include/linux/xa_embedded.h"

struct xarray {
	struct xarray *__mmstep_xa;	/* the model's object */
};

#define XA_PRESENT		0x08000000U

#define xa_load(xa, index)	xa_load((xa)->__mmstep_xa, index)
#define xa_erase(xa, index)	xa_erase((xa)->__mmstep_xa, index)

static inline bool xa_is_err(const void *entry)
{
	return false;
}

static inline int xa_err(void *entry)
{
	return 0;
}

#define xa_for_each_range(xa, index, entry, start, last)		\
	for (index = start,						\
	     entry = xa_find(xa, &index, last, XA_PRESENT);		\
	     entry;							\
	     entry = xa_find_after(xa, &index, last, XA_PRESENT))

#define xa_for_each(xa, index, entry)	xa_for_each_range(xa, index, entry, 0, ~0UL)

#endif /* _MMSTEP_COMPAT_LINUX_XARRAY_H */
