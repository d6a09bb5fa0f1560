/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: the CPU side — page faults, the TLB, page allocation for the fault paths,
 * allocating missing page-table levels, and small vma / mm predicates. Written for mmstep.
 *
 * cpu_try_access() is the hardware: it completes a user load/store through the CPU's TLB or a
 * page-table walk (filling the TLB), or says a fault is needed. The fault handlers are C
 * (kernel/mm/memory.c). Natives: src/mm/natives/cpu.ts.
 */
#ifndef _MMSTEP_LINUX_MM_FAULT_H
#define _MMSTEP_LINUX_MM_FAULT_H

#include <linux/mm_types.h>

#define VM_FAULT_OOM		0x000001
#define VM_FAULT_SIGBUS		0x000002
#define VM_FAULT_MAJOR		0x000004
#define VM_FAULT_SIGSEGV	0x000040
#define VM_FAULT_RETRY		0x000400
#define VM_FAULT_FALLBACK	0x000800
#define VM_FAULT_ERROR		(VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_SIGSEGV)

#define FAULT_FLAG_WRITE	0x01

#define MM_ANONPAGES		1

#define GFP_HIGHUSER		0x100cc2U

/* Field order: the model does not read it; C code in kernel/mm/memory.c fills it. */
struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;
	unsigned int flags;
	pmd_t *pmd;
	pte_t *pte;
	pte_t orig_pte;
	struct page *page;
	spinlock_t *ptl;
};

/* 0: done (the value read is stored in *out); 1: a page fault is needed; -EFAULT: no access */
int cpu_try_access(struct mm_struct *mm, unsigned long addr, int write, unsigned long val,
		   unsigned long *out);
vm_fault_t handle_mm_fault(struct vm_area_struct *vma, unsigned long address,
			   unsigned int flags);
/* The fault path for one user address, under the mmap lock: 0 or -EFAULT (kernel/mm/memory.c). */
int fault_in_user_page(struct mm_struct *mm, unsigned long addr, int write);
/* the same, the caller holding the mmap lock (GUP's faultin_page) */
int fault_in_user_page_locked(struct mm_struct *mm, unsigned long addr, int write);
void migration_entry_wait(struct mm_struct *mm, pmd_t *pmd, unsigned long address);
/* Queue on the entry's page lock, drop ptl, sleep until that page is unlocked. */
void migration_entry_wait_on_locked(swp_entry_t entry, spinlock_t *ptl);

struct folio *vma_alloc_zeroed_movable_folio(struct vm_area_struct *vma, unsigned long addr);
unsigned long my_zero_pfn(unsigned long addr);
pte_t pfn_pte(unsigned long pfn, pgprot_t prot);
pte_t pte_mkspecial(pte_t pte);

pud_t *pud_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long address);
pmd_t *pmd_alloc(struct mm_struct *mm, pud_t *pud, unsigned long address);
int pte_alloc(struct mm_struct *mm, pmd_t *pmd);
pte_t ptep_clear_flush(struct vm_area_struct *vma, unsigned long address, pte_t *ptep);
void flush_tlb_page(struct vm_area_struct *vma, unsigned long address);
void update_mmu_cache(struct vm_area_struct *vma, unsigned long address, pte_t *ptep);

vm_fault_t check_stable_address_space(struct mm_struct *mm);
bool userfaultfd_missing(struct vm_area_struct *vma);
int anon_vma_prepare(struct vm_area_struct *vma);
bool is_vm_hugetlb_page(struct vm_area_struct *vma);
bool vma_is_dax(struct vm_area_struct *vma);
bool vma_is_anonymous(struct vm_area_struct *vma);
struct vm_area_struct *vma_lookup(struct mm_struct *mm, unsigned long addr);
/*
 * Huge pages (src/mm/natives/huge-fault.ts): the fault of a hugetlb vma; the pmd-level fault of
 * any other vma (a transparent huge page where the vma allows one, VM_FAULT_FALLBACK for the
 * pte path otherwise); the pmd of addr when it maps a huge page, else NULL (a racy read).
 */
vm_fault_t hugetlb_fault(struct mm_struct *mm, struct vm_area_struct *vma, unsigned long address,
			 unsigned int flags);
vm_fault_t huge_pmd_fault(struct vm_area_struct *vma, unsigned long address, unsigned int flags);
pmd_t *huge_pmd_offset_addr(struct mm_struct *mm, unsigned long addr);
/* The pte of addr without taking its lock (a racy read, as hmm_range_fault does), or NULL. */
pte_t *pte_offset_map_nolock_addr(struct mm_struct *mm, unsigned long addr);
void inc_mm_counter(struct mm_struct *mm, int member);
void dec_mm_counter(struct mm_struct *mm, int member);
unsigned long get_mm_counter(struct mm_struct *mm, int member);

#endif /* _MMSTEP_LINUX_MM_FAULT_H */
