/* Anonymous union inside a struct, like struct page's overlays. */
#include <stdio.h>

struct fake_page {
	unsigned long flags;
	union {
		struct {
			unsigned long index;
			void *mapping;
		};
		struct {
			unsigned long pgmap_data;
			unsigned long zone_device_data;
		};
	};
	int refcount;
};

int main(void)
{
	struct fake_page p = { 0 };

	p.index = 77;
	p.mapping = 0;
	p.refcount = 1;
	printf("%lu %d %d\n", p.index, p.mapping == 0, p.refcount);
	p.zone_device_data = 5;
	printf("%lu %zu\n", p.zone_device_data, sizeof(p));
	return 0;
}
