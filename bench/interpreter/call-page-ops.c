/* Call-heavy: small helpers and ops-table calls per page (get/put, lock/unlock, copy). */
#include <stdio.h>

#define NPAGES	256
#define ROUNDS	1000

struct fpage {
	unsigned long flags;
	int refcount;
	int mapcount;
	unsigned long content;
};

struct migrate_ops {
	int (*isolate)(struct fpage *page);
	void (*copy)(struct fpage *dst, const struct fpage *src);
	void (*putback)(struct fpage *page);
};

static struct fpage src_pages[NPAGES], dst_pages[NPAGES];

static void get_page(struct fpage *p) { p->refcount++; }
static void put_page(struct fpage *p) { p->refcount--; }
static int trylock_page(struct fpage *p)
{
	if (p->flags & 1UL)
		return 0;
	p->flags |= 1UL;
	return 1;
}
static void unlock_page(struct fpage *p) { p->flags &= ~1UL; }

static int isolate(struct fpage *page)
{
	if (page->mapcount > 2)
		return -16;
	get_page(page);
	return 0;
}

static void copy(struct fpage *dst, const struct fpage *src)
{
	dst->content = src->content;
}

static void putback(struct fpage *page)
{
	put_page(page);
}

static const struct migrate_ops ops = {
	.isolate = isolate,
	.copy = copy,
	.putback = putback,
};

static int migrate_one(const struct migrate_ops *o, struct fpage *src, struct fpage *dst)
{
	int ret;

	if (!trylock_page(src))
		return -11;
	ret = o->isolate(src);
	if (ret)
		goto out_unlock;
	o->copy(dst, src);
	o->putback(src);
out_unlock:
	unlock_page(src);
	return ret;
}

int main(void)
{
	int i, r, failed = 0;
	unsigned long sum = 0;

	for (i = 0; i < NPAGES; i++) {
		src_pages[i].refcount = 1;
		src_pages[i].mapcount = i % 4;
		src_pages[i].content = (unsigned long)i * 2654435761UL;
	}
	for (r = 0; r < ROUNDS; r++)
		for (i = 0; i < NPAGES; i++)
			if (migrate_one(&ops, &src_pages[i], &dst_pages[i]))
				failed++;
	for (i = 0; i < NPAGES; i++)
		sum += dst_pages[i].content ^ (unsigned long)src_pages[i].refcount;
	printf("%d %lx\n", failed, sum);
	return 0;
}
