/* Arrays of unions and unions holding structs, written and read through the same member. */
#include <stdio.h>

struct present { unsigned long pfn; int write; };
struct swp { unsigned int type; unsigned long offset; };

struct entry {
	int kind;
	union {
		struct present p;
		struct swp s;
	};
};

int main(void)
{
	struct entry ents[4];
	int i;

	for (i = 0; i < 4; i++) {
		ents[i].kind = i % 2;
		if (ents[i].kind == 0) {
			ents[i].p.pfn = 0x100 + i;
			ents[i].p.write = i > 1;
		} else {
			ents[i].s.type = 31;
			ents[i].s.offset = 0x5000 + i;
		}
	}
	for (i = 0; i < 4; i++) {
		if (ents[i].kind == 0)
			printf("present %lx %d\n", ents[i].p.pfn, ents[i].p.write);
		else
			printf("swap %u %lx\n", ents[i].s.type, ents[i].s.offset);
	}
	printf("%zu %zu\n", sizeof(struct entry), sizeof(ents));
	return 0;
}
