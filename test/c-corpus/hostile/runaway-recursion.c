/* Recursion without a base case: must end at the call depth limit, not in a heap abort. */
static unsigned long down(unsigned long n)
{
	unsigned long pad[8];

	pad[n & 7] = n;
	return down(n + 1) + pad[n & 7];
}

int main(void)
{
	return (int)down(0);
}
