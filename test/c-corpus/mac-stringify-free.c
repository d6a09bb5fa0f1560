/* Macros expanding to string literals and character constants. */
#include <stdio.h>

#define PREFIX	"mmstep: "
#define SEP	':'
#define NAME(i)	((i) == 0 ? "src" : "dst")

int main(void)
{
	int i;

	for (i = 0; i < 2; i++)
		printf("%s%s%c%d\n", PREFIX, NAME(i), SEP, i);
	return 0;
}
