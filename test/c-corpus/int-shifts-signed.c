/* Shifts of signed and small operands (promoted first). */
#include <stdio.h>

int main(void)
{
	int a = 1;
	int n = -16;
	unsigned char c = 0x81;
	long l = 1;
	int k;

	printf("%d %d %d\n", a << 30, n >> 2, n >> 31);
	printf("%d %d\n", c << 4, c >> 7);
	printf("%ld\n", l << 62);
	for (k = 0; k < 32; k += 5)
		printf("%u ", 0xffffffffu >> k);
	printf("\n");
	printf("%d\n", 0x7fffffff >> 30);
	printf("%lu\n", (unsigned long)(unsigned int)-1 << 32);
	return 0;
}
