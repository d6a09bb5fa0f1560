/* A global ops table selected at run time through a global pointer. */
#include <stdio.h>
#include <stddef.h>

struct alloc_ops {
	const char *name;
	int (*alloc)(int order);
};

static int alloc_sys(int order) { return 1 << order; }
static int alloc_dev(int order) { return order > 2 ? -12 : 100 + order; }

static const struct alloc_ops sys_ops = { .name = "system", .alloc = alloc_sys };
static const struct alloc_ops dev_ops = { .name = "device", .alloc = alloc_dev };
static const struct alloc_ops *cur_ops;

int main(void)
{
	int o;

	printf("%d\n", cur_ops == NULL);
	cur_ops = &sys_ops;
	for (o = 0; o < 4; o++)
		printf("%s %d\n", cur_ops->name, cur_ops->alloc(o));
	cur_ops = &dev_ops;
	for (o = 0; o < 4; o++)
		printf("%s %d\n", cur_ops->name, cur_ops->alloc(o));
	return 0;
}
