/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: what kernel trees' built-in test drivers (mm/gup_test.c) call beyond a
 * device driver's natives (driver_misc.h): the page lookup of get_user_pages, the pin checks,
 * dump_page, ktime_get on the model's clock, kunmap_local's page lookup and debugfs files.
 * Natives of src/mm/natives/gup.ts; the compat headers (linux/mm_gup.h, debugfs.h, ktime.h,
 * highmem.h) build the kernel's API over them. Written for mmstep.
 */
#ifndef _MMSTEP_LINUX_DRIVER_GUP_H
#define _MMSTEP_LINUX_DRIVER_GUP_H

struct mm_struct;
struct page;
struct cdev;

/*
 * One page of mm at addr: 0 with *pagep referenced (and pinned if pin), 1 if it must be
 * faulted in first, 2 if it is device-coherent and longterm (*pagep referenced, not pinned:
 * migrate it out and try again), -EFAULT (no vma, or one that does not allow the access).
 */
int gup_try_grab(struct mm_struct *mm, unsigned long addr, int write, int pin, int longterm,
		 struct page **pagep);
/* FOLL_PIN pins of the page (the model counts them exactly) */
bool page_maybe_dma_pinned(struct page *page);
/* false for device-coherent memory (no CMA or ZONE_MOVABLE in the model) */
bool is_longterm_pinnable_page(struct page *page);
/* the page's counts and zone in the run's warnings */
void dump_page(struct page *page, const char *reason);

/* ns of the model's clock (MmModel.clockNs) */
typedef long long ktime_t;
ktime_t ktime_get(void);

/* the page whose kmap window win is */
struct page *kmap_window_page(const void *win);

/* cdev as /sys/kernel/debug/<name>: 0, or -EEXIST; and its removal */
int mmstep_debugfs_register(const char *name, struct cdev *cdev);
void mmstep_debugfs_unregister(struct cdev *cdev);

#endif /* _MMSTEP_LINUX_DRIVER_GUP_H */
