/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: the rest of what a kernel tree's driver (lib/test_hmm.c) calls beyond
 * kernel/'s API: freeing and mapping pages, mm references, user copies, time. Written for
 * mmstep; each is a native of the model (src/mm/natives/driver-misc.ts).
 */
#ifndef _MMSTEP_LINUX_DRIVER_MISC_H
#define _MMSTEP_LINUX_DRIVER_MISC_H

#include <linux/mm_types.h>

/* Drop the allocation's reference (__free_pages(page, 0)). */
void __free_page(struct page *page);
struct page *alloc_page_vma(gfp_t gfp, struct vm_area_struct *vma, unsigned long addr);
/* Not modelled (no driver mmap of pages into a user vma): stops the run naming the call. */
int vm_insert_page(struct vm_area_struct *vma, unsigned long addr, struct page *page);

/* Page contents as bytes in C memory: not modelled yet (pages hold a value, not bytes). */
void *kmap(struct page *page);
void kunmap(struct page *page);
void memcpy_from_page(char *to, struct page *page, unsigned long offset, unsigned long len);
void memcpy_to_page(struct page *page, unsigned long offset, const char *from, unsigned long len);

/* User copies: need user virtual addresses (issue 12 item 1); until then they stop the run. */
unsigned long copy_to_user(void *to, const void *from, unsigned long n);
unsigned long copy_from_user(void *to, const void *from, unsigned long n);

/* mm_users of a model mm: every modelled process is alive, so mmget_not_zero succeeds. */
bool mmget_not_zero(struct mm_struct *mm);
void mmput(struct mm_struct *mm);

/* The jiffies counter: one tick per read (the model has no wall clock). */
unsigned long long get_jiffies_64(void);

/* The process `current` acts for: the one set last, else the model's only process. */
struct mm_struct *current_task_mm(void);
void set_current_task_mm(struct mm_struct *mm);

#endif /* _MMSTEP_LINUX_DRIVER_MISC_H */
