/* SPDX-License-Identifier: MIT */
/* sched.h - mmstep's user-space C library: yielding the CPU. */
#ifndef __MMSTEP_SCHED_H
#define __MMSTEP_SCHED_H

int sched_yield(void);

#endif /* __MMSTEP_SCHED_H */
