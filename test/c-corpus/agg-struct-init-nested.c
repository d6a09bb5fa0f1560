/* Nested designated and positional initializers. */
#include <stdio.h>

struct inner { int a, b; };
struct outer {
	struct inner in;
	int arr[3];
	const char *name;
	struct inner pair[2];
};

int main(void)
{
	struct outer o = {
		.name = "o",
		.in = { .b = 2 },
		.arr = { [1] = 5 },
		.pair = { { 1, 2 }, [1].b = 9 },
	};
	struct outer p = { { 7, 8 }, { 1, 2, 3 }, "p" };

	printf("%d %d %d %d %d %s\n", o.in.a, o.in.b, o.arr[0], o.arr[1], o.arr[2], o.name);
	printf("%d %d %d %d\n", o.pair[0].a, o.pair[0].b, o.pair[1].a, o.pair[1].b);
	printf("%d %d %d %s %d\n", p.in.a, p.in.b, p.arr[2], p.name, p.pair[1].b);
	return 0;
}
