/* A header shared by corpus programs: include guard, macros, a struct and static inline helpers. */
#ifndef CORPUS_UTIL_H
#define CORPUS_UTIL_H

#define CU_PAGE_SHIFT	12
#define CU_PAGE_SIZE	(1UL << CU_PAGE_SHIFT)
#define CU_NR(start, end)	(((end) - (start)) >> CU_PAGE_SHIFT)

struct cu_range {
	unsigned long start;
	unsigned long end;
};

static inline unsigned long cu_range_pages(const struct cu_range *r)
{
	return CU_NR(r->start, r->end);
}

static inline int cu_range_contains(const struct cu_range *r, unsigned long addr)
{
	return addr >= r->start && addr < r->end;
}

extern int cu_counter;

#endif /* CORPUS_UTIL_H */
