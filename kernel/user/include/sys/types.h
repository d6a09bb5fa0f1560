/* SPDX-License-Identifier: MIT */
/*
 * sys/types.h - mmstep's user-space C library (x86-64 Linux).
 * Why: the system call prototypes of the other headers use these types.
 */
#ifndef __MMSTEP_SYS_TYPES_H
#define __MMSTEP_SYS_TYPES_H

#include <stddef.h>
#include <stdint.h>

typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef long off_t;
typedef long time_t;
typedef long suseconds_t;
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;

#endif /* __MMSTEP_SYS_TYPES_H */
