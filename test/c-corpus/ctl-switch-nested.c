/* Nested switch and switch inside a loop with continue. */
#include <stdio.h>

int main(void)
{
	int i, total = 0;

	for (i = 0; i < 8; i++) {
		switch (i % 4) {
		case 0:
			continue;
		case 1:
			switch (i) {
			case 1:
				total += 1;
				break;
			default:
				total += 1000;
			}
			break;
		case 2:
			total += 20;
			break;
		default:
			total += 300;
		}
		printf("%d %d\n", i, total);
	}
	return 0;
}
