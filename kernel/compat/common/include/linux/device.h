/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the struct device calls of linux/device.h a character device uses
 * (device_initialize, dev_set_name, put_device), written for mmstep; declared in
 * kernel/include/linux/chardev.h. The model keeps the name; struct device has only the fields
 * the drivers read or set (devt).
 */
#ifndef _MMSTEP_COMPAT_LINUX_DEVICE_H
#define _MMSTEP_COMPAT_LINUX_DEVICE_H

#include <linux/kdev_t.h>
#include <linux/kernel.h>

#endif /* _MMSTEP_COMPAT_LINUX_DEVICE_H */
