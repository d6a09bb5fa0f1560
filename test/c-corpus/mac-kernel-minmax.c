/* min/max with same-typed operands, as the kernel requires. */
#include <stdio.h>

#define min(a, b)	((a) < (b) ? (a) : (b))
#define max(a, b)	((a) > (b) ? (a) : (b))
#define min3(a, b, c)	min(min(a, b), c)

int main(void)
{
	unsigned long npages = 17, batch = 8, done = 0;
	int lo = -3, hi = 4;

	while (done < npages) {
		unsigned long n = min(batch, npages - done);

		printf("%lu ", n);
		done += n;
	}
	printf("\n%d %d %d\n", min(lo, hi), max(lo, hi), min3(5, 2, 9));
	return 0;
}
