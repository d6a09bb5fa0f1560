/* Triple nested loop computing a checksum. */
#include <stdio.h>

int main(void)
{
	unsigned int i, j, k;
	unsigned long sum = 0;

	for (i = 0; i < 6; i++)
		for (j = i; j < 6; j++)
			for (k = 0; k < j; k++)
				sum = sum * 7 + (i ^ j ^ k);
	printf("%lu\n", sum);
	return 0;
}
