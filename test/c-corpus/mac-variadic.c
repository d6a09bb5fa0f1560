/* Variadic macros forwarding to printf, including the GNU ##__VA_ARGS__ form. */
#include <stdio.h>

#define LOG(...)		printf(__VA_ARGS__)
#define pr_tag(fmt, ...)	printf("mm: " fmt "\n", ##__VA_ARGS__)
#define COUNT_ARGS3(a, b, c)	3

int main(void)
{
	int n = 4;

	LOG("plain\n");
	LOG("%d %s\n", n, "args");
	pr_tag("no args");
	pr_tag("one %d", n);
	pr_tag("two %d %lx", n, 0x1000UL);
	printf("%d\n", COUNT_ARGS3(x, y, z));
	return 0;
}
