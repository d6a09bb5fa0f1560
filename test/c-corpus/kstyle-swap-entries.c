/* Converting PTEs to migration entries and back over a range. */
#include <stdio.h>

enum entry_type { E_NONE, E_PRESENT, E_MIGRATION_READ, E_MIGRATION_WRITE };

struct entry {
	enum entry_type type;
	unsigned long pfn;
	int write;
};

static void to_migration(struct entry *e)
{
	if (e->type != E_PRESENT)
		return;
	e->type = e->write ? E_MIGRATION_WRITE : E_MIGRATION_READ;
}

static void remove_migration(struct entry *e, unsigned long new_pfn)
{
	switch (e->type) {
	case E_MIGRATION_WRITE:
		e->write = 1;
		/* fall through */
	case E_MIGRATION_READ:
		e->type = E_PRESENT;
		e->pfn = new_pfn;
		break;
	default:
		break;
	}
}

int main(void)
{
	struct entry ents[5] = {
		{ E_PRESENT, 10, 1 }, { E_NONE, 0, 0 }, { E_PRESENT, 12, 0 },
		{ E_PRESENT, 13, 1 }, { E_NONE, 0, 0 },
	};
	struct entry *e;

	for (e = ents; e < ents + 5; e++)
		to_migration(e);
	for (e = ents; e < ents + 5; e++)
		printf("%d ", e->type);
	printf("\n");
	for (e = ents; e < ents + 5; e++)
		remove_migration(e, e->pfn + 100);
	for (e = ents; e < ents + 5; e++)
		printf("(%d %lu %d) ", e->type, e->pfn, e->write);
	printf("\n");
	return 0;
}
