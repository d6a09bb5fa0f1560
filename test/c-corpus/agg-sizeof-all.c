/* sizeof of expressions, arrays, pointers, typedefs and types. */
#include <stdio.h>

typedef struct { int a[10]; char c; } blob_t;

int main(void)
{
	int arr[12];
	long *lp = 0;
	blob_t b;
	char s[] = "hello";
	short sh;

	printf("%zu %zu %zu\n", sizeof(arr), sizeof(arr[0]), sizeof arr / sizeof arr[0]);
	printf("%zu %zu\n", sizeof(lp), sizeof(*lp));
	printf("%zu %zu %zu\n", sizeof(b), sizeof(b.a), sizeof(blob_t *));
	printf("%zu %zu\n", sizeof(s), sizeof("abc"));
	printf("%zu %zu %zu\n", sizeof(sh), sizeof(sh + 1), sizeof(char));
	printf("%zu\n", sizeof(unsigned long[4]));
	return 0;
}
