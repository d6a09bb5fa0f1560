/* Hexadecimal and octal literals and formats. */
#include <stdio.h>

int main(void)
{
	int o = 0755;
	int h = 0xBeEf;
	unsigned long big = 0xdeadbeefcafef00dUL;

	printf("%d %o %x %X\n", o, o, h, h);
	printf("%lx %lX\n", big, big);
	printf("%d %d\n", 010, 0x10);
	printf("%#x %#o\n", 255, 8);
	printf("%08x|%-6x|%6o\n", 0xab, 0xcd, 0777);
	printf("%d\n", 0);
	return 0;
}
