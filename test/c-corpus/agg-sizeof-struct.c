/* sizeof and padding of structs with mixed member widths. */
#include <stdio.h>

struct a { char c; int i; };
struct b { char c; long l; char d; };
struct c { short s; char c; };
struct d { int i; char name[5]; };
struct e { struct b inner; char x; };
struct f { char c[3]; };
struct g { long l; int i; };

int main(void)
{
	printf("%zu %zu %zu %zu\n", sizeof(struct a), sizeof(struct b), sizeof(struct c), sizeof(struct d));
	printf("%zu %zu %zu\n", sizeof(struct e), sizeof(struct f), sizeof(struct g));
	return 0;
}
