/* Enum values in arithmetic, comparisons and as loop bounds. */
#include <stdio.h>

enum lru_list {
	LRU_INACTIVE_ANON,
	LRU_ACTIVE_ANON,
	LRU_INACTIVE_FILE,
	LRU_ACTIVE_FILE,
	LRU_UNEVICTABLE,
	NR_LRU_LISTS
};

#define LRU_ACTIVE 1
#define LRU_FILE 2

static int is_file_lru(enum lru_list l)
{
	return l == LRU_INACTIVE_FILE || l == LRU_ACTIVE_FILE;
}

int main(void)
{
	enum lru_list l;
	int counts[NR_LRU_LISTS] = { 0 };

	for (l = 0; l < NR_LRU_LISTS; l++)
		counts[l] = (int)l * 10 + is_file_lru(l);
	printf("%d %d\n", LRU_INACTIVE_ANON + LRU_FILE + LRU_ACTIVE, counts[LRU_ACTIVE_FILE]);
	for (l = LRU_INACTIVE_ANON; l <= LRU_UNEVICTABLE; l++)
		printf("%d ", counts[l]);
	printf("\n%d\n", NR_LRU_LISTS);
	return 0;
}
