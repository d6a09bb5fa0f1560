/* Arrays of structs accessed by index and by pointer. */
#include <stdio.h>

struct item {
	int id;
	unsigned long val;
};

int main(void)
{
	struct item items[4];
	struct item *it;
	unsigned long sum = 0;
	int i;

	for (i = 0; i < 4; i++) {
		items[i].id = i + 1;
		items[i].val = (unsigned long)i << 12;
	}
	for (it = items; it < items + 4; it++)
		sum += it->val + it->id;
	printf("%lu\n", sum);
	it = &items[2];
	printf("%d %lx\n", it->id, it->val);
	printf("%d %lx\n", (it - 1)->id, it[1].val);
	printf("%ld\n", (long)(&items[3] - it));
	return 0;
}
