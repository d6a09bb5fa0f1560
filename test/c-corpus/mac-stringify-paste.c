/* The # and ## preprocessor operators. */
#include <stdio.h>

#define STR(x)		#x
#define XSTR(x)		STR(x)
#define CAT(a, b)	a##b
#define FIELD(n)	stat_##n
#define LEVEL		3

struct stats {
	int stat_isolated;
	int stat_migrated;
};

int main(void)
{
	struct stats s = { 5, 7 };
	int CAT(my, var) = 11;

	printf("%s %s\n", STR(page), XSTR(LEVEL));
	printf("%d %d %d\n", s.FIELD(isolated), s.FIELD(migrated), myvar);
	return 0;
}
