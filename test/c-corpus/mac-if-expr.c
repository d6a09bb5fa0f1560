/* #if with expressions, defined(), #elif and nesting. */
#include <stdio.h>

#define LEVEL 3
#define FEATURE_A

int main(void)
{
#if LEVEL > 2 && defined(FEATURE_A)
	printf("a and level>2\n");
#elif LEVEL > 1
	printf("level>1\n");
#else
	printf("low\n");
#endif
#if defined(FEATURE_B) || LEVEL == 3
	printf("b or 3\n");
#if LEVEL * 2 == 6
	printf("nested\n");
#endif
#endif
#if 0
	printf("never\n");
#endif
#if !defined(FEATURE_B)
	printf("no b\n");
#endif
	return 0;
}
