/* Walking a string literal with a char pointer. */
#include <stdio.h>

static int length(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return (int)(p - s);
}

int main(void)
{
	const char *msg = "page migration";
	char copy[32];
	int i, n = length(msg);

	for (i = 0; i <= n; i++)
		copy[i] = msg[i] >= 'a' && msg[i] <= 'z' ? msg[i] - 32 : msg[i];
	printf("%d %s\n", n, copy);
	printf("%c %c\n", *msg, msg[5]);
	printf("%s\n", msg + 5);
	return 0;
}
