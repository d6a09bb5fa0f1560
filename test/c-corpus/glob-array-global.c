/* A global array used as a simple stack. */
#include <stdio.h>

#define STACK_MAX 8

static unsigned long stack[STACK_MAX];
static int top;

static int push(unsigned long v)
{
	if (top == STACK_MAX)
		return -1;
	stack[top++] = v;
	return 0;
}

static int pop(unsigned long *v)
{
	if (!top)
		return -1;
	*v = stack[--top];
	return 0;
}

int main(void)
{
	unsigned long v;
	int i, rc = 0;

	for (i = 0; i < 10; i++)
		rc += push((unsigned long)i * 0x1000);
	printf("%d %d\n", rc, top);
	while (pop(&v) == 0)
		printf("%lx ", v);
	printf("\n%d\n", pop(&v));
	return 0;
}
