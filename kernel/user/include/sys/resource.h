/* SPDX-License-Identifier: MIT */
/* sys/resource.h - mmstep's user-space C library: resource limits (x86-64 Linux values). */
#ifndef __MMSTEP_SYS_RESOURCE_H
#define __MMSTEP_SYS_RESOURCE_H

#include <sys/types.h>

#define RLIMIT_NOFILE	7
#define RLIMIT_MEMLOCK	8
#define RLIMIT_AS	9
#define RLIM_INFINITY	(~0UL)

typedef unsigned long rlim_t;

struct rlimit {
	rlim_t rlim_cur;
	rlim_t rlim_max;
};

int getrlimit(int resource, struct rlimit *rlim);
int setrlimit(int resource, const struct rlimit *rlim);

#endif /* __MMSTEP_SYS_RESOURCE_H */
