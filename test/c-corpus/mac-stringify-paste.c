/* The # and ## preprocessor operators, where they form expressions. */
#include <stdio.h>

#define STR(x)		#x
#define XSTR(x)		STR(x)
#define CAT(a, b)	a##b
#define LEVEL		3
#define GET(s, n)	((s).stat_##n)

struct stats {
	int stat_isolated;
	int stat_migrated;
};

int main(void)
{
	struct stats s = { 5, 7 };
	int myvar = 11;

	printf("%s %s\n", STR(page), XSTR(LEVEL));
	printf("%d %d %d\n", GET(s, isolated), GET(s, migrated), CAT(my, var));
	return 0;
}
