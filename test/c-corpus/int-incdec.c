/* Pre/post increment and decrement values. */
#include <stdio.h>

int main(void)
{
	int i = 5, j;
	unsigned char c = 255;
	unsigned int u = 0;

	j = i++;
	printf("%d %d\n", i, j);
	j = ++i;
	printf("%d %d\n", i, j);
	j = i--;
	printf("%d %d\n", i, j);
	j = --i;
	printf("%d %d\n", i, j);
	c++;
	printf("%u\n", c);
	u--;
	printf("%u\n", u);
	printf("%d\n", c++ + 1);
	printf("%u\n", c);
	return 0;
}
