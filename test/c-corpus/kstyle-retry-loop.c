/* Retry passes over a list of pages, like migrate_pages' pass loop. */
#include <stdio.h>

#define NR_MAX_PASSES	3
#define EAGAIN		11

static int busy_until[5] = { 0, 2, 0, 5, 1 };

static int try_migrate(int idx, int pass)
{
	return pass < busy_until[idx] ? -EAGAIN : 0;
}

int main(void)
{
	int done[5] = { 0 };
	int pass, i, retry = 1, nr_succeeded = 0, nr_failed = 0;

	for (pass = 0; pass < NR_MAX_PASSES && retry; pass++) {
		retry = 0;
		for (i = 0; i < 5; i++) {
			int rc;

			if (done[i])
				continue;
			rc = try_migrate(i, pass);
			switch (rc) {
			case -EAGAIN:
				retry++;
				break;
			case 0:
				done[i] = 1;
				nr_succeeded++;
				break;
			default:
				nr_failed++;
				done[i] = 1;
				break;
			}
		}
		printf("pass %d retry %d ok %d\n", pass, retry, nr_succeeded);
	}
	nr_failed += retry;
	printf("%d %d\n", nr_succeeded, nr_failed);
	return nr_failed;
}
