/* Two-dimensional arrays passed to functions as int (*)[N] and indexed there. */
#include <stdio.h>

#define COLS 4

static int row_sum(int m[][COLS], int r)
{
	int c, s = 0;

	for (c = 0; c < COLS; c++)
		s += m[r][c];
	return s;
}

static void transpose_into(int (*dst)[3], int (*src)[COLS])
{
	int r, c;

	for (r = 0; r < 3; r++)
		for (c = 0; c < COLS; c++)
			dst[c][r] = src[r][c];
}

int main(void)
{
	int m[3][COLS] = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
	int t[COLS][3];
	int r;

	for (r = 0; r < 3; r++)
		printf("%d ", row_sum(m, r));
	printf("\n");
	transpose_into(t, m);
	printf("%d %d %d\n", t[0][2], t[3][0], t[2][1]);
	return 0;
}
