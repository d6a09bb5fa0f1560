/* Small unsigned counters wrap; signed char arithmetic stays in int. */
#include <stdio.h>

int main(void)
{
	unsigned char c;
	unsigned short s = 65000;
	int laps = 0, n = 0;
	signed char sc = -128;

	for (c = 250; c != 4; c++)
		n++;
	printf("%d %u\n", n, c);
	while (s != 10) {
		s += 1000;
		laps++;
		if (laps > 100)
			break;
	}
	printf("%d %u\n", laps, s);
	printf("%d %d\n", sc - 1, -sc);
	return 0;
}
