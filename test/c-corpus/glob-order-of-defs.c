/* A global used by a function defined before the global's definition. */
#include <stdio.h>

extern int late_value;

static int get_late(void)
{
	return late_value * 2;
}

int late_value = 21;

int main(void)
{
	printf("%d\n", get_late());
	late_value = 5;
	printf("%d\n", get_late());
	return 0;
}
