/* Enums: implicit and explicit values, use as ints. */
#include <stdio.h>

enum migrate_mode {
	MIGRATE_ASYNC,
	MIGRATE_SYNC_LIGHT,
	MIGRATE_SYNC,
};

enum flags {
	F_A = 1,
	F_B = 4,
	F_C,
	F_D = F_B * 4,
	F_NEG = -3,
	F_AFTER,
};

int main(void)
{
	enum migrate_mode m = MIGRATE_SYNC;
	int f = F_A | F_D;

	printf("%d %d %d\n", MIGRATE_ASYNC, MIGRATE_SYNC_LIGHT, m);
	printf("%d %d %d %d %d\n", F_B, F_C, F_D, F_NEG, F_AFTER);
	printf("%d\n", f);
	printf("%zu\n", sizeof(enum flags));
	m = MIGRATE_ASYNC;
	printf("%d\n", m == MIGRATE_ASYNC);
	return 0;
}
