/* Short-circuit guards a NULL pointer dereference. */
#include <stdio.h>
#include <stddef.h>

struct obj {
	int ready;
	struct obj *peer;
};

static int ready(struct obj *o)
{
	return o && o->ready && (!o->peer || o->peer->ready);
}

int main(void)
{
	struct obj a = { 1, NULL }, b = { 1, &a }, c = { 0, &b }, d = { 1, &c };

	printf("%d %d %d %d %d\n", ready(NULL), ready(&a), ready(&b), ready(&c), ready(&d));
	return 0;
}
