/* SPDX-License-Identifier: MIT */
/*
 * stddef.h - mmstep's user-space C library (kernel/user/README.md).
 * Why: size_t, ssize_t and ptrdiff_t are built into the C subset and NULL is
 * a literal of its grammar; offsetof maps to the builtin the subset folds.
 */
#ifndef __MMSTEP_STDDEF_H
#define __MMSTEP_STDDEF_H

#define offsetof(type, member)	__builtin_offsetof(type, member)

#endif /* __MMSTEP_STDDEF_H */
