/* printf length modifiers, flags, width and precision. */
#include <stdio.h>

int main(void)
{
	long l = -1234567890123L;
	unsigned char c = 200;
	short s = -3;

	printf("[%5d] [%-5d] [%05d] [%+d]\n", 42, 42, 42, 42);
	printf("[%.3d] [%8.4x] [% d]\n", 7, 0xab, 9);
	printf("[%ld] [%lu] [%lx]\n", l, (unsigned long)l, (unsigned long)l);
	printf("[%hhu] [%hhd] [%hd] [%hu]\n", c, c, s, s);
	printf("[%lld] [%llu]\n", -5LL, 5ULL);
	printf("[%zu] [%zx]\n", sizeof(long), (size_t)255);
	printf("[%c%c] [%s] [%.2s] [%5s] [%-5s]\n", 'o', 'k', "text", "text", "ab", "ab");
	printf("100%%\n");
	return 0;
}
