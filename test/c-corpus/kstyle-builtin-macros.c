/* Kernel helper macros with the kernel's definitions, used only if not built in:
 * the interpreter's built-in versions must behave like these, edge cases included. */
#include <stdio.h>
#include <stddef.h>

#ifndef PAGE_SHIFT
#define PAGE_SHIFT	12
#endif
#ifndef PAGE_SIZE
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#endif
#ifndef BIT
#define BIT(nr)		(1UL << (nr))
#endif
#ifndef __ALIGN_KERNEL_MASK
#define __ALIGN_KERNEL_MASK(x, mask)	(((x) + (mask)) & ~(mask))
#endif
#ifndef ALIGN
#define ALIGN(x, a)	__ALIGN_KERNEL_MASK(x, (typeof(x))(a) - 1)
#endif
#ifndef ALIGN_DOWN
#define ALIGN_DOWN(x, a)	ALIGN((x) - ((a) - 1), (a))
#endif
#ifndef IS_ALIGNED
#define IS_ALIGNED(x, a)	(((x) & ((typeof(x))(a) - 1)) == 0)
#endif
#ifndef ARRAY_SIZE
#define ARRAY_SIZE(arr)	(sizeof(arr) / sizeof((arr)[0]))
#endif
#ifndef READ_ONCE
#define READ_ONCE(x)	(*(const volatile typeof(x) *)&(x))
#endif
#ifndef WRITE_ONCE
#define WRITE_ONCE(x, val)	do { *(volatile typeof(x) *)&(x) = (val); } while (0)
#endif

int main(void)
{
	unsigned long addr = 0x12345;
	unsigned int small = 0xfffff001u;
	unsigned int sizes[] = { 0, 1, 4095, 4096, 4097 };
	unsigned long word = 0;
	unsigned int i;

	printf("%lx %lx %d %d\n", ALIGN(addr, PAGE_SIZE), ALIGN_DOWN(addr, PAGE_SIZE),
	       IS_ALIGNED(addr, PAGE_SIZE), IS_ALIGNED(addr & ~(PAGE_SIZE - 1), PAGE_SIZE));
	for (i = 0; i < ARRAY_SIZE(sizes); i++)
		printf("%u ", ALIGN(sizes[i], 8));
	printf("\n");
	/* ALIGN keeps the type of x: a u32 rounds up with u32 wrap-around */
	printf("%lx\n", (unsigned long)ALIGN(small, PAGE_SIZE));
	printf("%zu\n", sizeof(ALIGN(small, PAGE_SIZE)));
	WRITE_ONCE(word, BIT(63) | BIT(0));
	printf("%lx\n", READ_ONCE(word));
	return 0;
}
