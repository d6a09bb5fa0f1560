/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/platform_device.h, written for mmstep. No platform bus in the
 * model; the header only brings struct device.
 */
#ifndef _MMSTEP_COMPAT_LINUX_PLATFORM_DEVICE_H
#define _MMSTEP_COMPAT_LINUX_PLATFORM_DEVICE_H

#include <linux/device.h>

#endif /* _MMSTEP_COMPAT_LINUX_PLATFORM_DEVICE_H */
