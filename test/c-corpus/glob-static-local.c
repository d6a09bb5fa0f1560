/* A static local keeps its value between calls. */
#include <stdio.h>

static int next_id(void)
{
	static int id = 100;

	return id++;
}

int main(void)
{
	int a = next_id();
	int b = next_id();
	int c = next_id();

	printf("%d %d %d\n", a, b, c);
	return 0;
}
