/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: dev_t and MAJOR / MINOR / MKDEV (linux/kdev_t.h, linux/types.h),
 * written for mmstep: 20 minor bits, as in Linux. Declared in kernel/include/linux/chardev.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_KDEV_T_H
#define _MMSTEP_COMPAT_LINUX_KDEV_T_H

#include <linux/types.h>
#include "../../../../include/linux/chardev.h"

#endif /* _MMSTEP_COMPAT_LINUX_KDEV_T_H */
