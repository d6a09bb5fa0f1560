/* Swapping pointers and sorting an array of pointers. */
#include <stdio.h>

int main(void)
{
	int a = 5, b = 1, c = 3, d = 4;
	int *ps[4] = { &a, &b, &c, &d };
	int i, j;

	for (i = 0; i < 4; i++)
		for (j = i + 1; j < 4; j++)
			if (*ps[j] < *ps[i]) {
				int *t = ps[i];

				ps[i] = ps[j];
				ps[j] = t;
			}
	for (i = 0; i < 4; i++)
		printf("%d ", *ps[i]);
	printf("\n");
	*ps[0] = 100;
	printf("%d\n", b);
	return 0;
}
