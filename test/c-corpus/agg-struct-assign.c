/* Struct assignment copies every member, including arrays. */
#include <stdio.h>

struct snap {
	unsigned long pfn;
	int refs[3];
	char tag;
};

int main(void)
{
	struct snap a = { 0x1234, { 1, 2, 3 }, 'a' };
	struct snap b;

	b = a;
	a.refs[1] = 99;
	a.pfn = 0;
	a.tag = 'z';
	printf("%lx %d %d %d %c\n", b.pfn, b.refs[0], b.refs[1], b.refs[2], b.tag);
	printf("%lx %d %c\n", a.pfn, a.refs[1], a.tag);
	return 0;
}
