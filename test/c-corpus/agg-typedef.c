/* typedefs of scalars, structs, pointers and function types. */
#include <stdio.h>

typedef unsigned long pteval_t;
typedef struct { pteval_t pte; } pte_t;
typedef pte_t *ptep_t;
typedef int (*cmp_t)(const pte_t *, const pte_t *);

static int cmp(const pte_t *a, const pte_t *b)
{
	return a->pte < b->pte ? -1 : a->pte > b->pte;
}

int main(void)
{
	pte_t a = { 0x8000000000000067UL }, b = { 5 };
	ptep_t p = &a;
	cmp_t c = cmp;

	printf("%lx\n", p->pte);
	printf("%d %d %d\n", c(&a, &b), c(&b, &a), c(&a, p));
	printf("%zu %zu\n", sizeof(pte_t), sizeof(pteval_t));
	return 0;
}
