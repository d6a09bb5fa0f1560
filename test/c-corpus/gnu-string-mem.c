/* The mem* functions as kernel code calls them, on char buffers, int arrays and structs:
 * memset with 0 and with a byte on a char buffer, memcpy of structs and array slices, memmove
 * with overlapping ranges in both directions, memcmp (sign of the first differing byte,
 * unsigned; equal structs; a prefix), memchr finding the first match or NULL. */
#include "kshim.h"
#include <stdio.h>

struct range {
	unsigned long start;
	unsigned long end;
	int flags;
};

static int sign(int v)
{
	return v < 0 ? -1 : v > 0 ? 1 : 0;
}

static void show(const char *what, const int *v, int n)
{
	int i;

	printf("%s:", what);
	for (i = 0; i < n; i++)
		printf(" %d", v[i]);
	printf("\n");
}

int main(void)
{
	char buf[16];
	int v[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	int w[8];
	struct range a = { 0x1000, 0x2000, 3 };
	struct range b;
	struct range many[3];
	unsigned char hi[2] = { 0x80, 1 };
	unsigned char lo[2] = { 0x7f, 1 };
	char *hit;

	memset(buf, 'x', sizeof(buf) - 1);
	buf[15] = '\0';
	printf("memset '%s'\n", buf);
	memset(buf + 4, 0, 4);
	printf("after hole '%s' '%s'\n", buf, buf + 8);
	memcpy(&b, &a, sizeof(a));
	printf("memcpy %lx %lx %d cmp=%d\n", b.start, b.end, b.flags, memcmp(&a, &b, sizeof(a)));
	b.flags = 4;
	printf("cmp after change %d\n", sign(memcmp(&a, &b, sizeof(a))));
	memset(many, 0, sizeof(many));
	memcpy(&many[1], &a, sizeof(a));
	printf("array of structs %lx %lx %lx\n", many[0].start, many[1].end, many[2].start);
	memcpy(w, v, sizeof(v));
	memmove(w + 2, w, 5 * sizeof(int));
	show("move up", w, 8);
	memcpy(w, v, sizeof(v));
	memmove(w, w + 3, 5 * sizeof(int));
	show("move down", w, 8);
	printf("unsigned cmp %d %d %d\n", sign(memcmp(hi, lo, 2)), sign(memcmp(lo, hi, 2)), memcmp(hi, hi, 0));
	printf("prefix cmp %d %d\n", memcmp("abcdef", "abcxyz", 3), sign(memcmp("abcdef", "abcxyz", 4)));
	memcpy(buf, "hello, world", 13);
	hit = memchr(buf, 'o', 13);
	printf("memchr %ld '%s'\n", hit ? hit - buf : -1L, hit ? hit : "");
	hit = memchr(buf, 'z', 13);
	printf("memchr none %d\n", hit == NULL);
	hit = memchr(buf, 'w', 5);
	printf("memchr short %d\n", hit == NULL);
	return 0;
}
