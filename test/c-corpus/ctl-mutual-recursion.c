/* Mutually recursive functions declared with prototypes. */
#include <stdio.h>
#include <stdbool.h>

static bool is_even(unsigned int n);
static bool is_odd(unsigned int n);

static bool is_even(unsigned int n)
{
	return n == 0 ? true : is_odd(n - 1);
}

static bool is_odd(unsigned int n)
{
	return n == 0 ? false : is_even(n - 1);
}

int main(void)
{
	unsigned int i;

	for (i = 0; i < 6; i++)
		printf("%u:%d%d ", i, is_even(i), is_odd(i));
	printf("\n");
	return 0;
}
