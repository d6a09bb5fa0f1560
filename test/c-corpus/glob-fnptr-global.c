/* A global function pointer that can be replaced (a hook). */
#include <stdio.h>

static int default_hook(int v) { return v; }
static int negate_hook(int v) { return -v; }

static int (*hook)(int) = default_hook;

static int run(int v)
{
	return hook ? hook(v) : 0;
}

int main(void)
{
	printf("%d\n", run(5));
	hook = negate_hook;
	printf("%d\n", run(5));
	hook = 0;
	printf("%d\n", run(5));
	return 0;
}
