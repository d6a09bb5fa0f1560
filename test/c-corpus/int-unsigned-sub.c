/* Unsigned subtraction below zero wraps; the loop-down idiom. */
#include <stdio.h>

int main(void)
{
	unsigned long start = 0x1000, end = 0x3000;
	unsigned int i;
	unsigned long n = 5;

	printf("%lu\n", end - start);
	printf("%lx\n", start - end);
	for (i = 4; i-- > 0;)
		printf("%u ", i);
	printf("\n");
	while (n--)
		printf("%lu ", n);
	printf("\n%lu\n", n);
	return 0;
}
