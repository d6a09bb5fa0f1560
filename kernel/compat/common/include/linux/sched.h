/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: `current` (linux/sched.h, asm/current.h), written for mmstep.
 *
 * current is the calling task; in the model only its mm is read (lib/test_hmm.c's open records
 * current->mm). The task is a struct of this unit whose mm is the model's answer to "which
 * process is this" (current_task_mm, kernel/include/linux/driver_misc.h): the process set by
 * set_current_task_mm (mmstep's open path sets it), else the model's only process.
 */
#ifndef _MMSTEP_COMPAT_LINUX_SCHED_H
#define _MMSTEP_COMPAT_LINUX_SCHED_H

#include <linux/mm_types.h>
#include <linux/jiffies.h>
#include "../../../../include/linux/driver_misc.h"

struct task_struct {
	struct mm_struct *mm;
};

static struct task_struct __mmstep_current_task;

static inline struct task_struct *get_current(void)
{
	__mmstep_current_task.mm = current_task_mm();
	return &__mmstep_current_task;
}

#define current		get_current()

#endif /* _MMSTEP_COMPAT_LINUX_SCHED_H */
