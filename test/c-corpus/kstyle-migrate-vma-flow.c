/* The migrate_vma flow end to end on a toy model: setup, collect, unmap, allocate through
 * driver ops, copy, finalize/restore — with pinned pages, a hole, and an allocation failure. */
#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>

#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define NPAGES			8
#define MIGRATE_PFN_VALID	(1UL << 0)
#define MIGRATE_PFN_MIGRATE	(1UL << 1)
#define MIGRATE_PFN_WRITE	(1UL << 3)
#define MIGRATE_PFN_SHIFT	6
#define EINVAL			22
#define ENOMEM			12

enum pte_kind { PTE_NONE, PTE_PRESENT, PTE_MIGRATION };

struct page {
	unsigned long pfn;
	int refcount;
	int mapcount;
	bool locked;
	unsigned long content;
};

struct pte {
	enum pte_kind kind;
	struct page *page;
	bool write;
};

struct migrate_vma;

struct migrate_ops {
	int (*alloc_and_copy)(struct migrate_vma *m, void *priv);
	void (*finalize)(struct migrate_vma *m, void *priv);
};

struct migrate_vma {
	unsigned long start, end;
	unsigned long *src, *dst;
	unsigned long npages, cpages;
};

static struct page sys_pages[NPAGES], dev_pages[NPAGES];
static struct pte ptes[NPAGES];
static int extra_pins[NPAGES];

static unsigned long migrate_pfn(unsigned long pfn)
{
	return pfn << MIGRATE_PFN_SHIFT | MIGRATE_PFN_VALID;
}

static struct page *pfn_to_page(unsigned long mpfn)
{
	unsigned long pfn;

	if (!(mpfn & MIGRATE_PFN_VALID))
		return NULL;
	pfn = mpfn >> MIGRATE_PFN_SHIFT;
	if (pfn >= 0x100 && pfn < 0x100 + NPAGES)
		return &sys_pages[pfn - 0x100];
	if (pfn >= 0x900 && pfn < 0x900 + NPAGES)
		return &dev_pages[pfn - 0x900];
	return NULL;
}

static void collect(struct migrate_vma *m)
{
	unsigned long addr;

	for (addr = m->start; addr < m->end; addr += PAGE_SIZE) {
		struct pte *pte = &ptes[(addr - m->start) >> PAGE_SHIFT];
		unsigned long mpfn = 0;

		if (pte->kind == PTE_PRESENT) {
			struct page *page = pte->page;

			page->refcount++;
			page->locked = true;
			mpfn = migrate_pfn(page->pfn) | MIGRATE_PFN_MIGRATE;
			if (pte->write)
				mpfn |= MIGRATE_PFN_WRITE;
			pte->kind = PTE_MIGRATION;
			page->mapcount--;
			m->cpages++;
		}
		m->src[m->npages++] = mpfn;
	}
}

static void unmap_check_pins(struct migrate_vma *m)
{
	unsigned long i;

	for (i = 0; i < m->npages; i++) {
		struct page *page = pfn_to_page(m->src[i]);

		if (!page)
			continue;
		/* expected refs: one for the mapping we removed (already dropped) + ours */
		if (page->refcount - 1 + extra_pins[i] > 1) {
			m->src[i] &= ~MIGRATE_PFN_MIGRATE;
			m->cpages--;
		}
	}
}

static int dev_alloc_and_copy(struct migrate_vma *m, void *priv)
{
	int *budget = priv;
	unsigned long i;

	for (i = 0; i < m->npages; i++) {
		struct page *spage = pfn_to_page(m->src[i]);
		struct page *dpage;

		m->dst[i] = 0;
		if (!spage || !(m->src[i] & MIGRATE_PFN_MIGRATE))
			continue;
		if (*budget == 0)
			continue;
		(*budget)--;
		dpage = &dev_pages[i];
		dpage->pfn = 0x900 + i;
		dpage->refcount = 1;
		dpage->locked = true;
		dpage->content = spage->content;
		m->dst[i] = migrate_pfn(dpage->pfn);
	}
	return 0;
}

static void dev_finalize(struct migrate_vma *m, void *priv)
{
	unsigned long i;
	int *done = priv;

	for (i = 0; i < m->npages; i++) {
		struct page *spage = pfn_to_page(m->src[i]);
		struct page *dpage = pfn_to_page(m->dst[i]);
		struct pte *pte = &ptes[i];

		if (!spage)
			continue;
		if (!dpage || !(m->src[i] & MIGRATE_PFN_MIGRATE)) {
			/* restore the original mapping */
			pte->kind = PTE_PRESENT;
			pte->page = spage;
			spage->mapcount++;
		} else {
			pte->kind = PTE_PRESENT;
			pte->page = dpage;
			dpage->mapcount++;
			dpage->locked = false;
			spage->refcount--;
			(*done)++;
		}
		spage->locked = false;
		spage->refcount--;
	}
}

static const struct migrate_ops dev_ops = {
	.alloc_and_copy = dev_alloc_and_copy,
	.finalize = dev_finalize,
};

static int migrate_range(unsigned long start, unsigned long end, const struct migrate_ops *ops,
			 int budget, int *done)
{
	unsigned long src[NPAGES], dst[NPAGES];
	struct migrate_vma m = { .start = start, .end = end, .src = src, .dst = dst };
	int ret;

	if (end <= start || (end - start) >> PAGE_SHIFT > NPAGES)
		return -EINVAL;
	collect(&m);
	unmap_check_pins(&m);
	if (!m.cpages) {
		ret = 0;
		goto out_finalize;
	}
	ret = ops->alloc_and_copy(&m, &budget);
	if (ret)
		goto out_finalize;
	if (budget == 0)
		ret = -ENOMEM;
out_finalize:
	ops->finalize(&m, done);
	return ret;
}

int main(void)
{
	unsigned long start = 0x7f0000000000UL;
	int i, done = 0, ret;

	for (i = 0; i < NPAGES; i++) {
		sys_pages[i].pfn = 0x100 + i;
		sys_pages[i].refcount = 1;
		sys_pages[i].mapcount = 1;
		sys_pages[i].content = 0xc0de0000UL + i;
		ptes[i].kind = i == 3 ? PTE_NONE : PTE_PRESENT;
		ptes[i].page = i == 3 ? NULL : &sys_pages[i];
		ptes[i].write = i % 2;
	}
	extra_pins[5] = 1;
	printf("bad range %d\n", migrate_range(start, start, &dev_ops, 8, &done));
	ret = migrate_range(start, start + NPAGES * PAGE_SIZE, &dev_ops, 4, &done);
	printf("ret %d done %d\n", ret, done);
	for (i = 0; i < NPAGES; i++) {
		struct page *p = ptes[i].page;

		if (ptes[i].kind == PTE_NONE) {
			printf("%d none\n", i);
			continue;
		}
		printf("%d kind %d pfn %lx ref %d map %d locked %d content %lx\n", i, ptes[i].kind, p->pfn,
		       p->refcount, p->mapcount, p->locked, p->content);
	}
	for (i = 0; i < NPAGES; i++)
		printf("%d%d ", sys_pages[i].refcount, sys_pages[i].mapcount);
	printf("\n");
	return ret < 0 ? -ret : 0;
}
