/* sizeof does not evaluate its operand: no side effects, no calls. */
#include <stdio.h>

static int calls;

static long f(void)
{
	calls++;
	return 1;
}

int main(void)
{
	int i = 5;
	int arr[3 + 4 * 2 + (1 << 2)];
	unsigned long n;

	n = sizeof(i++);
	printf("%lu %d\n", n, i);
	n = sizeof(f());
	printf("%lu %d\n", n, calls);
	n = sizeof(arr[i++]) + sizeof arr;
	printf("%lu %d\n", n, i);
	return 0;
}
