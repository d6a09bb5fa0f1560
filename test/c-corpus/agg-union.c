/* Unions: the last member written is the one read; size is the largest member. */
#include <stdio.h>

union val {
	unsigned long full;
	unsigned int half;
	unsigned char byte;
};

struct tagged {
	int kind;
	union {
		long i;
		const char *s;
	} u;
};

int main(void)
{
	union val v;
	struct tagged t[2];
	int k;

	v.full = 0x1122334455667788UL;
	printf("%lx\n", v.full);
	v.half = 0xabcdu;
	printf("%x\n", v.half);
	v.byte = 0xff;
	printf("%x\n", v.byte);
	printf("%zu %zu\n", sizeof(union val), sizeof(struct tagged));
	t[0].kind = 0;
	t[0].u.i = -42;
	t[1].kind = 1;
	t[1].u.s = "str";
	for (k = 0; k < 2; k++) {
		if (t[k].kind == 0)
			printf("int %ld\n", t[k].u.i);
		else
			printf("str %s\n", t[k].u.s);
	}
	return 0;
}
