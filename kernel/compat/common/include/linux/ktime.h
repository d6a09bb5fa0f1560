/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/ktime.h, written for mmstep. ktime_get() reads the model's clock
 * (MmModel.clockNs, the clock user programs' clock_gettime and nanosleep see, in ns): no real
 * time passes in the model, so a driver's timing (mm/gup_test.c's get_delta_usec) is the
 * model's, the same in every run.
 */
#ifndef _MMSTEP_COMPAT_LINUX_KTIME_H
#define _MMSTEP_COMPAT_LINUX_KTIME_H

#include <linux/types.h>
/* ktime_t and the native ktime_get */
#include "../../../../include/linux/driver_gup.h"

static inline s64 ktime_to_ns(ktime_t kt)
{
	return kt;
}

static inline s64 ktime_us_delta(ktime_t later, ktime_t earlier)
{
	return (later - earlier) / 1000;
}

#endif /* _MMSTEP_COMPAT_LINUX_KTIME_H */
