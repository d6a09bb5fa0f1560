/* typedef of an anonymous enum and a struct with a tag of the same name. */
#include <stdio.h>

typedef enum { RED, GREEN = 5, BLUE } color_t;
typedef struct folio folio_t;

struct folio {
	color_t color;
	int nr;
};

int main(void)
{
	folio_t f = { BLUE, 4 };
	struct folio *fp = &f;

	printf("%d %d\n", fp->color, fp->nr);
	fp->color = RED;
	printf("%d %d\n", f.color, GREEN);
	return 0;
}
