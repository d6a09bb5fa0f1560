/* hmm_range-style pfn array with flags in the high bits. */
#include <stdio.h>

#define HMM_PFN_VALID		(1UL << 63)
#define HMM_PFN_WRITE		(1UL << 62)
#define HMM_PFN_ERROR		(1UL << 61)
#define HMM_PFN_FLAGS		(HMM_PFN_VALID | HMM_PFN_WRITE | HMM_PFN_ERROR)
#define PAGE_SHIFT		12

int main(void)
{
	unsigned long hmm_pfns[5];
	unsigned long start = 0x20000, i;
	int valid = 0, writable = 0;

	for (i = 0; i < 5; i++) {
		hmm_pfns[i] = (0x7000 + i) | HMM_PFN_VALID;
		if (i & 1)
			hmm_pfns[i] |= HMM_PFN_WRITE;
	}
	hmm_pfns[3] = HMM_PFN_ERROR;
	for (i = 0; i < 5; i++) {
		unsigned long addr = start + (i << PAGE_SHIFT);

		if (hmm_pfns[i] & HMM_PFN_ERROR) {
			printf("%lx error\n", addr);
			continue;
		}
		valid += !!(hmm_pfns[i] & HMM_PFN_VALID);
		writable += !!(hmm_pfns[i] & HMM_PFN_WRITE);
		printf("%lx pfn %lx\n", addr, hmm_pfns[i] & ~HMM_PFN_FLAGS);
	}
	printf("%d %d\n", valid, writable);
	return 0;
}
