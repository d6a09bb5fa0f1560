/* An ops table with designated initializers, like migrate callbacks. */
#include <stdio.h>

struct page_ops {
	int (*alloc)(int n);
	void (*copy)(int *dst, const int *src, int n);
	const char *name;
	int (*finalize)(int n);
};

static int my_alloc(int n)
{
	return n > 4 ? -12 : n;
}

static void my_copy(int *dst, const int *src, int n)
{
	int i;

	for (i = 0; i < n; i++)
		dst[i] = src[i] + 100;
}

static const struct page_ops ops = {
	.name = "dmirror",
	.copy = my_copy,
	.alloc = my_alloc,
};

int main(void)
{
	int src[3] = { 1, 2, 3 }, dst[3];

	printf("%s %d %d\n", ops.name, ops.alloc(3), ops.alloc(8));
	ops.copy(dst, src, 3);
	printf("%d %d %d\n", dst[0], dst[1], dst[2]);
	printf("%d\n", ops.finalize == NULL);
	return 0;
}
