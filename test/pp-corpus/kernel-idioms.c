/* Kernel-style macro idioms written for mmstep's tests (not kernel code). */
#include <idioms.h>

struct page { unsigned long flags; struct list_head lru; int refcount; };

static int collect(struct list_head *head, unsigned long start, unsigned long end)
{
	struct page *page, *next;
	unsigned long npages = min(end - start, PAGE_SIZE * 4) >> PAGE_SHIFT;
	int largest = max_t(int, npages, 1);
	BUILD_BUG_ON(sizeof(struct page) < 8);
	list_for_each_entry(page, head, lru) {
		if (unlikely(!page))
			continue;
		WRITE_ONCE(page->refcount, READ_ONCE(page->refcount) + 1);
	}
	list_for_each_entry_safe(page, next, head,
				 lru)
		list_del(&page->lru);
	if (WARN_ON(npages > 512))
		return -EINVAL;
	pr_debug("collected %lu pages\n", npages);
	pr_info("range %lx-%lx\n", start, end);
	return container_of(head, struct page, lru)->refcount + largest + clamp(npages, 1, 8);
}
