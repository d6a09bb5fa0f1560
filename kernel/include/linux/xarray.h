/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: a minimal xarray for a driver's device page table (dmirror keeps
 * pfn -> backing page with a WRITE / ATOMIC tag). Written for mmstep; the tag is kept beside the
 * entry instead of in the pointer's low bits (xa_tag_pointer).
 */
#ifndef _MMSTEP_LINUX_XARRAY_H
#define _MMSTEP_LINUX_XARRAY_H

struct xarray;

struct xarray *xa_create(void);
void *xa_load(struct xarray *xa, unsigned long index);
unsigned long xa_load_tag(struct xarray *xa, unsigned long index);
int xa_store_tag(struct xarray *xa, unsigned long index, void *entry, unsigned long tag);
void *xa_erase(struct xarray *xa, unsigned long index);

#endif /* _MMSTEP_LINUX_XARRAY_H */
