/* Empty statements, empty blocks and nested scopes shadowing names. */
#include <stdio.h>

int main(void)
{
	int x = 1;

	;
	{
	}
	{
		int x = 2;

		{
			int x = 3;

			printf("%d\n", x);
		}
		printf("%d\n", x);
	}
	printf("%d\n", x);
	if (x)
		;
	else
		x = 9;
	printf("%d\n", x);
	return 0;
}
