/* while and do-while; do runs its body at least once. */
#include <stdio.h>

int main(void)
{
	int n = 0, steps = 0;
	unsigned long x = 27;

	do {
		n++;
	} while (n < 0);
	printf("%d\n", n);
	while (x != 1) {
		x = x % 2 ? 3 * x + 1 : x / 2;
		steps++;
	}
	printf("%d\n", steps);
	n = 10;
	while (n-- > 7)
		;
	printf("%d\n", n);
	return 0;
}
