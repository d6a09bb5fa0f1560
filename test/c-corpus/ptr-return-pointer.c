/* Functions returning pointers into arrays passed in. */
#include <stdio.h>
#include <stddef.h>

struct slot {
	int key;
	int value;
};

static struct slot *find(struct slot *tbl, int n, int key)
{
	int i;

	for (i = 0; i < n; i++)
		if (tbl[i].key == key)
			return &tbl[i];
	return NULL;
}

int main(void)
{
	struct slot tbl[] = { { 3, 30 }, { 5, 50 }, { 9, 90 } };
	struct slot *s;

	s = find(tbl, 3, 5);
	if (s) {
		s->value++;
		printf("%d %ld\n", s->value, (long)(s - tbl));
	}
	s = find(tbl, 3, 4);
	printf("%s\n", s ? "found" : "missing");
	printf("%d\n", tbl[1].value);
	return 0;
}
