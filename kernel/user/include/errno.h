/* SPDX-License-Identifier: MIT */
/*
 * errno.h - mmstep's user-space C library: Linux's error numbers.
 * Why: selftests compare errno and -errno returns against these names.
 * errno itself is an ordinary variable of the program (kernel/user/lib/libc.c).
 */
#ifndef __MMSTEP_ERRNO_H
#define __MMSTEP_ERRNO_H

extern int errno;

#define EPERM		1
#define ENOENT		2
#define ESRCH		3
#define EINTR		4
#define EIO		5
#define ENXIO		6
#define E2BIG		7
#define ENOEXEC		8
#define EBADF		9
#define ECHILD		10
#define EAGAIN		11
#define ENOMEM		12
#define EACCES		13
#define EFAULT		14
#define EBUSY		16
#define EEXIST		17
#define ENODEV		19
#define ENOTDIR		20
#define EISDIR		21
#define EINVAL		22
#define ENFILE		23
#define EMFILE		24
#define ENOTTY		25
#define EFBIG		27
#define ENOSPC		28
#define ESPIPE		29
#define EROFS		30
#define EPIPE		32
#define EDOM		33
#define ERANGE		34
#define EDEADLK		35
#define ENAMETOOLONG	36
#define ENOSYS		38
#define EOPNOTSUPP	95
#define ETIMEDOUT	110
#define EWOULDBLOCK	EAGAIN

#endif /* __MMSTEP_ERRNO_H */
