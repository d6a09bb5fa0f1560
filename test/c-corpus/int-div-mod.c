/* Division truncates toward zero; % has the sign of the dividend. */
#include <stdio.h>

int main(void)
{
	int a[] = { 7, -7, 7, -7, 0, 13, -13 };
	int b[] = { 2, 2, -2, -2, 5, 4, 4 };
	int i;

	for (i = 0; i < 7; i++)
		printf("%d/%d=%d %d%%%d=%d\n", a[i], b[i], a[i] / b[i], a[i], b[i], a[i] % b[i]);
	printf("%u %u\n", 7u / 2u, 4294967295u % 10u);
	printf("%ld %ld\n", -9L / 4L, -9L % 4L);
	printf("%lu\n", 0xffffffffffffffffUL / 3);
	printf("%u\n", -7 / 2u);
	return 0;
}
