/* A non-void function that falls off its end, and a caller that uses the value. */
static int pick(int n)
{
	if (n > 0)
		return n;
}

int main(void)
{
	pick(1);
	return pick(0);
}
