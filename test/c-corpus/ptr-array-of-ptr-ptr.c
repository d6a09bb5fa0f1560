/* int ** over an array of row pointers; pointer difference in elements. */
#include <stdio.h>

int main(void)
{
	int r0[3] = { 1, 2, 3 }, r1[3] = { 4, 5, 6 }, r2[3] = { 7, 8, 9 };
	int *rows[3] = { r0, r1, r2 };
	int **pp = rows;
	int i, j, trace = 0;

	for (i = 0; i < 3; i++)
		trace += pp[i][i];
	printf("%d\n", trace);
	pp++;
	printf("%d %d\n", **pp, *(*pp + 2));
	for (i = 0; i < 3; i++)
		for (j = 0; j < 3; j++)
			rows[i][j] *= 10;
	printf("%d %d\n", r1[1], pp[1][0]);
	printf("%ld %ld\n", (long)(pp - rows), (long)(&r0[2] - &r0[0]));
	return 0;
}
