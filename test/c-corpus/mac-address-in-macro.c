/* Macros whose body takes the address of what they are given, or of a local they name. */
#include <stdio.h>

#define ADDR(v)		(&(v))
#define BUMP(v)		(*ADDR(v) += 1)
#define SLOT(a, i)	(&(a)[i])
#define FIELD(s)	(&(s).count)
#define PLOCAL		(&local)

struct counter {
	int count;
	int limit;
};

static void set_to(int *p, int v)
{
	*p = v;
}

int main(void)
{
	int x = 1;
	int local = 10;
	unsigned long words[4] = { 0 };
	struct counter c = { .count = 5, .limit = 9 };
	int *p = ADDR(x);

	*p = 4;
	BUMP(x);
	*SLOT(words, 2) = 7;
	set_to(FIELD(c), 8);
	*PLOCAL += 1;
	printf("%d %lu %d %d %d\n", x, words[2], c.count, c.limit, local);
	return 0;
}
