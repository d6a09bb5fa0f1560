/* Two-dimensional arrays and pointers to rows. */
#include <stdio.h>

int main(void)
{
	int m[3][4];
	int (*row)[4];
	int i, j, sum = 0;

	for (i = 0; i < 3; i++)
		for (j = 0; j < 4; j++)
			m[i][j] = i * 10 + j;
	row = &m[1];
	printf("%d %d\n", (*row)[2], row[1][3]);
	for (i = 0; i < 3; i++)
		sum += m[i][i];
	printf("%d\n", sum);
	printf("%zu %zu\n", sizeof(m), sizeof(m[0]));
	return 0;
}
