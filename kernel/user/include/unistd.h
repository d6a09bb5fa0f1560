/* SPDX-License-Identifier: MIT */
/*
 * unistd.h - mmstep's user-space C library: file descriptors, processes and
 * sysconf.  Why: what the model implements is a native; a function it does
 * not model ends the test that calls it as SKIP (src/sim/selftest-natives.ts).
 */
#ifndef __MMSTEP_UNISTD_H
#define __MMSTEP_UNISTD_H

#include <sys/types.h>

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

#define _SC_CLK_TCK		2
#define _SC_OPEN_MAX		4
#define _SC_PAGESIZE		30
#define _SC_PAGE_SIZE		_SC_PAGESIZE
#define _SC_NPROCESSORS_CONF	83
#define _SC_NPROCESSORS_ONLN	84

ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
ssize_t pread(int fd, void *buf, size_t count, off_t offset);
ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset);
off_t lseek(int fd, off_t offset, int whence);
int close(int fd);
int ftruncate(int fd, off_t length);
int unlink(const char *pathname);
int pipe(int pipefd[2]);
int dup(int oldfd);
int dup2(int oldfd, int newfd);

pid_t fork(void);
pid_t getpid(void);
pid_t getppid(void);
int setpgrp(void);
unsigned int sleep(unsigned int seconds);
int usleep(unsigned int usec);
unsigned int alarm(unsigned int seconds);

long sysconf(int name);
int getpagesize(void);

#endif /* __MMSTEP_UNISTD_H */
