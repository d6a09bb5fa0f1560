/* *p++ = v, (*p)++, p[i]++, p -= n and friends. */
#include <stdio.h>

int main(void)
{
	int buf[8] = { 0 };
	int *p = buf;
	int *end;
	int i;

	for (i = 1; i <= 5; i++)
		*p++ = i * i;
	end = p;
	p -= 2;
	(*p)++;
	p[1] += 100;
	--p;
	*p-- *= 2;
	printf("%ld\n", (long)(p - buf));
	for (p = buf; p < end; p++)
		printf("%d ", *p);
	printf("\n");
	p = buf;
	i = *++p;
	printf("%d %d\n", i, *p);
	i = ++*p;
	printf("%d %d\n", i, buf[1]);
	return 0;
}
