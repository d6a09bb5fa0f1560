/* Reaching the closing brace of main returns 0 (C99); printf returns the count it wrote. */
#include <stdio.h>

int main(void)
{
	int n = printf("abc\n");

	n += printf("%d|%s\n", 12345, "xy");
	printf("%d\n", n);
}
