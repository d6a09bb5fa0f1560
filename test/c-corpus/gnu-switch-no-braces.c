/*
 * A switch whose body is not a compound statement (C11 6.8.4.2 allows any
 * statement): a single case, a labelled if/else, a loop, a do/while, a case
 * range; falling out of the body into the next statement.
 */
#include <stdio.h>

static int one(int k)
{
	switch (k)
		case 1: return 10;
	return 20;
}

static int labelled_if(int k, int v)
{
	switch (k)
		case 2: if (v > 3) return v * 2; else return -v;
	return 0;
}

static int loop_body(int k)
{
	int n = 0, i;

	switch (k)
		default: for (i = 0; i < k; i++) n += i;
	return n;
}

static int do_body(int k)
{
	int n = 0;

	switch (k)
		case 3: do { n++; } while (n < k);
	return n;
}

static const char *name(int op)
{
	switch (op) {
	case 0: return "zero";
	}
	switch (op)
		case 1 ... 3: return "small";
	return op < 0 ? "negative" : "large";
}

int main(void)
{
	printf("%d %d\n", one(1), one(2));
	printf("%d %d %d\n", labelled_if(2, 5), labelled_if(2, 1), labelled_if(7, 9));
	printf("%d %d\n", loop_body(5), loop_body(0));
	printf("%d %d\n", do_body(3), do_body(4));
	printf("%s %s %s %s\n", name(0), name(2), name(9), name(-1));
	return 0;
}
