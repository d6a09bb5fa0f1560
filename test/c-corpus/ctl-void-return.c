/* void functions with bare return statements. */
#include <stdio.h>

static int log_count;

static void log_if(int cond, const char *what)
{
	if (!cond)
		return;
	log_count++;
	printf("log: %s\n", what);
}

int main(void)
{
	log_if(1, "first");
	log_if(0, "skipped");
	log_if(2, "second");
	printf("%d\n", log_count);
	return 0;
}
