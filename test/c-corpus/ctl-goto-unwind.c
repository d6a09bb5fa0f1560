/* Kernel-style error unwinding with goto labels. */
#include <stdio.h>

static int taken[3];

static int acquire(int i, int fail_at)
{
	if (i == fail_at)
		return -12;
	taken[i] = 1;
	printf("acquire %d\n", i);
	return 0;
}

static void release(int i)
{
	taken[i] = 0;
	printf("release %d\n", i);
}

static int setup(int fail_at)
{
	int ret;

	ret = acquire(0, fail_at);
	if (ret)
		goto out;
	ret = acquire(1, fail_at);
	if (ret)
		goto out_release0;
	ret = acquire(2, fail_at);
	if (ret)
		goto out_release1;
	return 0;

out_release1:
	release(1);
out_release0:
	release(0);
out:
	return ret;
}

int main(void)
{
	int f;

	for (f = 0; f <= 3; f++) {
		printf("fail_at=%d -> %d\n", f, setup(f));
		printf("held %d%d%d\n", taken[0], taken[1], taken[2]);
		taken[0] = taken[1] = taken[2] = 0;
	}
	return 0;
}
