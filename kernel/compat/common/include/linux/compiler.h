/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: compiler annotations kernel files use (linux/compiler.h,
 * linux/compiler_attributes.h, linux/compiler_types.h), written for mmstep. The sparse
 * annotations and the attributes mean nothing to the simulator, so most expand to nothing;
 * likely()/unlikely() are the value itself (mmstep's built-in prelude spells them the same).
 */
#ifndef _MMSTEP_COMPAT_LINUX_COMPILER_H
#define _MMSTEP_COMPAT_LINUX_COMPILER_H

#define __always_unused		__attribute__((__unused__))
#define __maybe_unused		__attribute__((__unused__))
#define __always_inline		inline
#define noinline
#define __must_check
#define __read_mostly
#define __rcu
#define __force
#define __bitwise
#define __iomem
#define __user
#define __init
#define __exit
#define notrace

#ifndef likely
#define likely(x) (x)
#endif
#ifndef unlikely
#define unlikely(x) (x)
#endif
#ifndef READ_ONCE
#define READ_ONCE(x) (x)
#endif
#ifndef WRITE_ONCE
#define WRITE_ONCE(x, val) ((x) = (val))
#endif

#define barrier()		do { } while (0)

#endif /* _MMSTEP_COMPAT_LINUX_COMPILER_H */
