/* Global char arrays and string pointers. */
#include <stdio.h>

char buf[32];
const char *names[3] = { "anon", "file", "shmem" };

static void build(int which)
{
	const char *s = names[which];
	int i;

	for (i = 0; s[i]; i++)
		buf[i] = s[i];
	buf[i++] = '!';
	buf[i] = 0;
}

int main(void)
{
	int k;

	for (k = 0; k < 3; k++) {
		build(k);
		printf("%s\n", buf);
	}
	return 0;
}
