/* A file-scope struct with nested members modified by functions. */
#include <stdio.h>

struct stats {
	unsigned long migrated;
	unsigned long failed;
	struct {
		int busy;
		int nomem;
	} reasons;
};

static struct stats stats = { .migrated = 1 };

static void account(int ok, int reason)
{
	if (ok) {
		stats.migrated++;
		return;
	}
	stats.failed++;
	if (reason == 1)
		stats.reasons.busy++;
	else
		stats.reasons.nomem++;
}

int main(void)
{
	int i;

	for (i = 0; i < 10; i++)
		account(i % 3 != 0, i % 2);
	printf("%lu %lu %d %d\n", stats.migrated, stats.failed, stats.reasons.busy, stats.reasons.nomem);
	return 0;
}
