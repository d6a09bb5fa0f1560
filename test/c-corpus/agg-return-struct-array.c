/* Filling an array of structs through a pointer parameter. */
#include <stdio.h>

struct stat { int min, max, sum; };

static struct stat stats(const int *v, int n)
{
	struct stat s = { v[0], v[0], 0 };
	int i;

	for (i = 0; i < n; i++) {
		if (v[i] < s.min)
			s.min = v[i];
		if (v[i] > s.max)
			s.max = v[i];
		s.sum += v[i];
	}
	return s;
}

int main(void)
{
	int a[] = { 4, -2, 9, 0, 7 };
	struct stat st[2];

	st[0] = stats(a, 5);
	st[1] = stats(a + 2, 2);
	printf("%d %d %d\n", st[0].min, st[0].max, st[0].sum);
	printf("%d %d %d\n", st[1].min, st[1].max, st[1].sum);
	return 0;
}
