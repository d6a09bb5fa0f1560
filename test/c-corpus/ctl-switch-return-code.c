/* Exit status chosen from a switch (returns 3). */
#include <stdio.h>

static int errno_to_code(int err)
{
	switch (err) {
	case 0:
		return 0;
	case -11:
		return 2;
	case -12:
		return 3;
	default:
		return 1;
	}
}

int main(void)
{
	int err = -12;

	printf("err %d\n", err);
	return errno_to_code(err);
}
