/* Struct declaration, initialization, member access. */
#include <stdio.h>

struct point {
	int x;
	int y;
};

int main(void)
{
	struct point a = { 3, 4 };
	struct point b = { .y = 7 };
	struct point c;

	c.x = a.x + b.x;
	c.y = a.y * b.y;
	printf("%d %d %d %d %d %d\n", a.x, a.y, b.x, b.y, c.x, c.y);
	return 0;
}
