/* Negative errno returns propagated up through callers; exit code from the last one. */
#include <stdio.h>

#define EBUSY	16
#define ENOMEM	12
#define EAGAIN	11

static int isolate(int idx)
{
	if (idx == 2)
		return -EBUSY;
	return 0;
}

static int alloc_dst(int idx, int budget)
{
	return idx >= budget ? -ENOMEM : 0;
}

static int migrate_one(int idx, int budget)
{
	int ret;

	ret = isolate(idx);
	if (ret)
		return ret;
	ret = alloc_dst(idx, budget);
	if (ret)
		goto out_putback;
	return 0;
out_putback:
	printf("putback %d\n", idx);
	return ret;
}

int main(void)
{
	int i, ret = 0, nr_failed = 0;

	for (i = 0; i < 6; i++) {
		ret = migrate_one(i, 4);
		printf("%d -> %d\n", i, ret);
		if (ret == -ENOMEM)
			break;
		if (ret)
			nr_failed++;
	}
	printf("failed %d\n", nr_failed);
	return -ret;
}
