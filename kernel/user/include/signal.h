/* SPDX-License-Identifier: MIT */
/* signal.h - mmstep's user-space C library: signal numbers (x86-64 Linux) and kill. */
#ifndef __MMSTEP_SIGNAL_H
#define __MMSTEP_SIGNAL_H

#include <sys/types.h>

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGBUS		7
#define SIGFPE		8
#define SIGKILL		9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGCHLD		17

int kill(pid_t pid, int sig);
int raise(int sig);

#endif /* __MMSTEP_SIGNAL_H */
