/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/uaccess.h, written for mmstep. copy_from_user and copy_to_user are the
 * natives of kernel/include/linux/driver_misc.h (user or C memory, faulting the user pages in).
 */
#ifndef _MMSTEP_COMPAT_LINUX_UACCESS_H
#define _MMSTEP_COMPAT_LINUX_UACCESS_H

#include <linux/types.h>
/* as in Linux, where uaccess.h brings current (linux/sched.h) */
#include <linux/sched.h>
#include "../../../../include/linux/driver_misc.h"

#endif /* _MMSTEP_COMPAT_LINUX_UACCESS_H */
