/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: error numbers (uapi asm-generic/errno-base.h, the values every Linux
 * architecture mmstep models uses), written for mmstep. The built-in prelude has the same
 * values; each is defined only where it is not yet.
 */
#ifndef _MMSTEP_COMPAT_LINUX_ERRNO_H
#define _MMSTEP_COMPAT_LINUX_ERRNO_H

#ifndef EPERM
#define EPERM		1
#endif
#ifndef ENOENT
#define ENOENT		2
#endif
#ifndef EINTR
#define EINTR		4
#endif
#ifndef EIO
#define EIO		5
#endif
#ifndef EAGAIN
#define EAGAIN		11
#endif
#ifndef ENOMEM
#define ENOMEM		12
#endif
#ifndef EFAULT
#define EFAULT		14
#endif
#ifndef EBUSY
#define EBUSY		16
#endif
#ifndef EEXIST
#define EEXIST		17
#endif
#ifndef ENODEV
#define ENODEV		19
#endif
#ifndef EINVAL
#define EINVAL		22
#endif
#ifndef ENOSPC
#define ENOSPC		28
#endif

#endif /* _MMSTEP_COMPAT_LINUX_ERRNO_H */
