/* Invalidate-range notifications delivered to registered subscribers. */
#include <stdio.h>

#define MAX_SUBS 4

struct range_event {
	unsigned long start, end;
	int event;
};

typedef int (*invalidate_fn)(void *priv, const struct range_event *r);

struct subscription {
	invalidate_fn invalidate;
	void *priv;
};

static struct subscription subs[MAX_SUBS];
static int nr_subs;

static int subscribe(invalidate_fn fn, void *priv)
{
	if (nr_subs == MAX_SUBS)
		return -1;
	subs[nr_subs].invalidate = fn;
	subs[nr_subs].priv = priv;
	return nr_subs++;
}

static int notify(unsigned long start, unsigned long end, int event)
{
	struct range_event r = { start, end, event };
	int i, ret = 0;

	for (i = 0; i < nr_subs; i++)
		ret |= subs[i].invalidate(subs[i].priv, &r);
	return ret;
}

static int count_pages(void *priv, const struct range_event *r)
{
	unsigned long *n = priv;

	*n += (r->end - r->start) >> 12;
	return 0;
}

static int refuse_migrate(void *priv, const struct range_event *r)
{
	int *refused = priv;

	if (r->event == 2) {
		(*refused)++;
		return 1;
	}
	return 0;
}

int main(void)
{
	unsigned long pages = 0;
	int refused = 0;

	subscribe(count_pages, &pages);
	subscribe(refuse_migrate, &refused);
	printf("%d\n", notify(0x1000, 0x5000, 1));
	printf("%d\n", notify(0x8000, 0x9000, 2));
	printf("%lu %d\n", pages, refused);
	return 0;
}
