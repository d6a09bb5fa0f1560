/* #undef and redefining a macro. */
#include <stdio.h>

#define VALUE 10

static int first(void)
{
	return VALUE;
}

#undef VALUE
#define VALUE 20

static int second(void)
{
	return VALUE;
}

int main(void)
{
	printf("%d %d\n", first(), second());
#undef VALUE
#ifdef VALUE
	printf("still defined\n");
#else
	printf("undefined now\n");
#endif
	return 0;
}
