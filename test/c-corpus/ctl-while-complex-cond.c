/* Loop conditions with assignments and side effects. */
#include <stdio.h>

int main(void)
{
	int src[] = { 5, 3, 8, 0, 9 };
	int dst[5];
	int i = 0, n = 0, v;

	while ((v = src[i++]) != 0)
		dst[n++] = v * 2;
	printf("%d %d\n", n, i);
	for (i = 0; i < n; i++)
		printf("%d ", dst[i]);
	printf("\n");
	return 0;
}
