/* Nested structs and member chains. */
#include <stdio.h>

struct mm {
	int users;
	unsigned long total_vm;
};

struct vma {
	unsigned long vm_start, vm_end;
	struct mm *vm_mm;
	struct {
		int count;
		int flags;
	} anon;
};

struct migrate {
	struct vma *vma;
	unsigned long npages;
};

int main(void)
{
	struct mm mm = { 2, 100 };
	struct vma vma = { 0x10000, 0x20000, &mm, { 1, 4 } };
	struct migrate m = { &vma, 16 };
	struct migrate *mp = &m;

	mp->vma->vm_mm->users++;
	printf("%d %lu\n", mp->vma->vm_mm->users, mp->vma->vm_mm->total_vm);
	printf("%lx %d %d\n", mp->vma->vm_end - mp->vma->vm_start, m.vma->anon.count, vma.anon.flags);
	printf("%lu\n", (mp->vma->vm_end - mp->vma->vm_start) >> 12);
	return 0;
}
