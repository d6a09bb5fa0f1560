/* Copying elements of an array of structs. */
#include <stdio.h>

struct pte_slot { unsigned long val; int present; };

int main(void)
{
	struct pte_slot src[4], dst[4];
	int i;

	for (i = 0; i < 4; i++) {
		src[i].val = 0x1000UL * (i + 1) | 0x67;
		src[i].present = i != 2;
	}
	for (i = 0; i < 4; i++)
		dst[3 - i] = src[i];
	for (i = 0; i < 4; i++)
		printf("%lx %d\n", dst[i].val, dst[i].present);
	return 0;
}
