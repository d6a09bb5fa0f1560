/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: struct range and range_len (linux/range.h), written for mmstep.
 */
#ifndef _MMSTEP_COMPAT_LINUX_RANGE_H
#define _MMSTEP_COMPAT_LINUX_RANGE_H

#include <linux/types.h>

struct range {
	u64 start;
	u64 end;
};

static inline u64 range_len(const struct range *range)
{
	return range->end - range->start + 1;
}

#endif /* _MMSTEP_COMPAT_LINUX_RANGE_H */
