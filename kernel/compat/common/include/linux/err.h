/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: error pointers (linux/err.h), written for mmstep: the top 4095 values
 * of the address space, as in Linux; the interpreter keeps them apart from every real pointer.
 */
#ifndef _MMSTEP_COMPAT_LINUX_ERR_H
#define _MMSTEP_COMPAT_LINUX_ERR_H

#include <linux/types.h>

#define MAX_ERRNO	4095
#define IS_ERR_VALUE(x)	((unsigned long)(x) >= (unsigned long)-MAX_ERRNO)

static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline bool IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}

static inline bool IS_ERR_OR_NULL(const void *ptr)
{
	return !ptr || IS_ERR_VALUE((unsigned long)ptr);
}

#endif /* _MMSTEP_COMPAT_LINUX_ERR_H */
