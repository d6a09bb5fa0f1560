/* static local arrays and a static local counter shared across calls. */
#include <stdio.h>

static const char *state_name(int s)
{
	static const char names[][8] = { "idle", "busy", "done" };

	return s >= 0 && s < 3 ? names[s] : "bad";
}

static int record(int v)
{
	static int seen[4];
	static int n;

	if (n < 4)
		seen[n++] = v;
	return seen[0] + seen[n - 1];
}

int main(void)
{
	int i;

	for (i = -1; i < 4; i++)
		printf("%s ", state_name(i));
	printf("\n");
	for (i = 1; i <= 6; i++)
		printf("%d ", record(i * 10));
	printf("\n");
	return 0;
}
