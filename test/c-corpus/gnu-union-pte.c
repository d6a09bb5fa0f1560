/* The kernel's page-table-entry shapes written for this corpus: a pte as a u64 inside a struct
 * (pte_t), a union of that u64 with a struct of bit-fields naming the x86-64 flag bits and the
 * pfn, a swap entry (type in the high bits, offset below) encoded into a non-present pte and
 * decoded again, flag updates through either view, and an array of such entries walked with
 * a pointer. */
#include <stdio.h>

typedef unsigned long u64;

typedef struct {
	u64 pte;
} pte_t;

typedef struct {
	unsigned long val;
} swp_entry_t;

union x86_pte {
	u64 val;
	struct {
		u64 present : 1;
		u64 rw : 1;
		u64 user : 1;
		u64 pwt : 1;
		u64 pcd : 1;
		u64 accessed : 1;
		u64 dirty : 1;
		u64 pse : 1;
		u64 global : 1;
		u64 soft : 3;
		u64 pfn : 40;
		u64 ignored : 11;
		u64 nx : 1;
	};
	struct {
		u64 not_present : 1;
		u64 swp_type : 5;
		u64 swp_offset : 58;
	} swp;
};

#define SWP_TYPE_BITS 5
#define SWP_TYPE_SHIFT (64 - SWP_TYPE_BITS)

static swp_entry_t swp_entry(unsigned long type, unsigned long offset)
{
	swp_entry_t e = { (type << SWP_TYPE_SHIFT) | offset };
	return e;
}

static unsigned long swp_type(swp_entry_t e)
{
	return e.val >> SWP_TYPE_SHIFT;
}

static unsigned long swp_offset(swp_entry_t e)
{
	return e.val & ((1UL << SWP_TYPE_SHIFT) - 1);
}

static pte_t mk_pte(unsigned long pfn, int write)
{
	union x86_pte u = { .val = 0 };
	pte_t p;

	u.present = 1;
	u.rw = write ? 1 : 0;
	u.accessed = 1;
	u.pfn = pfn;
	p.pte = u.val;
	return p;
}

static pte_t swp_entry_to_pte(swp_entry_t e)
{
	union x86_pte u;
	pte_t p;

	u.val = 0;
	u.swp.swp_type = swp_type(e);
	u.swp.swp_offset = swp_offset(e);
	p.pte = u.val;
	return p;
}

int main(void)
{
	pte_t ptes[4];
	pte_t *ptep;
	union x86_pte u;
	swp_entry_t e = swp_entry(3, 0x1234);
	int i;

	for (i = 0; i < 3; i++)
		ptes[i] = mk_pte(0x100 + i, i & 1);
	ptes[3] = swp_entry_to_pte(e);
	for (ptep = ptes; ptep < ptes + 4; ptep++) {
		u.val = ptep->pte;
		if (u.present)
			printf("pte %016lx present pfn=%lx rw=%u dirty=%u\n", ptep->pte, (unsigned long)u.pfn,
			       (unsigned)u.rw, (unsigned)u.dirty);
		else
			printf("pte %016lx swap type=%lu offset=%lx\n", ptep->pte, (unsigned long)u.swp.swp_type,
			       (unsigned long)u.swp.swp_offset);
	}
	u.val = ptes[1].pte;
	u.dirty = 1;
	u.nx = 1;
	printf("dirty+nx %016lx\n", u.val);
	u.val &= ~(1UL << 1);
	printf("wrprotect rw=%u val=%016lx\n", (unsigned)u.rw, u.val);
	printf("entry type=%lu offset=%lx size=%zu %zu\n", swp_type(e), swp_offset(e), sizeof(pte_t), sizeof(union x86_pte));
	return 0;
}
