/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the base of every compatibility header (linux/types.h, linux/stddef.h and
 * linux/stdbool.h in Linux), written for mmstep.
 *
 * mmstep's interpreter knows bool, true, false, size_t, NULL and the fixed-width integer
 * names as built-ins (the loader predefines __mmstep__), so they are spelled out only for
 * other compilers — gcc -fsyntax-only is the oracle the unit tests check these headers with.
 * It also selects the current forms of mmstep's own headers in kernel/include (struct
 * mm_walk_ops, struct mmu_notifier_range), which the compat headers include where the layout
 * the model's natives read is the same as the kernel version's.
 */
#ifndef _MMSTEP_COMPAT_LINUX_TYPES_H
#define _MMSTEP_COMPAT_LINUX_TYPES_H

#include <linux/kconfig.h>
#include <linux/compiler.h>

#ifndef MMSTEP_CURRENT_API
#define MMSTEP_CURRENT_API
#endif

#ifndef __mmstep__
typedef _Bool bool;
#define true	1
#define false	0
typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned long uintptr_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;
#define NULL	((void *)0)
#endif

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef short s16;
typedef int s32;
typedef long long s64;

/* uapi spellings (linux/types.h of include/uapi), for the drivers' ioctl structs */
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
typedef signed char __s8;
typedef short __s16;
typedef int __s32;
typedef long long __s64;

typedef unsigned long pgoff_t;
typedef unsigned long long phys_addr_t;
typedef long long loff_t;

struct list_head {
	struct list_head *next, *prev;
};

#endif /* _MMSTEP_COMPAT_LINUX_TYPES_H */
