/* Indexing bytes of a char buffer through unsigned char pointers. */
#include <stdio.h>

int main(void)
{
	unsigned char buf[16];
	unsigned char *p;
	unsigned int sum = 0;
	int i;

	for (i = 0; i < 16; i++)
		buf[i] = (unsigned char)(i * 37);
	for (p = buf + 15; p >= buf + 8; p--)
		sum = sum * 31 + *p;
	printf("%u\n", sum);
	printf("%u %u\n", buf[7], *(buf + 13));
	return 0;
}
