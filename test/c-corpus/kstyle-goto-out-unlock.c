/* Lock/unlock bookkeeping with goto out_unlock on error paths. */
#include <stdio.h>

static int locked;
static int max_depth;

static void lock(void)
{
	locked++;
	if (locked > max_depth)
		max_depth = locked;
}

static void unlock(void)
{
	locked--;
}

static int collect(const int *vals, int n, int *out)
{
	int i, ret = 0;

	lock();
	for (i = 0; i < n; i++) {
		if (vals[i] < 0) {
			ret = -22;
			goto out_unlock;
		}
		if (vals[i] == 0)
			continue;
		out[i] = vals[i] * 2;
	}
	ret = n;
out_unlock:
	unlock();
	return ret;
}

int main(void)
{
	int ok[] = { 1, 0, 3 }, bad[] = { 2, -1, 5 };
	int out[3] = { 0, 0, 0 };
	int r;

	r = collect(ok, 3, out);
	printf("%d %d %d %d\n", r, out[0], out[1], out[2]);
	r = collect(bad, 3, out);
	printf("%d %d\n", r, locked);
	printf("%d\n", max_depth);
	return 0;
}
