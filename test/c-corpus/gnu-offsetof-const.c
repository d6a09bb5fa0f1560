/* offsetof in integer constant expressions, as the kernel uses it: BUILD_BUG_ON on a layout,
 * an array sized by a member's offset, enum values, case labels and _Static_assert, through
 * member paths (a.b[2].c) and anonymous members, with sizeof and __alignof__ mixed in. Under
 * gcc each is a constant expression; mmstep must evaluate them at compile time as well. */
#include <stdio.h>
#include <stddef.h>

#define BUILD_BUG_ON(cond) ((void)sizeof(char[1 - 2 * !!(cond)]))

struct pair {
	char tag;
	int val;
};

struct rec {
	short kind;
	long b;
	char name[6];
	struct pair slot[4];
	union {
		unsigned int word;
		unsigned char bytes[4];
	};
	int last;
};

enum rec_offsets {
	OFF_B = offsetof(struct rec, b),
	OFF_NAME = __builtin_offsetof(struct rec, name),
	OFF_SLOT2_VAL = offsetof(struct rec, slot[2].val),
	OFF_WORD = offsetof(struct rec, word),
	OFF_END = offsetof(struct rec, last) + sizeof(int),
};

_Static_assert(offsetof(struct rec, b) == 8, "b after the padding of kind");
_Static_assert(offsetof(struct pair, val) == __alignof__(int), "val aligned to int");
_Static_assert(offsetof(struct rec, slot[1]) - offsetof(struct rec, slot[0]) == sizeof(struct pair), "stride");

static char before_name[offsetof(struct rec, name)];
static int table[offsetof(struct rec, slot[3].tag) / sizeof(int)];

static const char *which(unsigned long off)
{
	switch (off) {
	case offsetof(struct rec, kind):
		return "kind";
	case offsetof(struct rec, b):
		return "b";
	case offsetof(struct rec, name) ... offsetof(struct rec, slot) - 1:
		return "name";
	case offsetof(struct rec, slot[1].val):
		return "slot[1].val";
	case offsetof(struct rec, word):
		return "word";
	default:
		return "?";
	}
}

int main(void)
{
	char local[offsetof(struct rec, slot[2]) - __alignof__(long)];
	unsigned long offs[] = { 0, 8, 17, 36, OFF_WORD, 3 };
	int i;

	BUILD_BUG_ON(offsetof(struct rec, b) != 8);
	BUILD_BUG_ON(offsetof(struct rec, slot[2].val) != OFF_SLOT2_VAL);
	printf("enum: %d %d %d %d %d\n", OFF_B, OFF_NAME, OFF_SLOT2_VAL, OFF_WORD, OFF_END);
	printf("arrays: %zu %zu %zu\n", sizeof(before_name), sizeof(table), sizeof(local));
	for (i = 0; i < 6; i++)
		printf("%lu: %s\n", offs[i], which(offs[i]));
	printf("sizeof rec %zu align %zu\n", sizeof(struct rec), __alignof__(struct rec));
	table[0] = before_name[0] + 1;
	local[0] = 2;
	return table[0] + local[0] == 3 ? 0 : 1;
}
