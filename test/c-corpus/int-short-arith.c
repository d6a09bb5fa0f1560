/* short arithmetic with promotion and truncation on store. */
#include <stdio.h>

int main(void)
{
	short s = 30000;
	unsigned short u = 40000;
	short t;
	int i;

	t = s + s / 10;
	printf("%d\n", t);
	i = s + s;
	printf("%d\n", i);
	u = u * 2;
	printf("%u\n", u);
	s = -s;
	printf("%d %hd %hu\n", s, s, (unsigned short)s);
	printf("%d\n", (short)(u + 1));
	return 0;
}
