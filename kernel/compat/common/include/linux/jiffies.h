/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: jiffies and its comparisons (linux/jiffies.h), written for mmstep. The
 * model has no wall clock: jiffies advances one tick each time it is read (get_jiffies_64, a
 * native), so a driver's timeout loop ends after HZ * seconds reads. HZ is 250 as in Debian's
 * x86-64 configs.
 */
#ifndef _MMSTEP_COMPAT_LINUX_JIFFIES_H
#define _MMSTEP_COMPAT_LINUX_JIFFIES_H

#include <linux/types.h>
#include "../../../../include/linux/driver_misc.h"

#define HZ		250
#define jiffies		((unsigned long)get_jiffies_64())

#define time_after(a, b)	((long)((b) - (a)) < 0)
#define time_before(a, b)	time_after(b, a)

static inline unsigned long msecs_to_jiffies(const unsigned int m)
{
	return (m + (1000 / HZ) - 1) / (1000 / HZ);
}

#endif /* _MMSTEP_COMPAT_LINUX_JIFFIES_H */
