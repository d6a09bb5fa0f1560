/* SPDX-License-Identifier: MIT */
/* sys/time.h - mmstep's user-space C library: gettimeofday. */
#ifndef __MMSTEP_SYS_TIME_H
#define __MMSTEP_SYS_TIME_H

#include <sys/types.h>

struct timeval {
	time_t		tv_sec;
	suseconds_t	tv_usec;
};

struct timezone;

int gettimeofday(struct timeval *tv, struct timezone *tz);

#endif /* __MMSTEP_SYS_TIME_H */
