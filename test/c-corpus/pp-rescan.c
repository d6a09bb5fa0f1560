/* Rescanning (C11 6.10.3.4): a macro's output is scanned again for macros, but a macro is not
 * expanded again inside its own expansion (the names are "painted blue"), so self-referential
 * and mutually recursive macros stop; a function-like macro name not followed by '(' is left
 * alone, and can still be completed by what follows the expansion; an object-like macro can
 * rename a function. Cases after the standard's own examples, written for mmstep. */
#include <stdio.h>

static int foo = 5;
static int x = 2, y = 3;
static int twice = 9;
static int x_val = 3;
static int y_val = 7;

#define foo		(4 + foo)
#define x		(2 * y)
#define y		(x + 1)
#define x_val		x_val
#define twice(v)	((v) * 2)
#define apply(f, v)	f(v)
#define id		twice
#define f(a)		a * g
#define g(a)		f(a)
#define AGAIN		AGAIN_1
#define AGAIN_1		AGAIN
#define pr_warn_once	report

static int AGAIN = 11;
static int report(const char *what, int n)
{
	return printf("report: %s %d\n", what, n);
}

static int g_fn(int a)
{
	return a + 100;
}

#undef g
#define g(a)		g_fn(a)

int main(void)
{
	printf("%d\n", foo);
	printf("%d %d\n", x, y);
#undef x
#undef y
	printf("%d\n", x_val + y_val);
	printf("%d %d\n", apply(twice, 4), apply(id, 5));
	printf("%d\n", id(6));
	printf("%d\n", f(2)(9));
	printf("%d\n", AGAIN);
	pr_warn_once("once", 1);
	printf("%d %d\n", twice, twice(twice));
	return 0;
}
