/* Array initializers: partial, designated, inferred size. */
#include <stdio.h>

int main(void)
{
	int a[6] = { 1, 2 };
	int b[] = { 5, 6, 7 };
	int c[8] = { [2] = 20, [6] = 60, 70 };
	char s[8] = "abc";
	unsigned int i;

	for (i = 0; i < 6; i++)
		printf("%d ", a[i]);
	printf("\n%zu\n", sizeof(b) / sizeof(b[0]));
	for (i = 0; i < 8; i++)
		printf("%d ", c[i]);
	printf("\n%s %d %d\n", s, s[3], s[7]);
	return 0;
}
