/* Functions with many parameters of mixed widths, pointers and structs by value. */
#include <stdio.h>
#include <stdbool.h>

struct vma_desc { unsigned long start, end; unsigned long flags; };

static long insert(struct vma_desc vma, unsigned long addr, unsigned char order, short node,
		   bool write, int *nr, unsigned long *src, long bias, char tag)
{
	long r;

	if (addr < vma.start || addr >= vma.end)
		return -14;
	*nr += 1 << order;
	src[*nr % 4] = addr >> 12;
	r = (long)((addr - vma.start) >> 12) * node + (write ? 1 : 0) + bias + tag;
	return r;
}

int main(void)
{
	struct vma_desc vma = { 0x10000, 0x20000, 0x73 };
	unsigned long src[4] = { 0 };
	int nr = 0;

	printf("%ld\n", insert(vma, 0x12000, 2, -3, true, &nr, src, -100, 'a'));
	printf("%ld\n", insert(vma, 0x8000, 0, 1, false, &nr, src, 0, 0));
	printf("%ld\n", insert(vma, 0x1f000, 0, 2, false, &nr, src, 5, '0'));
	printf("%d %lx %lx\n", nr, src[0], src[1]);
	return 0;
}
