/* SPDX-License-Identifier: MIT */
/* sys/ioctl.h - mmstep's user-space C library: ioctl() on a device of the model. */
#ifndef __MMSTEP_SYS_IOCTL_H
#define __MMSTEP_SYS_IOCTL_H

#include <linux/ioctl.h>

int ioctl(int fd, unsigned long request, ...);

#endif /* __MMSTEP_SYS_IOCTL_H */
