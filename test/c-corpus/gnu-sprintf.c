/* sprintf, snprintf and scnprintf into char buffers: the formatted length returned, snprintf
 * truncating to size-1 and a NUL but returning the length it would have written, size 0
 * writing nothing, scnprintf returning what it actually wrote (so `len += scnprintf(buf + len,
 * size - len, ...)` never runs past the buffer), appending in a loop the kernel's way. */
#include "kshim.h"
#include <stdio.h>

static int name_into(char *buf, size_t size, const char *s, int v)
{
	return snprintf(buf, size, "%s-%d", s, v);
}

int main(void)
{
	char buf[32];
	char tiny[8];
	char line[24];
	int n, len, i, big = 12345;
	size_t tiny_size = sizeof(tiny);

	n = sprintf(buf, "pfn=%#lx order=%d", 0x1234UL, 9);
	printf("sprintf %d '%s'\n", n, buf);
	n = name_into(tiny, tiny_size, "folio", big);
	printf("snprintf %d '%s'\n", n, tiny);
	tiny[0] = 'K';
	n = snprintf(tiny, 0, "%d", 42);
	printf("snprintf size 0 %d '%c'\n", n, tiny[0]);
	n = snprintf(buf, sizeof(buf), "%5d|%-5u|%05x", -42, 7u, 0xbeefu);
	printf("snprintf fits %d '%s'\n", n, buf);
	n = scnprintf(tiny, sizeof(tiny), "%s", "migrate_vma");
	printf("scnprintf %d '%s'\n", n, tiny);
	printf("scnprintf size 0 %d\n", scnprintf(tiny, 0, "abc"));
	len = 0;
	for (i = 0; i < 10; i++)
		len += scnprintf(line + len, sizeof(line) - len, "%d,", i * 11);
	printf("appended %d '%s'\n", len, line);
	return 0;
}
