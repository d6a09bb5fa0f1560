/* Recursive functions: factorial, fibonacci, gcd. */
#include <stdio.h>

static unsigned long fact(unsigned int n)
{
	return n <= 1 ? 1 : n * fact(n - 1);
}

static int fib(int n)
{
	if (n < 2)
		return n;
	return fib(n - 1) + fib(n - 2);
}

static unsigned long gcd(unsigned long a, unsigned long b)
{
	return b ? gcd(b, a % b) : a;
}

int main(void)
{
	printf("%lu %lu\n", fact(10), fact(20));
	printf("%d\n", fib(15));
	printf("%lu\n", gcd(1071, 462));
	return 0;
}
