/* The GNU builtins kernel code leans on: __builtin_expect behind likely()/unlikely() (the
 * value is the condition's, the hint changes nothing), __builtin_constant_p on literals and
 * constant expressions, __builtin_offsetof and offsetof through nested members and array
 * elements, __builtin_unreachable after a switch that covers every case, and
 * __builtin_types_compatible_p on types that are and are not the same. */
#include <stdio.h>
#include <stddef.h>

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

struct inner {
	char c;
	long v[3];
};

struct outer {
	int id;
	struct inner in;
	short tail;
};

enum state { S_IDLE, S_BUSY, S_DONE };

static const char *state_name(enum state s)
{
	switch (s) {
	case S_IDLE:
		return "idle";
	case S_BUSY:
		return "busy";
	case S_DONE:
		return "done";
	}
	__builtin_unreachable();
}

static int count_big(const int *v, int n)
{
	int i, c = 0;

	for (i = 0; i < n; i++) {
		if (unlikely(v[i] > 100))
			c++;
		else if (likely(v[i] >= 0))
			continue;
		else
			c += 10;
	}
	return c;
}

int main(void)
{
	int v[6] = { 5, 500, -1, 101, 100, 7 };
	long e = __builtin_expect(42L, 0);

	printf("expect %ld %d %d\n", e, (int)likely(3 > 2), (int)unlikely(0));
	printf("count %d\n", count_big(v, 6));
	printf("constant_p %d %d %d\n", __builtin_constant_p(7), __builtin_constant_p(3 * 4 + 1), __builtin_constant_p(sizeof(int)));
	printf("offsetof %zu %zu %zu %zu\n", offsetof(struct outer, in), __builtin_offsetof(struct outer, tail),
	       offsetof(struct outer, in.v), __builtin_offsetof(struct outer, in.v[2]));
	printf("states %s %s %s\n", state_name(S_IDLE), state_name(S_BUSY), state_name(S_DONE));
	printf("compatible %d %d %d %d\n", __builtin_types_compatible_p(int, int), __builtin_types_compatible_p(int, long),
	       __builtin_types_compatible_p(unsigned long, typeof(sizeof(int))), __builtin_types_compatible_p(struct inner, struct outer));
	return 0;
}
