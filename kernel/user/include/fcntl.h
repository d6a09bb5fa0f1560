/* SPDX-License-Identifier: MIT */
/* fcntl.h - mmstep's user-space C library: open() and its flags (x86-64 Linux values). */
#ifndef __MMSTEP_FCNTL_H
#define __MMSTEP_FCNTL_H

#include <sys/types.h>

#define O_RDONLY	00
#define O_WRONLY	01
#define O_RDWR		02
#define O_CREAT		0100
#define O_EXCL		0200
#define O_NOCTTY	0400
#define O_TRUNC		01000
#define O_APPEND	02000
#define O_NONBLOCK	04000
#define O_DIRECTORY	0200000
#define O_NOFOLLOW	0400000
#define O_CLOEXEC	02000000
#define O_TMPFILE	(020000000 | O_DIRECTORY)

#define AT_FDCWD	(-100)

#define F_GETFL		3
#define F_SETFL		4

int open(const char *pathname, int flags, ...);
int openat(int dirfd, const char *pathname, int flags, ...);
int creat(const char *pathname, mode_t mode);
int fcntl(int fd, int cmd, ...);

#endif /* __MMSTEP_FCNTL_H */
