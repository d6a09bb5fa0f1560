/* Deep nesting: struct -> array of structs -> array member, via pointers. */
#include <stdio.h>

struct pte_table { unsigned long ptes[4]; int nr_present; };
struct pmd_table { struct pte_table tables[2]; };
struct mm { struct pmd_table pmd; const char *name; };

int main(void)
{
	struct mm mm = { .name = "mm1" };
	struct pmd_table *pmd = &mm.pmd;
	int t, i;

	for (t = 0; t < 2; t++)
		for (i = 0; i < 4; i++)
			if ((t + i) % 2 == 0) {
				pmd->tables[t].ptes[i] = (unsigned long)(t * 4 + i) << 12 | 1;
				pmd->tables[t].nr_present++;
			}
	printf("%s %d %d\n", mm.name, mm.pmd.tables[0].nr_present, pmd->tables[1].nr_present);
	printf("%lx %lx\n", mm.pmd.tables[1].ptes[1], (&pmd->tables[0])->ptes[2]);
	printf("%zu %zu\n", sizeof(struct pte_table), sizeof(mm.pmd));
	return 0;
}
