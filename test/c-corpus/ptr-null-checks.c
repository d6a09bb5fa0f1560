/* Pointer truth values: if (p), !p, p && *p, ternaries choosing pointers. */
#include <stdio.h>
#include <stddef.h>

struct node { int v; struct node *next; };

static int depth(const struct node *n)
{
	int d = 0;

	while (n) {
		d++;
		n = n->next;
	}
	return d;
}

int main(void)
{
	struct node c = { 3, NULL }, b = { 2, &c }, a = { 1, &b };
	struct node *none = NULL;
	struct node *pick;
	int zero = 0;
	int *zp = &zero;

	pick = none ? none : &b;
	printf("%d %d %d\n", depth(&a), depth(none), pick->v);
	printf("%d %d %d\n", !none, !!pick, zp && *zp);
	if (a.next && a.next->next && !a.next->next->next)
		printf("three\n");
	return 0;
}
