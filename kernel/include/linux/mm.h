/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: struct page, LRU, reverse map and page-table primitives.
 *
 * Every prototype without a body here is a native of the simulator (src/mm/natives); the names
 * and argument types follow the 2016 (v4.9) kernel the HMM v13 series was written against.
 * Keep this list exactly in step with the natives (a unit test checks both directions).
 */
#ifndef _MMSTEP_LINUX_MM_H
#define _MMSTEP_LINUX_MM_H

#include <linux/mm_types.h>

/* -- struct page: references, lock, flags (natives/page.ts) -- */
void get_page(struct page *page);
void put_page(struct page *page);
int page_count(struct page *page);
int page_mapcount(struct page *page);
bool page_mapped(struct page *page);
int trylock_page(struct page *page);
void lock_page(struct page *page);
void unlock_page(struct page *page);
int PageLocked(struct page *page);
int PageLRU(struct page *page);
int PageAnon(struct page *page);
int PageCompound(struct page *page);
int PageTransCompound(struct page *page);
int PageDirty(struct page *page);
int set_page_dirty(struct page *page);
bool is_zone_device_page(struct page *page);
bool is_device_private_page(struct page *page);
struct address_space *page_mapping(struct page *page);
struct page *pfn_to_page(unsigned long pfn);
unsigned long page_to_pfn(struct page *page);

/* -- reverse map: mapcount bookkeeping only, refcount is separate -- */
void page_remove_rmap(struct page *page, bool compound);
void page_add_anon_rmap(struct page *page, struct vm_area_struct *vma,
			unsigned long address, bool compound);
void page_add_file_rmap(struct page *page, bool compound);

/* -- LRU (natives/lru.ts); isolate_lru_page returns 0 or -EBUSY -- */
int isolate_lru_page(struct page *page);
void putback_lru_page(struct page *page);
void lru_add_drain(void);
void lru_add_drain_all(void);

/* -- mmap lock (mm->mmap_sem in 2016; today's names) (natives/mmap.ts) -- */
void mmap_read_lock(struct mm_struct *mm);
void mmap_read_unlock(struct mm_struct *mm);
void mmap_write_lock(struct mm_struct *mm);
void mmap_write_unlock(struct mm_struct *mm);
void mmap_assert_locked(struct mm_struct *mm);

/* -- page-table walk and PTE lock (natives/pgtable.ts) -- */
pgd_t *pgd_offset(struct mm_struct *mm, unsigned long address);
pud_t *pud_offset(pgd_t *pgd, unsigned long address);
pmd_t *pmd_offset(pud_t *pud, unsigned long address);
int pgd_none(pgd_t pgd);
int pud_none(pud_t pud);
int pmd_none(pmd_t pmd);
int pmd_trans_huge(pmd_t pmd);
void split_huge_pmd(struct vm_area_struct *vma, pmd_t *pmd, unsigned long address);
pte_t *pte_offset_map_lock(struct mm_struct *mm, pmd_t *pmd, unsigned long address,
			   spinlock_t **ptlp);
pte_t *pte_offset_map(pmd_t *pmd, unsigned long address);
void pte_unmap(pte_t *pte);
void pte_unmap_unlock(pte_t *pte, spinlock_t *ptl);
void spin_lock(spinlock_t *lock);
void spin_unlock(spinlock_t *lock);
pte_t ptep_get_and_clear(struct mm_struct *mm, unsigned long addr, pte_t *ptep);
void set_pte_at(struct mm_struct *mm, unsigned long addr, pte_t *ptep, pte_t pte);
void flush_tlb_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
void flush_cache_page(struct vm_area_struct *vma, unsigned long vmaddr, unsigned long pfn);
void arch_enter_lazy_mmu_mode(void);
void arch_leave_lazy_mmu_mode(void);

/* -- pte values (natives/pteops.ts); present-only helpers trap on other entries -- */
int pte_none(pte_t pte);
int pte_present(pte_t pte);
unsigned long pte_pfn(pte_t pte);
int pte_write(pte_t pte);
int pte_dirty(pte_t pte);
int pte_young(pte_t pte);
int pte_soft_dirty(pte_t pte);
int pte_uffd_wp(pte_t pte);
pte_t pte_mksoft_dirty(pte_t pte);
pte_t pte_mkold(pte_t pte);
pte_t pte_mkyoung(pte_t pte);
pte_t pte_mkwrite(pte_t pte);
pte_t pte_mkdirty(pte_t pte);
pte_t maybe_mkwrite(pte_t pte, struct vm_area_struct *vma);
pte_t mk_pte(struct page *page, pgprot_t pgprot);
int is_zero_pfn(unsigned long pfn);
struct page *vm_normal_page(struct vm_area_struct *vma, unsigned long addr, pte_t pte);

/* pgd_addr_end / pud_addr_end / pmd_addr_end are built-in macros of the simulator. */

#endif /* _MMSTEP_LINUX_MM_H */
