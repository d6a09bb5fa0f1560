/* File-scope variables with initializers, including pointers to globals. */
#include <stdio.h>

int base = 40;
int *base_ptr = &base;
int arr[5] = { 1, 2, 3 };
int *third = &arr[2];
const char greeting[] = "hi";
unsigned long big = ~0UL >> 4;

int main(void)
{
	*base_ptr += 2;
	*third *= 10;
	printf("%d %d %d %d\n", base, arr[2], arr[3], *third);
	printf("%s %zu %lx\n", greeting, sizeof(greeting), big);
	return 0;
}
