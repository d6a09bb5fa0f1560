/* if / else if / else chains and dangling else. */
#include <stdio.h>

static const char *classify(int n)
{
	if (n < 0)
		return "negative";
	else if (n == 0)
		return "zero";
	else if (n < 10)
		return "small";
	else
		return "large";
}

int main(void)
{
	int v[] = { -4, 0, 7, 12 };
	int i;

	for (i = 0; i < 4; i++)
		printf("%d %s\n", v[i], classify(v[i]));
	i = 5;
	if (i > 0) {
		if (i > 10)
			printf("big\n");
		else
			printf("inner else\n");
	}
	return 0;
}
