/* char arithmetic: letters, digits, signedness. */
#include <stdio.h>

int main(void)
{
	char c = 'a';
	char buf[8];
	int i;

	for (i = 0; i < 7; i++)
		buf[i] = c + i;
	buf[7] = 0;
	printf("%s\n", buf);
	printf("%d %c\n", 'Z' - 'A', 'A' + 2);
	printf("%d\n", '7' - '0');
	c = 'x';
	c -= 32;
	printf("%c %d\n", c, c);
	printf("%d\n", (char)127 + 1);
	return 0;
}
