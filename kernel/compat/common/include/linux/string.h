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
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
char *strncpy(char *dst, const char *src, size_t n);
ssize_t strscpy(char *dst, const char *src, size_t size);
char *strcat(char *dst, const char *src);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *s, const char *needle);
int sprintf(char *buf, const char *fmt, ...);
int snprintf(char *buf, size_t size, const char *fmt, ...);
int scnprintf(char *buf, size_t size, const char *fmt, ...);

#endif /* _MMSTEP_COMPAT_LINUX_STRING_H */
