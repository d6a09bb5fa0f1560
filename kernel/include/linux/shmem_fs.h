/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: shared anonymous memory (shmem), as far as the CPU fault path needs it.
 * A MAP_SHARED | MAP_ANONYMOUS mapping is backed by an object of the model whose pages every
 * process mapping it shares (src/mm/natives/shmem.ts). Written for mmstep.
 */
#ifndef _MMSTEP_LINUX_SHMEM_FS_H
#define _MMSTEP_LINUX_SHMEM_FS_H

#include <linux/mm_types.h>

struct folio;

/* Is vma a shared anonymous mapping (shmem_zero_setup's file behind it)? */
bool vma_is_shmem(struct vm_area_struct *vma);
/*
 * The folio at addr's page offset in vma's shmem object, found in its page cache or
 * allocated (zeroed) there, with a reference for the caller; NULL when out of memory.
 */
struct folio *shmem_vma_get_folio(struct vm_area_struct *vma, unsigned long addr);
/* vma->vm_file != NULL: vma maps a shmem object or a tmpfs file (a private file mapping too). */
bool vma_has_file(struct vm_area_struct *vma);
/* Is addr's page offset at or past the end (i_size) of the file vma maps? (SIGBUS) */
bool shmem_vma_beyond_eof(struct vm_area_struct *vma, unsigned long addr);
/* A user access's fault ended in VM_FAULT_SIGBUS: the task gets SIGBUS (BUS_ADRERR) at addr. */
void force_sigbus_adrerr(unsigned long addr);

/*
 * tmpfs files (kernel/fs/tmpfs_file.c): the inode's page cache and i_size are model state
 * (src/mm/natives/shmem-file.ts), keyed by the struct file.
 */
struct file;
struct page;
int shmem_file_setup(struct file *file, unsigned int flags);
long long shmem_file_size(struct file *file);
int shmem_file_set_size(struct file *file, long long size);
struct page *shmem_file_page(struct file *file, unsigned long index, int create);
void shmem_file_release(struct file *file);
long shmem_copy_page_to_user(char *buf, struct page *page, unsigned long offset,
			     unsigned long len);
long shmem_copy_page_from_user(struct page *page, unsigned long offset, const char *buf,
			       unsigned long len);
/* /proc/meminfo's numbers, in pages: 0 MemTotal, 1 MemFree, 2 Shmem, 3 AnonPages. */
unsigned long mmstep_meminfo_pages(int item);

#endif /* _MMSTEP_LINUX_SHMEM_FS_H */
