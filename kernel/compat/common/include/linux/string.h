/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the string functions kernel files call (linux/string.h), written for mmstep.
 * They are natives of the interpreter's C runtime (issue 8 item 4), not of the memory model.
 */
#ifndef _MMSTEP_COMPAT_LINUX_STRING_H
#define _MMSTEP_COMPAT_LINUX_STRING_H

#include <linux/types.h>

void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

#endif /* _MMSTEP_COMPAT_LINUX_STRING_H */
