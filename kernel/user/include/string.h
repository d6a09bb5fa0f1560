/* SPDX-License-Identifier: MIT */
/*
 * string.h - mmstep's user-space C library: the interpreter's string and
 * memory natives (src/c/string-natives.ts, str-natives.ts), and strerror.
 */
#ifndef __MMSTEP_STRING_H
#define __MMSTEP_STRING_H

#include <stddef.h>

void *memset(void *s, int c, size_t n);
void *memcpy(void *dest, const void *src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
int memcmp(const void *s1, const void *s2, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t maxlen);
int strcmp(const char *s1, const char *s2);
int strncmp(const char *s1, const char *s2, size_t n);
char *strcpy(char *dest, const char *src);
char *strncpy(char *dest, const char *src, size_t n);
char *strcat(char *dest, const char *src);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strerror(int errnum);

#endif /* __MMSTEP_STRING_H */
