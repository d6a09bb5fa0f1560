/* Per-page migration states over arrays: unmap, copy, remap with failures. */
#include <stdio.h>

#define NPAGES 6
#define MIGRATE_PFN_MIGRATE (1UL << 1)

static unsigned long src[NPAGES], dst[NPAGES];
static int content_src[NPAGES], content_dst[NPAGES];

int main(void)
{
	unsigned long i, cpages = 0, migrated = 0;

	for (i = 0; i < NPAGES; i++) {
		src[i] = (0x200 + i) << 6 | 1 | MIGRATE_PFN_MIGRATE;
		content_src[i] = (int)(i * 11);
	}
	/* unmap: page 1 is pinned, cannot migrate */
	src[1] &= ~MIGRATE_PFN_MIGRATE;
	for (i = 0; i < NPAGES; i++)
		if (src[i] & MIGRATE_PFN_MIGRATE)
			cpages++;
	/* allocate: fails for page 4 */
	for (i = 0; i < NPAGES; i++) {
		if (!(src[i] & MIGRATE_PFN_MIGRATE))
			continue;
		if (i == 4) {
			dst[i] = 0;
			continue;
		}
		dst[i] = (0x900 + i) << 6 | 1;
		content_dst[i] = content_src[i];
	}
	/* finalize: a page without a destination is restored */
	for (i = 0; i < NPAGES; i++) {
		if (!dst[i]) {
			src[i] &= ~MIGRATE_PFN_MIGRATE;
			continue;
		}
		migrated++;
		printf("%lu: %lx -> %lx (%d)\n", i, src[i] >> 6, dst[i] >> 6, content_dst[i]);
	}
	printf("%lu %lu\n", cpages, migrated);
	return 0;
}
