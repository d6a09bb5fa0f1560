/* A local shadows a global of the same name; the global is unchanged. */
#include <stdio.h>

int value = 7;

static int read_global(void)
{
	return value;
}

int main(void)
{
	int value = 100;

	value++;
	printf("%d %d\n", value, read_global());
	{
		extern int value;

		value = 8;
	}
	printf("%d %d\n", value, read_global());
	return 0;
}
