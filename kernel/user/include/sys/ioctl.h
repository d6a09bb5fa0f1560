/* SPDX-License-Identifier: MIT */
/* sys/ioctl.h - mmstep's user-space C library: ioctl() on a device of the model. */
#ifndef __MMSTEP_SYS_IOCTL_H
#define __MMSTEP_SYS_IOCTL_H

#include <linux/ioctl.h>

/*
 * ioctl's third argument is optional (an integer or a pointer); the C subset
 * has no va_arg, so the macro passes it, or 0, as the unsigned long the
 * kernel's unlocked_ioctl receives (kernel/user/lib/libc.c).
 */
int __mmstep_ioctl(int fd, unsigned long request, unsigned long arg);
#define ioctl(fd, request, ...) \
	__mmstep_ioctl((fd), (request), (unsigned long)(__VA_ARGS__ + 0))

#endif /* __MMSTEP_SYS_IOCTL_H */
