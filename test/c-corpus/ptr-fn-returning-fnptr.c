/* A function returning a function pointer; arrays of function pointers inside a struct. */
#include <stdio.h>

typedef long (*binop_t)(long, long);

static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }

static binop_t pick(char op)
{
	switch (op) {
	case '+':
		return add;
	case '-':
		return sub;
	default:
		return mul;
	}
}

struct calc {
	binop_t ops[3];
	int nr;
};

int main(void)
{
	struct calc c = { { add, sub, mul }, 3 };
	struct calc *cp = &c;
	const char *ops = "+-*";
	int i;

	for (i = 0; ops[i]; i++)
		printf("%ld ", pick(ops[i])(12, 5));
	printf("\n");
	for (i = 0; i < cp->nr; i++)
		printf("%ld ", cp->ops[i](7, 3));
	printf("\n");
	return 0;
}
