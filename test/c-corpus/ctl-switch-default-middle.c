/* switch with default in the middle, falling into a later case. */
#include <stdio.h>

static const char *name(int k)
{
	const char *r = "?";

	switch (k) {
	case 1:
		r = "one";
		break;
	default:
		r = "other";
		/* fall through */
	case 5:
		if (k == 5)
			r = "five";
		break;
	case 9:
		r = "nine";
	}
	return r;
}

int main(void)
{
	int ks[] = { 1, 2, 5, 9, 100 };
	int i;

	for (i = 0; i < 5; i++)
		printf("%d %s\n", ks[i], name(ks[i]));
	return 0;
}
