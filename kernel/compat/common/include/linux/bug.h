/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: assertions (linux/bug.h, asm-generic/bug.h, linux/mmdebug.h, linux/build_bug.h),
 * written for mmstep.
 *
 * In mmstep the BUG_ON / VM_BUG_ON / WARN_ON families are intrinsics of the interpreter: it
 * stops the run (BUG_ON) or reports a warning at the line with the condition's source text,
 * once per call site for the _ONCE forms (src/c/intrinsics.ts). They must reach it unexpanded,
 * so they are macros only for other compilers. VM_BUG_ON is checked even though Debian builds
 * without CONFIG_DEBUG_VM (where it only type-checks its argument): a reviewer wants to know.
 *
 * BUILD_BUG_ON is a compile-time check in both: a negative array size when the condition holds.
 */
#ifndef _MMSTEP_COMPAT_LINUX_BUG_H
#define _MMSTEP_COMPAT_LINUX_BUG_H

#include <linux/types.h>

#ifndef __mmstep__
void __mmstep_bug(const char *cond);
void __mmstep_warn(const char *cond);
#define BUG()			__mmstep_bug("BUG")
#define BUG_ON(cond)		do { if (cond) __mmstep_bug(#cond); } while (0)
#define VM_BUG_ON(cond)		BUG_ON(cond)
#define VM_BUG_ON_PAGE(cond, page)	BUG_ON(cond)
#define VM_BUG_ON_FOLIO(cond, folio)	BUG_ON(cond)
#define WARN_ON(cond) \
	({ int __mm_warn_c = !!(cond); if (__mm_warn_c) __mmstep_warn(#cond); __mm_warn_c; })
#define WARN_ON_ONCE(cond)	WARN_ON(cond)
#define WARN(cond, fmt, ...)	WARN_ON(cond)
#define WARN_ONCE(cond, fmt, ...)	WARN_ON(cond)
#define VM_WARN_ON(cond)	((void)WARN_ON(cond))
#define VM_WARN_ON_ONCE(cond)	((void)WARN_ON(cond))
#define VM_WARN_ON_FOLIO(cond, folio)	((void)WARN_ON(cond))
#endif

#define BUILD_BUG_ON(cond)	((void)sizeof(char[1 - 2 * !!(cond)]))
#define BUILD_BUG_ON_MSG(cond, msg)	BUILD_BUG_ON(cond)

#endif /* _MMSTEP_COMPAT_LINUX_BUG_H */
