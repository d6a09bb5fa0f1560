/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: swap-format entries — migration and device-private entries (linux/swapops.h),
 * written for mmstep. The same natives in 6.1 and 6.12, declared once in
 * kernel/include/linux/swapops.h (which also keeps the 2016 names kernel/'s v13 flow uses).
 * The Kconfig table enables DEVICE_PRIVATE, so these are the real helpers, not the stubs a
 * kernel without it would get.
 */
#ifndef _MMSTEP_COMPAT_LINUX_SWAPOPS_H
#define _MMSTEP_COMPAT_LINUX_SWAPOPS_H

#include <linux/mm_types.h>
#include "../../../../include/linux/swapops.h"

#endif /* _MMSTEP_COMPAT_LINUX_SWAPOPS_H */
