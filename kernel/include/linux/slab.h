/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: kmalloc and friends, and the string functions (linux/slab.h,
 * linux/string.h), for the C in kernel/. Written for mmstep. They are natives of the
 * interpreter's C runtime (src/c/heap.ts, src/c/str-natives.ts, src/c/string-natives.ts):
 * kfree(NULL) is allowed; a double free or a use after kfree stops the run at the line.
 */
#ifndef _MMSTEP_LINUX_SLAB_H
#define _MMSTEP_LINUX_SLAB_H

#include <linux/mm_types.h>

void *kmalloc(size_t size, gfp_t flags);
void *kzalloc(size_t size, gfp_t flags);
void *kmalloc_array(size_t n, size_t size, gfp_t flags);
void *kcalloc(size_t n, size_t size, gfp_t flags);
void *krealloc(const void *p, size_t new_size, gfp_t flags);
void kfree(const void *p);
void *kvmalloc(size_t size, gfp_t flags);
void *kvzalloc(size_t size, gfp_t flags);
void *kvmalloc_array(size_t n, size_t size, gfp_t flags);
void *kvcalloc(size_t n, size_t size, gfp_t flags);
void kvfree(const void *p);

void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
ssize_t strscpy(char *dst, const char *src, size_t size);
int snprintf(char *buf, size_t size, const char *fmt, ...);
int scnprintf(char *buf, size_t size, const char *fmt, ...);

#endif /* _MMSTEP_LINUX_SLAB_H */
