/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/debugfs.h, written for mmstep. A debugfs file a built-in driver creates
 * (mm/gup_test.c's "gup_test") becomes a device of the model's registry under the path
 * /sys/kernel/debug/<name> (no parent directories are modelled: parent must be NULL), so a
 * user program's open() of that path reaches the driver's file_operations through
 * kernel/fs/chrdev_syscalls.c like a character device. The file's data is not kept (the
 * drivers mmstep runs pass NULL). debugfs_remove of the returned dentry unregisters it.
 */
#ifndef _MMSTEP_COMPAT_LINUX_DEBUGFS_H
#define _MMSTEP_COMPAT_LINUX_DEBUGFS_H

#include <linux/types.h>
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/err.h>
#include "../../../../include/linux/chardev.h"

#include "../../../../include/linux/driver_gup.h"

struct dentry;

static inline struct dentry *debugfs_create_file(const char *name, umode_t mode,
						 struct dentry *parent, void *data,
						 const struct file_operations *fops)
{
	struct cdev *cdev = kzalloc(sizeof(*cdev), GFP_KERNEL);

	if (!cdev)
		return ERR_PTR(-ENOMEM);
	cdev_init(cdev, fops);
	if (parent || mmstep_debugfs_register(name, cdev)) {
		kfree(cdev);
		return ERR_PTR(-EEXIST);
	}
	return (struct dentry *)cdev;
}

/* _unsafe: no removal protection around the fops, which the model does not need */
static inline struct dentry *debugfs_create_file_unsafe(const char *name, umode_t mode,
							struct dentry *parent, void *data,
							const struct file_operations *fops)
{
	return debugfs_create_file(name, mode, parent, data, fops);
}

static inline void debugfs_remove(struct dentry *dentry)
{
	if (IS_ERR_OR_NULL(dentry))
		return;
	mmstep_debugfs_unregister((struct cdev *)dentry);
	kfree(dentry);
}

#endif /* _MMSTEP_COMPAT_LINUX_DEBUGFS_H */
