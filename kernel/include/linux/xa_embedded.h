/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: an xarray embedded in a driver's own struct (lib/test_hmm.c's
 * `struct xarray pt` in struct dmirror), and the tagged entries it stores. Written for mmstep.
 *
 * Why: the model's xarray (linux/xarray.h) is a model object reached by pointer; a kernel
 * tree's driver embeds struct xarray by value and calls xa_init on it. xa_init makes the model
 * object and keeps a pointer to it in the struct's first word; the compat header's xa_load /
 * xa_erase pass that pointer on to the natives of linux/xarray.h, so there is one table either
 * way. Tagged entries: a struct page pointer carries its tag (0..3) beside the pfn, as
 * xa_tag_pointer puts it in the low bits in Linux; only page pointers can be tagged.
 */
#ifndef _MMSTEP_LINUX_XA_EMBEDDED_H
#define _MMSTEP_LINUX_XA_EMBEDDED_H

#include "xarray.h"

/*
 * These take the driver's struct xarray (C memory, its first field the model's object, as
 * kernel/compat/common/include/linux/xarray.h declares it); linux/xarray.h's xa_load / xa_erase
 * take the model's object itself.
 */
void xa_init(struct xarray *xa);
/* Store entry at index: the old entry (NULL if none); storing NULL erases. */
void *xa_store(struct xarray *xa, unsigned long index, void *entry, unsigned int gfp);
void xa_destroy(struct xarray *xa);
/* The first present entry at an index in [*index, max], *index set to it; NULL if none. */
void *xa_find(struct xarray *xa, unsigned long *index, unsigned long max,
	      unsigned int filter);
/* The next present entry after *index up to max, *index set to it; NULL if none. */
void *xa_find_after(struct xarray *xa, unsigned long *index, unsigned long max,
		    unsigned int filter);

void *xa_tag_pointer(void *p, unsigned long tag);
void *xa_untag_pointer(void *entry);
unsigned int xa_pointer_tag(void *entry);

#endif /* _MMSTEP_LINUX_XA_EMBEDDED_H */
