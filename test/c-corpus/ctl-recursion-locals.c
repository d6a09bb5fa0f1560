/* Each recursive frame has its own locals and arrays; pointers to them passed down. */
#include <stdio.h>

static int out[64][3];
static int nr_out;

static void permute(int *vals, int k, int n)
{
	int i, tmp;
	int saved[3];

	if (k == n) {
		for (i = 0; i < n; i++)
			out[nr_out][i] = vals[i];
		nr_out++;
		return;
	}
	for (i = 0; i < n; i++)
		saved[i] = vals[i];
	for (i = k; i < n; i++) {
		tmp = vals[k];
		vals[k] = vals[i];
		vals[i] = tmp;
		permute(vals, k + 1, n);
		tmp = vals[k];
		vals[k] = vals[i];
		vals[i] = tmp;
	}
	for (i = 0; i < n; i++)
		if (saved[i] != vals[i])
			printf("frame %d corrupted\n", k);
}

static int sum_frames(int depth, int *parent_local)
{
	int mine = depth * 10;

	if (depth == 0)
		return *parent_local;
	return mine + sum_frames(depth - 1, &mine) + (parent_local ? *parent_local : 0);
}

int main(void)
{
	int v[3] = { 1, 2, 3 };
	int i;

	permute(v, 0, 3);
	for (i = 0; i < nr_out; i++)
		printf("%d%d%d ", out[i][0], out[i][1], out[i][2]);
	printf("\n%d\n", sum_frames(4, 0));
	return 0;
}
