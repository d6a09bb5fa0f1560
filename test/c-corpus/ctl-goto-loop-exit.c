/* goto out of nested loops. */
#include <stdio.h>

int main(void)
{
	int i, j, found_i = -1, found_j = -1;

	for (i = 0; i < 10; i++) {
		for (j = 0; j < 10; j++) {
			if (i * j == 42) {
				found_i = i;
				found_j = j;
				goto found;
			}
		}
	}
	printf("not found\n");
	return 1;
found:
	printf("%d %d\n", found_i, found_j);
	return 0;
}
