/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: struct cdev and cdev_init / cdev_add / cdev_del / cdev_device_add
 * (linux/cdev.h), written for mmstep; declared in kernel/include/linux/chardev.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_CDEV_H
#define _MMSTEP_COMPAT_LINUX_CDEV_H

#include <linux/kdev_t.h>
#include <linux/device.h>

#endif /* _MMSTEP_COMPAT_LINUX_CDEV_H */
