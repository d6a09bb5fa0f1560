/* An enum used to index a table and as a switch tag. */
#include <stdio.h>

enum pte_kind { PTE_NONE, PTE_PRESENT, PTE_MIGRATION, PTE_DEVICE, NR_PTE_KINDS };

static const char *const kind_name[NR_PTE_KINDS] = {
	[PTE_NONE] = "none",
	[PTE_PRESENT] = "present",
	[PTE_MIGRATION] = "migration",
	[PTE_DEVICE] = "device",
};

static int weight(enum pte_kind k)
{
	switch (k) {
	case PTE_NONE:
		return 0;
	case PTE_PRESENT:
		return 1;
	case PTE_MIGRATION:
	case PTE_DEVICE:
		return 2;
	default:
		return -1;
	}
}

int main(void)
{
	enum pte_kind k;

	for (k = PTE_NONE; k < NR_PTE_KINDS; k++)
		printf("%s %d\n", kind_name[k], weight(k));
	return 0;
}
