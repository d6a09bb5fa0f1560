/* SPDX-License-Identifier: MIT */
/*
 * stdlib.h - mmstep's user-space C library.
 * Why: selftests allocate (malloc, posix_memalign: natives of the model's
 * user memory), end a test early (exit, _exit, abort: natives of the selftest
 * runner) and parse numbers (strtol, atoi: C in kernel/user/lib/libc.c).
 */
#ifndef __MMSTEP_STDLIB_H
#define __MMSTEP_STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS	0
#define EXIT_FAILURE	1

void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);
int posix_memalign(void **memptr, size_t alignment, size_t size);
void *aligned_alloc(size_t alignment, size_t size);

void exit(int status);
void _exit(int status);
void abort(void);

long strtol(const char *nptr, char **endptr, int base);
unsigned long strtoul(const char *nptr, char **endptr, int base);
int atoi(const char *nptr);
long atol(const char *nptr);
int abs(int j);
long labs(long j);
int rand(void);
void srand(unsigned int seed);
char *getenv(const char *name);

#define RAND_MAX	2147483647

#endif /* __MMSTEP_STDLIB_H */
