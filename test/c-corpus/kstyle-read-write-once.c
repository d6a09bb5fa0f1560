/* READ_ONCE/WRITE_ONCE-style volatile accessors, defined here the simple way. */
#include <stdio.h>

#define MY_READ_ONCE(x)		(*(const volatile typeof(x) *)&(x))
#define MY_WRITE_ONCE(x, val)	do { *(volatile typeof(x) *)&(x) = (val); } while (0)

struct shared {
	unsigned long pte;
	int seq;
};

int main(void)
{
	struct shared s = { 0x1000, 0 };
	unsigned long old;
	int i;

	for (i = 0; i < 4; i++) {
		old = MY_READ_ONCE(s.pte);
		MY_WRITE_ONCE(s.pte, old + 0x1000);
		MY_WRITE_ONCE(s.seq, MY_READ_ONCE(s.seq) + 1);
	}
	printf("%lx %d\n", MY_READ_ONCE(s.pte), s.seq);
	return 0;
}
