/* SPDX-License-Identifier: MIT */
/* time.h - mmstep's user-space C library: sleeping and clocks. */
#ifndef __MMSTEP_TIME_H
#define __MMSTEP_TIME_H

#include <sys/types.h>

#define CLOCK_REALTIME	0
#define CLOCK_MONOTONIC	1

typedef int clockid_t;

struct timespec {
	time_t	tv_sec;
	long	tv_nsec;
};

int nanosleep(const struct timespec *req, struct timespec *rem);
int clock_gettime(clockid_t clockid, struct timespec *tp);
time_t time(time_t *tloc);

#endif /* __MMSTEP_TIME_H */
