/* Fixed-width integer types from stdint.h. */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

int main(void)
{
	uint8_t a = 255;
	int8_t b = -128;
	uint16_t c = 65535;
	int16_t d = -32768;
	uint32_t e = 0xffffffffu;
	int32_t f = -2147483647 - 1;
	uint64_t g = ~(uint64_t)0;
	int64_t h = -1;

	a++;
	c++;
	e++;
	g++;
	printf("%u %d %u %d\n", a, b, c, d);
	printf("%u %d %lu %ld\n", e, f, (unsigned long)g, (long)h);
	printf("%zu %zu %zu %zu\n", sizeof(a), sizeof(c), sizeof(e), sizeof(g));
	printf("%" PRIu64 " %" PRId64 "\n", g, h);
	return 0;
}
