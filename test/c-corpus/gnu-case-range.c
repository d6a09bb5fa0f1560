/* GNU case ranges: `case 1 ... 5:` alone, next to ordinary cases and a default, on chars
 * (`case 'a' ... 'z':`), with negative bounds, a one-value range, fallthrough into a range,
 * and ranges of an unsigned switch near the top of its type. */
#include <stdio.h>

static const char *classify(int c)
{
	switch (c) {
	case '0' ... '9':
		return "digit";
	case 'a' ... 'z':
	case 'A' ... 'Z':
		return "letter";
	case ' ':
	case '\t':
		return "space";
	default:
		return "other";
	}
}

static int bucket(long v)
{
	switch (v) {
	case -100 ... -1:
		return -1;
	case 0:
		return 0;
	case 1 ... 9:
		return 1;
	case 10 ... 10:
		return 10;
	case 11 ... 99:
		return 2;
	default:
		return 3;
	}
}

static int order_cost(unsigned int order)
{
	int cost = 0;

	switch (order) {
	case 9 ... 10:
		cost += 100;
		/* fallthrough */
	case 4 ... 8:
		cost += 10;
		/* fallthrough */
	case 0 ... 3:
		cost += 1;
		break;
	case 0xfffffff0u ... 0xffffffffu:
		cost = -1;
		break;
	}
	return cost;
}

int main(void)
{
	const char *s = "a1 Z?\t9";
	long vals[] = { -100, -5, 0, 1, 9, 10, 11, 99, 100, -101 };
	unsigned int orders[] = { 0, 3, 4, 8, 9, 10, 11, 0xfffffff5u };
	unsigned int i;

	for (i = 0; s[i]; i++)
		printf("%s ", classify(s[i]));
	printf("\n");
	for (i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
		printf("%d ", bucket(vals[i]));
	printf("\n");
	for (i = 0; i < sizeof(orders) / sizeof(orders[0]); i++)
		printf("%d ", order_cost(orders[i]));
	printf("\n");
	return 0;
}
