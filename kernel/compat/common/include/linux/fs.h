/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the file side of linux/fs.h a character-device driver uses (struct inode,
 * struct file, struct file_operations, char device regions, default_llseek), written for mmstep.
 * They are mmstep's own, from kernel/include/linux/chardev.h: the model keeps the registry of
 * devices, so mmstep's open path (kernel/lib/chrdev_open.c) finds a driver's file_operations.
 */
#ifndef _MMSTEP_COMPAT_LINUX_FS_H
#define _MMSTEP_COMPAT_LINUX_FS_H

#include <linux/types.h>
#include <linux/kdev_t.h>
/* as in Linux, where struct address_space brings it: drivers use the XArray without including it */
#include <linux/xarray.h>
/* as in Linux (struct inode embeds a mutex) */
#include <linux/mutex.h>
/* as in Linux, where uapi/linux/fs.h brings the _IO* macros */
#include <linux/ioctl.h>

typedef unsigned short umode_t;

struct inode;
struct file;

/* A file without a position (debugfs files such as gup_test): nothing to set in the model. */
static inline int nonseekable_open(struct inode *inode, struct file *filp)
{
	return 0;
}

/* 32-bit compat ioctls: the model runs 64-bit programs only, .compat_ioctl is never called. */
#define compat_ptr_ioctl	NULL

#endif /* _MMSTEP_COMPAT_LINUX_FS_H */
