/* SPDX-License-Identifier: MIT */
/*
 * assert.h - mmstep's user-space C library: a failed assert() prints the
 * expression and its place, then abort()s (kernel/user/lib/libc.c).
 */
#ifndef __MMSTEP_ASSERT_H
#define __MMSTEP_ASSERT_H

void __mmstep_assert_fail(const char *expr, const char *file, int line);

#define assert(expr)	((expr) ? (void)0 : __mmstep_assert_fail(#expr, __FILE__, __LINE__))

#endif /* __MMSTEP_ASSERT_H */
