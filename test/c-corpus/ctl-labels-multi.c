/* Several labels on one statement, a label before an empty statement at block end. */
#include <stdio.h>

static int unwind(int stage)
{
	int ret = 0, undone = 0;

	if (stage == 1) {
		ret = -1;
		goto err_a;
	}
	if (stage == 2) {
		ret = -2;
		goto err_b;
	}
	if (stage == 3)
		goto done;
	return 100;
err_b:
err_a:
	undone++;
done:
	;
	return ret * 10 + undone;
}

int main(void)
{
	int s;

	for (s = 0; s < 4; s++)
		printf("%d ", unwind(s));
	printf("\n");
	return 0;
}
