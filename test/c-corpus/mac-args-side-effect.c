/* Macro arguments are substituted, so they are evaluated as often as they are used. */
#include <stdio.h>

#define TWICE(x)	((x) + (x))
#define ONCE(x)		(x)

static int counter;

static int next(void)
{
	return ++counter;
}

int main(void)
{
	int j = 1;
	int a, b;

	a = TWICE(next());
	printf("%d %d\n", a, counter);
	b = ONCE(j++);
	printf("%d %d\n", b, j);
	a = TWICE(counter);
	printf("%d\n", a);
	return 0;
}
