/* GNU statement expressions as the kernel's macros use them: min/max with locals of their own,
 * a block whose last statement is not an expression (void), a static local in a block (the
 * pr_*_once pattern), nesting, and one inside a loop condition. */
#include <stdio.h>

#define max_t(type, a, b) ({ type __a = (a); type __b = (b); __a > __b ? __a : __b; })
#define min_t(type, a, b) ({ type __a = (a); type __b = (b); __a < __b ? __a : __b; })
#define print_once(msg) ({ static int __done; int __first = !__done; __done = 1; if (__first) printf("%s\n", msg); __first; })

static int squares(int n)
{
	int i, s = 0;

	for (i = 0; i < n; i++)
		s += ({ int t = i * i; if (t > 10) t = 10; t; });
	return s;
}

int main(void)
{
	int x = 3, y = 9, n = 0, k;
	unsigned long big = max_t(unsigned long, 5UL, 70000000000UL);

	printf("%d %d %lu\n", max_t(int, x, y), min_t(int, x - 10, y), big);
	printf("%d\n", max_t(int, min_t(int, x, y), ({ int z = y / 2; z; })));
	for (k = 0; k < 3; k++)
		n += print_once("first time only");
	printf("once: %d\n", n);
	({ printf("a void block %d\n", squares(6)); });
	k = 0;
	while (({ k++; k < 4; }))
		n += k;
	printf("%d %d\n", n, k);
	return 0;
}
