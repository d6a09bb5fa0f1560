/* goto to labels inside and after a loop body (skip and restart patterns). */
#include <stdio.h>

int main(void)
{
	int i, restarts = 0, skipped = 0, sum = 0;

restart:
	for (i = 0; i < 10; i++) {
		if (i == 3 && restarts < 2) {
			restarts++;
			goto restart;
		}
		if (i % 4 == 1)
			goto skip;
		sum += i;
		continue;
skip:
		skipped++;
	}
	printf("%d %d %d\n", restarts, skipped, sum);
	return 0;
}
