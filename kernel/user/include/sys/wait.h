/* SPDX-License-Identifier: MIT */
/* sys/wait.h - mmstep's user-space C library: waiting for a child and reading its status. */
#ifndef __MMSTEP_SYS_WAIT_H
#define __MMSTEP_SYS_WAIT_H

#include <sys/types.h>
/* As glibc's does: the signal numbers a status is compared with (WTERMSIG). */
#include <signal.h>

#define WNOHANG		1
#define WUNTRACED	2

/* The status word: exit code in bits 8..15, terminating signal in bits 0..6. */
#define WEXITSTATUS(status)	(((status) & 0xff00) >> 8)
#define WTERMSIG(status)	((status) & 0x7f)
#define WIFEXITED(status)	(WTERMSIG(status) == 0)
#define WIFSIGNALED(status)	(WTERMSIG(status) != 0 && WTERMSIG(status) != 0x7f)

pid_t wait(int *wstatus);
pid_t waitpid(pid_t pid, int *wstatus, int options);

#endif /* __MMSTEP_SYS_WAIT_H */
