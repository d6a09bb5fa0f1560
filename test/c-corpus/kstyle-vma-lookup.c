/* find_vma-style search over a sorted array of VMAs. */
#include <stdio.h>
#include <stddef.h>

struct vma {
	unsigned long vm_start, vm_end;
	unsigned long vm_flags;
};

#define VM_READ		0x1UL
#define VM_WRITE	0x2UL
#define VM_SHARED	0x8UL

static struct vma vmas[] = {
	{ 0x10000, 0x20000, VM_READ },
	{ 0x30000, 0x38000, VM_READ | VM_WRITE },
	{ 0x40000, 0x80000, VM_READ | VM_WRITE | VM_SHARED },
};

static struct vma *find_vma(unsigned long addr)
{
	int lo = 0, hi = (int)(sizeof(vmas) / sizeof(vmas[0])) - 1;

	while (lo <= hi) {
		int mid = lo + (hi - lo) / 2;

		if (addr < vmas[mid].vm_start)
			hi = mid - 1;
		else if (addr >= vmas[mid].vm_end)
			lo = mid + 1;
		else
			return &vmas[mid];
	}
	return NULL;
}

int main(void)
{
	unsigned long q[] = { 0x10000, 0x1ffff, 0x20000, 0x33000, 0x7ffff, 0x90000 };
	unsigned int i;

	for (i = 0; i < 6; i++) {
		struct vma *v = find_vma(q[i]);

		if (v)
			printf("%lx in [%lx,%lx) %s\n", q[i], v->vm_start, v->vm_end,
			       v->vm_flags & VM_SHARED ? "shared" : "private");
		else
			printf("%lx unmapped\n", q[i]);
	}
	return 0;
}
