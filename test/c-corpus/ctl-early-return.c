/* Early returns from inside loops and switch. */
#include <stdio.h>

static int first_set(const unsigned char *flags, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		switch (flags[i]) {
		case 0:
			continue;
		case 0xff:
			return -1;
		default:
			return i;
		}
	}
	return n;
}

int main(void)
{
	unsigned char a[] = { 0, 0, 3, 0 };
	unsigned char b[] = { 0, 0xff, 3 };
	unsigned char c[] = { 0, 0 };

	printf("%d %d %d\n", first_set(a, 4), first_set(b, 3), first_set(c, 2));
	return 0;
}
