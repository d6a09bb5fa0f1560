/* printf edge cases: precision 0 with value 0, flag combinations, h/hh truncation, negative as unsigned. */
#include <stdio.h>

int main(void)
{
	int big = 70000, neg = -1;
	unsigned int x = 0x1ff;

	printf("[%.0d] [%.0x] [%5.0d] [%.0d]\n", 0, 0, 0, 7);
	printf("[%-8d] [%+05d] [%+d] [% 5d] [%-+5d]\n", 42, 42, -42, 42, 42);
	printf("[%#x] [%#X] [%#o] [%#x]\n", 255, 255, 8, 0);
	printf("[%hd] [%hu] [%hhx] [%hhd]\n", big, big, x, 200);
	printf("[%x] [%u] [%o]\n", neg, neg, 8u);
	printf("[%5.3s] [%-5.1s] [%.10s]\n", "abcdef", "xyz", "short");
	printf("[%c] [%3c] [%-3c]\n", 65, 'b', 'c');
	printf("[%lx] [%ld] [%li]\n", (unsigned long)-2L, -9223372036854775807L - 1, 12L);
	printf("[%8.3d] [%.5u] [%10.4x]\n", 5, 42u, 0xabu);
	printf("[%zu] [%zd]\n", (size_t)0, (long)-3);
	return 0;
}
