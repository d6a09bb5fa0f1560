/* SPDX-License-Identifier: MIT */
/*
 * linux/ioctl.h - ioctl request numbers as Linux encodes them on x86-64:
 * direction in bits 30..31 (1 write, 2 read), argument size in bits 16..29,
 * type in bits 8..15, number in bits 0..7.  mmstep's own, for user space.
 */
#ifndef __MMSTEP_USER_LINUX_IOCTL_H
#define __MMSTEP_USER_LINUX_IOCTL_H

#define _IOC_NONE	0U
#define _IOC_WRITE	1U
#define _IOC_READ	2U

#define _IOC(dir, type, nr, size) \
	(((dir) << 30) | ((size) << 16) | ((type) << 8) | (nr))

#define _IO(type, nr)		_IOC(_IOC_NONE, (type), (nr), 0)
#define _IOR(type, nr, argtype)	_IOC(_IOC_READ, (type), (nr), sizeof(argtype))
#define _IOW(type, nr, argtype)	_IOC(_IOC_WRITE, (type), (nr), sizeof(argtype))
#define _IOWR(type, nr, argtype) \
	_IOC(_IOC_READ | _IOC_WRITE, (type), (nr), sizeof(argtype))

#define _IOC_DIR(nr)	(((nr) >> 30) & 3U)
#define _IOC_TYPE(nr)	(((nr) >> 8) & 0xffU)
#define _IOC_NR(nr)	((nr) & 0xffU)
#define _IOC_SIZE(nr)	(((nr) >> 16) & 0x3fffU)

#endif /* __MMSTEP_USER_LINUX_IOCTL_H */
