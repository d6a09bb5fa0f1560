/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: the types of the simulated memory-management objects.
 *
 * Written for mmstep (not taken from Linux). Entry types are plain 64-bit values whose bit
 * layout is defined by the model (src/mm/pte.ts); model objects (struct page, mm_struct,
 * vm_area_struct, spinlock_t) live in the simulator and C reaches them through pointers.
 */
#ifndef _MMSTEP_LINUX_MM_TYPES_H
#define _MMSTEP_LINUX_MM_TYPES_H

typedef unsigned long pte_t;
typedef unsigned long pmd_t;
typedef unsigned long pud_t;
typedef unsigned long pgd_t;
typedef unsigned long pgprot_t;
typedef unsigned long swp_entry_t;
typedef unsigned int vm_fault_t;
typedef unsigned int gfp_t;

/*
 * A model object: only these fields are readable from C; everything else goes through the
 * accessors (page_count, PageLocked, ...) declared in linux/mm.h. zone_device_data is the
 * driver's (writable) private pointer of a ZONE_DEVICE page.
 */
struct page {
	unsigned long index;
	void *zone_device_data;
};
/*
 * A folio and its head page are one object at one address (Linux: struct folio begins with a
 * union whose first member is struct page page): &folio->page is the head page. Nothing else
 * of a folio is read as a field; the folio_* accessors are natives.
 */
#ifndef __MMSTEP_COMPAT_FOLIO	/* kernel trees' compat mm_types.h declares its own */
struct folio {
	struct page page;
};
#endif
struct address_space;
struct spinlock;
typedef struct spinlock spinlock_t;

struct mm_struct {
	int map_count;			/* number of VMAs */
};

struct vm_area_struct {
	struct mm_struct *vm_mm;	/* the address space we belong to */
	unsigned long vm_start;
	unsigned long vm_end;		/* first byte after the area */
	unsigned long vm_flags;		/* VM_* below */
	pgprot_t vm_page_prot;		/* protection of new ptes */
};

#define VM_READ		0x00000001
#define VM_WRITE	0x00000002
#define VM_EXEC		0x00000004
#define VM_SHARED	0x00000008
#define VM_MAYSHARE	0x00000080
#define VM_IO		0x00004000
#define VM_DONTEXPAND	0x00040000
#define VM_PFNMAP	0x00000400
#define VM_MIXEDMAP	0x10000000
#define VM_SPECIAL	(VM_IO | VM_DONTEXPAND | VM_PFNMAP | VM_MIXEDMAP)

#endif /* _MMSTEP_LINUX_MM_TYPES_H */
