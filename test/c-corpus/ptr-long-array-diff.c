/* Pointer difference and arithmetic scale with the element size. */
#include <stdio.h>

struct big { long a[3]; char tag; };

int main(void)
{
	struct big arr[4];
	long l[10];
	char c[10];
	struct big *p = &arr[3];
	long *lp = &l[9];
	char *cp = &c[9];

	printf("%ld %ld %ld\n", (long)(p - arr), (long)(lp - l), (long)(cp - c));
	printf("%ld\n", (long)((char *)p - (char *)arr));
	printf("%ld\n", (long)((char *)lp - (char *)l));
	printf("%zu\n", sizeof(struct big));
	return 0;
}
