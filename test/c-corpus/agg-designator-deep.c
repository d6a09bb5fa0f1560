/* Deep designators: .member[index].member, array of structs by index, mixed with positional. */
#include <stdio.h>

struct pte_info { unsigned long pfn; int flags; };
struct table {
	int nr;
	struct pte_info ents[4];
	const char *name;
};

static struct table t = {
	.ents[2].pfn = 0x22,
	.ents[1] = { 0x11, 1 },
	.name = "t",
	.nr = 3,
	.ents[2].flags = 4,
};

static struct pte_info list[5] = {
	[3] = { .flags = 9 },
	[1] = { 0x100 },
	{ 0x200, 2 },
};

int main(void)
{
	int i;

	printf("%d %s\n", t.nr, t.name);
	for (i = 0; i < 4; i++)
		printf("(%lx %d) ", t.ents[i].pfn, t.ents[i].flags);
	printf("\n");
	for (i = 0; i < 5; i++)
		printf("(%lx %d) ", list[i].pfn, list[i].flags);
	printf("\n");
	return 0;
}
