/* An array of function pointers indexed by enum with designated initializers and holes. */
#include <stdio.h>
#include <stddef.h>

enum op { OP_NOP, OP_INC, OP_DBL, OP_NEG, OP_HOLE, OP_SQR, NR_OPS };

static long inc(long v) { return v + 1; }
static long dbl(long v) { return v * 2; }
static long neg(long v) { return -v; }
static long sqr(long v) { return v * v; }

static long (*const handlers[NR_OPS])(long) = {
	[OP_SQR] = sqr,
	[OP_INC] = inc,
	[OP_DBL] = dbl,
	[OP_NEG] = neg,
};

int main(void)
{
	enum op prog[] = { OP_INC, OP_NOP, OP_DBL, OP_SQR, OP_HOLE, OP_NEG, OP_INC };
	long v = 2;
	unsigned int i;

	for (i = 0; i < sizeof(prog) / sizeof(prog[0]); i++) {
		if (!handlers[prog[i]]) {
			printf("skip %d\n", prog[i]);
			continue;
		}
		v = handlers[prog[i]](v);
		printf("op %d -> %ld\n", prog[i], v);
	}
	return 0;
}
