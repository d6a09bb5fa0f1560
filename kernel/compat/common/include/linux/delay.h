/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/delay.h, written for mmstep. The model has no wall clock to wait
 * on; nothing here is called by the files mmstep runs.
 */
#ifndef _MMSTEP_COMPAT_LINUX_DELAY_H
#define _MMSTEP_COMPAT_LINUX_DELAY_H

#include <linux/types.h>

#endif /* _MMSTEP_COMPAT_LINUX_DELAY_H */
