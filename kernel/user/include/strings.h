/* SPDX-License-Identifier: MIT */
/* strings.h - mmstep's user-space C library: ffs (C in kernel/user/lib/libc.c). */
#ifndef __MMSTEP_STRINGS_H
#define __MMSTEP_STRINGS_H

int ffs(int i);
int ffsl(long i);

#endif /* __MMSTEP_STRINGS_H */
