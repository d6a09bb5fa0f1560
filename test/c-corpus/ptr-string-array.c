/* An array of string pointers (names table). */
#include <stdio.h>

static const char *const state_names[] = {
	"none", "present", "migration", "device-private",
};

int main(void)
{
	unsigned int i;

	for (i = 0; i < sizeof(state_names) / sizeof(state_names[0]); i++)
		printf("%u=%s(%c)\n", i, state_names[i], state_names[i][0]);
	return 0;
}
