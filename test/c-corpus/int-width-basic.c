/* Integer widths: char 8, short 16, int 32, long 64 bits. */
#include <stdio.h>

int main(void)
{
	printf("%zu %zu %zu %zu %zu\n", sizeof(char), sizeof(short), sizeof(int),
	       sizeof(long), sizeof(long long));
	printf("%zu %zu\n", sizeof(unsigned char), sizeof(unsigned long));
	printf("%zu %zu\n", sizeof(void *), sizeof(int *));
	return 0;
}
