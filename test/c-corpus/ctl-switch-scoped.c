/* switch cases with blocks declaring locals, and break inside loops within cases. */
#include <stdio.h>

static int eval(int op, int a, int b)
{
	int r = 0;

	switch (op) {
	case 0: {
		int t = a + b;

		r = t * 2;
		break;
	}
	case 1: {
		int k;

		for (k = 0; k < b; k++) {
			if (k == 3)
				break;
			r += a;
		}
		break;
	}
	case 2:
		while (a > b) {
			a -= b;
			r++;
		}
		break;
	default:
		r = -1;
	}
	return r;
}

int main(void)
{
	int op;

	for (op = 0; op < 4; op++)
		printf("%d ", eval(op, 17, 5));
	printf("\n");
	return 0;
}
