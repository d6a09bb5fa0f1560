/* = { 0 } and = { } zero the whole aggregate. */
#include <stdio.h>

struct big {
	int a;
	long b[4];
	struct { char c; short s; } in;
	void *p;
};

int main(void)
{
	struct big x = { 0 };
	struct big y = { };
	int arr[5] = { 0 };

	printf("%d %ld %ld %d %d %d\n", x.a, x.b[0], x.b[3], x.in.c, x.in.s, x.p == 0);
	printf("%d %ld %d\n", y.a, y.b[2], y.in.s);
	printf("%d %d\n", arr[0], arr[4]);
	return 0;
}
