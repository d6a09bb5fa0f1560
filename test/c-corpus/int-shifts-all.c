/* Shifts of 64-bit values by every count 0..63. */
#include <stdio.h>

int main(void)
{
	unsigned long sum = 0, x;
	int i;

	for (i = 0; i < 64; i++) {
		x = 1UL << i;
		sum ^= x >> (i / 2);
		if (i % 8 == 0 || i == 63)
			printf("%d %lx %lx\n", i, x, ~0UL >> i);
	}
	printf("%lx\n", sum);
	printf("%lx %lx\n", 0x8000000000000000UL >> 63, 1UL << 63);
	return 0;
}
