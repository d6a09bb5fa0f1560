/* SPDX-License-Identifier: MIT */
/*
 * mmstep: what user space does to a process while its pages migrate — loads and stores (C over
 * the fault paths, kernel/mm/memory.c), fork, mprotect, munmap, mremap, madvise, GUP pins
 * (natives, src/mm/natives/vmops.ts), and the end-of-run leak check. Written for mmstep.
 */
#ifndef _MMSTEP_LINUX_MM_USER_H
#define _MMSTEP_LINUX_MM_USER_H

#include <linux/mm_types.h>

#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4

#define MADV_DONTNEED	4
#define MADV_FREE	8

/* kernel/mm/memory.c: a CPU load / store, taking page faults as needed (0 or -EFAULT) */
int user_access(struct mm_struct *mm, unsigned long addr, int write, unsigned long val,
		unsigned long *out);
int user_write(struct mm_struct *mm, unsigned long addr, unsigned long val);
long user_read(struct mm_struct *mm, unsigned long addr);
/* kernel/mm/gup.c: pin one page (FOLL_PIN, optionally FOLL_LONGTERM); 0 or -errno */
int pin_user_page(struct mm_struct *mm, unsigned long addr, int write, int longterm,
		  struct page **pagep);

#define MAP_PRIVATE_ANON	0x0
#define MAP_SHARED_ANON		0x1
#define MAP_PRIVATE_FILE	0x2

/* natives */
long mmap_mm(struct mm_struct *mm, unsigned long addr, unsigned long len, unsigned long prot,
	     unsigned long flags);
struct mm_struct *fork_mm(struct mm_struct *mm);
int mprotect_mm(struct mm_struct *mm, unsigned long start, unsigned long len, unsigned long prot);
int munmap_mm(struct mm_struct *mm, unsigned long start, unsigned long len);
int madvise_mm(struct mm_struct *mm, unsigned long start, unsigned long len, int advice);
long mremap_mm(struct mm_struct *mm, unsigned long old_addr, unsigned long len,
	       unsigned long new_addr);
/* 0 pinned, 1 fault needed, 2 long-term pin of device-coherent memory, -EFAULT */
int gup_try_pin(struct mm_struct *mm, unsigned long addr, int write, int longterm,
		struct page **pagep);
void unpin_user_page(struct page *page);
/* number of leaks found (locks held, references unexplained); each is a 'leak' violation */
int mm_check_quiescent(void);
void mm_set_dying(struct mm_struct *mm, bool dying);

#endif /* _MMSTEP_LINUX_MM_USER_H */
