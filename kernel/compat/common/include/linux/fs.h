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

#endif /* _MMSTEP_COMPAT_LINUX_FS_H */
