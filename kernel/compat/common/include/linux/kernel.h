/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the small helpers of linux/kernel.h, linux/container_of.h, linux/minmax.h and
 * linux/stddef.h kernel files use, written for mmstep. container_of is an intrinsic of the
 * interpreter (it steps back from a member to its struct); the others are ordinary macros, as
 * mmstep's built-in prelude has them.
 */
#ifndef _MMSTEP_COMPAT_LINUX_KERNEL_H
#define _MMSTEP_COMPAT_LINUX_KERNEL_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/bug.h>
#include <linux/printk.h>
#include <linux/errno.h>
#include <asm/page.h>
/* the initcall macros (late_initcall of a built-in driver) */
#include <linux/init.h>

#ifndef __mmstep__
#define offsetof(type, member)	__builtin_offsetof(type, member)
#define container_of(ptr, type, member)					\
	((type *)((char *)(ptr) - offsetof(type, member)))
#endif

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]))
#endif
#ifndef min
#define min(a, b) ((a) < (b) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) ((a) > (b) ? (a) : (b))
#endif
#ifndef BIT
#define BIT(nr) (1UL << (nr))
#endif

#define INT_MAX		((int)(~0U >> 1))
#define UINT_MAX	(~0U)
#define LONG_MAX	((long)(~0UL >> 1))
#define ULONG_MAX	(~0UL)
#define IS_ALIGNED(x, a)	(((x) & ((typeof(x))(a) - 1)) == 0)

/* linux/kernel.h: a __u64 of a uapi struct as a user pointer */
#define u64_to_user_ptr(x)	((void __user *)(uintptr_t)(x))

#endif /* _MMSTEP_COMPAT_LINUX_KERNEL_H */
