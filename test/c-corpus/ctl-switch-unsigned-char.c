/* switch on char values and on an enum with negative cases. */
#include <stdio.h>

static int kind(char c)
{
	switch (c) {
	case 'a': case 'e': case 'i': case 'o': case 'u':
		return 1;
	case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		return 2;
	case ' ':
		return 0;
	default:
		return 3;
	}
}

int main(void)
{
	const char *s = "pte 42 is out";
	int counts[4] = { 0, 0, 0, 0 };
	int i;

	for (i = 0; s[i]; i++)
		counts[kind(s[i])]++;
	printf("%d %d %d %d\n", counts[0], counts[1], counts[2], counts[3]);
	switch (-2) {
	case -2:
		printf("neg\n");
		break;
	}
	return 0;
}
