/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/oom.h, written for mmstep. migrate_device.c includes it for
 * check_stable_address_space (a native, declared with the fault-path natives of linux/mm.h).
 */
#ifndef _MMSTEP_COMPAT_LINUX_OOM_H
#define _MMSTEP_COMPAT_LINUX_OOM_H

#include <linux/mm.h>

#endif /* _MMSTEP_COMPAT_LINUX_OOM_H */
