/* The # and ## operators (C11 6.10.3.2, 6.10.3.3): stringizing keeps an argument's spelling
 * (inner spaces folded, string quotes escaped) and is done before the argument is expanded;
 * a second level expands first. Pasting forms identifiers, numbers and operators, an empty
 * argument pastes as nothing, and a pasted name is rescanned as a macro. */
#include <stdio.h>

#define STR(x)		#x
#define XSTR(x)		STR(x)
#define CAT(a, b)	a ## b
#define XCAT(a, b)	CAT(a, b)
#define CAT3(a, b, c)	a ## b ## c
#define ORDER		4
#define PAGE_ORDER	ORDER
#define FIELD(s, n)	(s).stat_ ## n
#define DECLARE_COUNTER(n) static int counter_ ## n = n
#define CALL(fn, ...)	fn ## _impl(__VA_ARGS__)
#define LSHIFT		<< 
#define OP(a, op, b)	((a) op ## = (b))

struct stats {
	int stat_isolated;
	int stat_putback;
};

DECLARE_COUNTER(3);
DECLARE_COUNTER(12);

static int add_impl(int a, int b)
{
	return a + b;
}

static int migrate_pages_x2(void)
{
	return 22;
}

int main(void)
{
	struct stats s = { 5, 9 };
	int CAT(nr_, pages) = 17;
	int v = 6;

	printf("%s|%s|%s\n", STR(hello), STR(  a   +   b  ), STR("quoted" 'c'));
	printf("%s|%s\n", STR(PAGE_ORDER), XSTR(PAGE_ORDER));
	printf("%s|%s\n", STR(), STR(f(x, y)));
	printf("%d %d\n", nr_pages, CAT(nr_, pages) + 1);
	printf("%d %d\n", CAT(0x, 1f), CAT3(1, 2, 3));
	printf("%d %d\n", FIELD(s, isolated), FIELD(s, putback));
	printf("%d %d\n", counter_3, counter_12);
	printf("%d\n", CALL(add, 2, 40));
	printf("%d\n", XCAT(migrate_pages_x, 2)());
	printf("%d\n", CAT(, ORDER) + CAT(ORDER, ));
	OP(v, +, 4);
	OP(v, *, 3);
	OP(v, <<, 1);
	printf("%d %s\n", v, XSTR(1 LSHIFT 2));
	return 0;
}
