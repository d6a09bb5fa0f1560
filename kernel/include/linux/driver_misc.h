/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: the rest of what a kernel tree's driver (lib/test_hmm.c) calls beyond
 * kernel/'s API: freeing and mapping pages, mm references, user copies, time. Written for
 * mmstep; each is a native of the model (src/mm/natives/driver-misc.ts), the user copies C.
 */
#ifndef _MMSTEP_LINUX_DRIVER_MISC_H
#define _MMSTEP_LINUX_DRIVER_MISC_H

#include <linux/mm_types.h>
#include <linux/slab.h>	/* kmalloc, kfree */

void *memcpy(void *dst, const void *src, size_t n);

/* Drop the allocation's reference (__free_pages(page, 0)). */
void __free_page(struct page *page);
struct page *alloc_page_vma(gfp_t gfp, struct vm_area_struct *vma, unsigned long addr);
/*
 * A driver's own page at addr of a user vma (its f_op->mmap): a present pte with the vma's
 * vm_page_prot (read-only unless shared and writable), a reference and a mapcount for it, and
 * VM_MIXEDMAP on the vma. -EFAULT outside the vma, -EINVAL for a page without references or an
 * anonymous one, -EBUSY when a pte is there already.
 */
int vm_insert_page(struct vm_area_struct *vma, unsigned long addr, struct page *page);

/* A page's bytes to or from a byte buffer in C memory (char / u8: a bounce buffer), natives. */
void memcpy_from_page(char *to, struct page *page, unsigned long offset, unsigned long len);
void memcpy_to_page(struct page *page, unsigned long offset, const char *from, unsigned long len);

void kmap_window_set(struct page *page, char *win);
char *kmap_window_take(struct page *page);

/*
 * kmap: C memory cannot alias a page's bytes, so the mapping is a window: a byte buffer filled
 * from the page at kmap and written back at kunmap (then freed). The same as a mapping for a
 * driver that copies through it between the two calls (lib/test_hmm.c of 6.1); a second kmap of
 * a mapped page, or a page changed by someone else while mapped, is not modelled.
 */
#define KMAP_WINDOW_BYTES	4096UL

static inline void *kmap(struct page *page)
{
	char *win = kmalloc(KMAP_WINDOW_BYTES, 0);

	memcpy_from_page(win, page, 0, KMAP_WINDOW_BYTES);
	kmap_window_set(page, win);
	return win;
}

static inline void kunmap(struct page *page)
{
	char *win = kmap_window_take(page);

	memcpy_to_page(page, 0, win, KMAP_WINDOW_BYTES);
	kfree(win);
}

/*
 * User copies: memcpy reaches user addresses through the calling process's page tables,
 * faulting pages in as the kernel's fixup would (src/c/user-string.ts). A pointer that is not
 * user memory (a test's local passed as an ioctl argument) is C memory, copied as such. The
 * char pointers give an untyped allocation (vmalloc'd bounce buffer) its byte layout first.
 * A bad address stops the run where the kernel would return the bytes not copied.
 */
static inline unsigned long copy_to_user(void *to, const void *from, unsigned long n)
{
	const char *src = from;

	memcpy(to, src, n);
	return 0;
}

static inline unsigned long copy_from_user(void *to, const void *from, unsigned long n)
{
	char *dst = to;

	memcpy(dst, from, n);
	return 0;
}

/* mm_users of a model mm: every modelled process is alive, so mmget_not_zero succeeds. */
bool mmget_not_zero(struct mm_struct *mm);
void mmput(struct mm_struct *mm);

/* The jiffies counter: one tick per read (the model has no wall clock). */
unsigned long long get_jiffies_64(void);

/* The process `current` acts for: the one set last, else the model's only process. */
struct mm_struct *current_task_mm(void);
void set_current_task_mm(struct mm_struct *mm);

#endif /* _MMSTEP_LINUX_DRIVER_MISC_H */
