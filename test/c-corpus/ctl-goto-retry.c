/* goto backward: a retry loop. */
#include <stdio.h>

int main(void)
{
	int attempts = 0;
	int busy = 3;

again:
	attempts++;
	if (busy > 0) {
		busy--;
		printf("busy, retry\n");
		goto again;
	}
	printf("done after %d\n", attempts);
	return 0;
}
