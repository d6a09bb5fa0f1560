/* C names that are also properties of every JavaScript object. */
#include <stdio.h>

#define valueOf(x) ((x) + 1)
#ifdef toString
#error toString is not a macro here
#endif
#if defined(hasOwnProperty) || defined(__proto__)
#error neither is a macro here
#endif

typedef int __proto__;
struct constructor { int hasOwnProperty; __proto__ isPrototypeOf; };
enum { propertyIsEnumerable = 5 };
static int toLocaleString = 2;

static int toString(struct constructor *c)
{
	return c->hasOwnProperty + c->isPrototypeOf;
}

int main(void)
{
	struct constructor c = { .hasOwnProperty = 1, .isPrototypeOf = 2 };
	int constructor = toString(&c);

	if (constructor != 3)
		goto __defineGetter__;
	printf("%d\n", valueOf(constructor) + propertyIsEnumerable + toLocaleString);
	return 0;
__defineGetter__:
	return 1;
}
