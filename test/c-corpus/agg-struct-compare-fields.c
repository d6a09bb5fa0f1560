/* Comparing structs field by field through a helper. */
#include <stdio.h>
#include <stdbool.h>

struct key { unsigned long mm; unsigned long addr; };

static bool key_eq(const struct key *a, const struct key *b)
{
	return a->mm == b->mm && a->addr == b->addr;
}

static int key_cmp(struct key a, struct key b)
{
	if (a.mm != b.mm)
		return a.mm < b.mm ? -1 : 1;
	if (a.addr != b.addr)
		return a.addr < b.addr ? -1 : 1;
	return 0;
}

int main(void)
{
	struct key k1 = { 1, 0x1000 }, k2 = { 1, 0x2000 }, k3 = k1;

	printf("%d %d\n", key_eq(&k1, &k2), key_eq(&k1, &k3));
	printf("%d %d %d\n", key_cmp(k1, k2), key_cmp(k2, k1), key_cmp(k1, k3));
	return 0;
}
