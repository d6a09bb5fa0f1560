/* A simulated spinlock held across a PTE walk, checked for balance. */
#include <stdio.h>

struct spinlock {
	int locked;
	int owner;
};

static int lock_errors;

static void spin_lock(struct spinlock *l, int who)
{
	if (l->locked)
		lock_errors++;
	l->locked = 1;
	l->owner = who;
}

static void spin_unlock(struct spinlock *l, int who)
{
	if (!l->locked || l->owner != who)
		lock_errors++;
	l->locked = 0;
}

static int walk(struct spinlock *ptl, const int *ptes, int n, int who)
{
	int i, nr = 0;

	spin_lock(ptl, who);
	for (i = 0; i < n; i++) {
		if (ptes[i] < 0)
			goto out_unlock;
		nr += ptes[i];
	}
out_unlock:
	spin_unlock(ptl, who);
	return nr;
}

int main(void)
{
	struct spinlock ptl = { 0, 0 };
	int ptes[] = { 1, 1, 0, 1, -1, 1 };

	printf("%d\n", walk(&ptl, ptes, 4, 1));
	printf("%d\n", walk(&ptl, ptes, 6, 2));
	printf("%d %d\n", ptl.locked, lock_errors);
	return 0;
}
