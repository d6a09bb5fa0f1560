/* SPDX-License-Identifier: MIT */
/*
 * linux/types.h - the fixed-width types of Linux's user-space API headers
 * (uapi), for a selftest and the tree's uapi headers it includes
 * (lib/test_hmm_uapi.h).  mmstep's own, for user space only.
 */
#ifndef __MMSTEP_USER_LINUX_TYPES_H
#define __MMSTEP_USER_LINUX_TYPES_H

typedef signed char __s8;
typedef unsigned char __u8;
typedef short __s16;
typedef unsigned short __u16;
typedef int __s32;
typedef unsigned int __u32;
typedef long long __s64;
typedef unsigned long long __u64;

#endif /* __MMSTEP_USER_LINUX_TYPES_H */
