/* kshim.h: the kernel's string and allocation functions for the corpus's gnu-*.c programs.
 * Under gcc they are written here over libc (kmalloc is malloc, strscpy has the kernel's
 * -E2BIG contract, scnprintf returns what it wrote), so a program calls the kernel names and
 * runs natively; under mmstep (which defines __mmstep__, or at least not __GNUC__) they are
 * the interpreter's natives, declared here with the kernel's prototypes. Written for mmstep;
 * not kernel code. */
#ifndef KSHIM_H
#define KSHIM_H

#include <stddef.h>

#define GFP_KERNEL	0xcc0u
#define __GFP_ZERO	0x100u
#define E2BIG		7

#if defined(__GNUC__) && !defined(__mmstep__)
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned int gfp_t;

static inline void *kmalloc(size_t size, gfp_t flags)
{
	return (flags & __GFP_ZERO) ? calloc(1, size ? size : 1) : malloc(size ? size : 1);
}

static inline void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}

static inline void *kmalloc_array(size_t n, size_t size, gfp_t flags)
{
	if (size && n > SIZE_MAX / size)
		return NULL;
	return kmalloc(n * size, flags);
}

static inline void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	return kmalloc_array(n, size, flags | __GFP_ZERO);
}

static inline void *krealloc(const void *p, size_t size, gfp_t flags)
{
	(void)flags;
	return realloc((void *)p, size ? size : 1);
}

static inline void *kvmalloc(size_t size, gfp_t flags) { return kmalloc(size, flags); }
static inline void *kvzalloc(size_t size, gfp_t flags) { return kzalloc(size, flags); }
static inline void kfree(const void *p) { free((void *)p); }
static inline void kvfree(const void *p) { free((void *)p); }

static inline long strscpy(char *dst, const char *src, size_t size)
{
	size_t len;

	if (size == 0)
		return -E2BIG;
	len = strnlen(src, size);
	if (len == size) {
		memcpy(dst, src, size - 1);
		dst[size - 1] = '\0';
		return -E2BIG;
	}
	memcpy(dst, src, len + 1);
	return (long)len;
}

static inline int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	if (size == 0)
		return 0;
	return n < (int)size ? n : (int)size - 1;
}
#else
void *kmalloc(size_t size, gfp_t flags);
void *kzalloc(size_t size, gfp_t flags);
void *kmalloc_array(size_t n, size_t size, gfp_t flags);
void *kcalloc(size_t n, size_t size, gfp_t flags);
void *krealloc(const void *p, size_t size, gfp_t flags);
void *kvmalloc(size_t size, gfp_t flags);
void *kvzalloc(size_t size, gfp_t flags);
void kfree(const void *p);
void kvfree(const void *p);
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
long strscpy(char *dst, const char *src, size_t size);
char *strcat(char *dst, const char *src);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *s, const char *needle);
int sprintf(char *buf, const char *fmt, ...);
int snprintf(char *buf, size_t size, const char *fmt, ...);
int scnprintf(char *buf, size_t size, const char *fmt, ...);
int printf(const char *fmt, ...);
#endif

#endif /* KSHIM_H */
