/* The str* functions with the kernel's semantics: strlen/strnlen, strcmp/strncmp (sign only),
 * strcpy, strncpy (pads with NULs, no NUL when the source is longer), strscpy (returns the
 * length copied, or -E2BIG when it truncated, always NUL-terminated), strcat, strchr/strrchr
 * (including the terminating NUL), strstr (and the empty needle). */
#include "kshim.h"
#include <stdio.h>

static int sign(int v)
{
	return v < 0 ? -1 : v > 0 ? 1 : 0;
}

int main(void)
{
	char name[16];
	char small[6];
	char pad[8];
	const char *path = "mm/migrate_device.c";
	char *p;
	const char *longer = "abcdefghij";
	char word[16] = "ab";
	size_t four = 4, ten = 10;
	long r;
	int i;

	printf("strlen %zu %zu strnlen %zu %zu\n", strlen(path), strlen(""), strnlen(path, 5), strnlen(word, ten));
	printf("strcmp %d %d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("b", "a")), strcmp("same", "same"), sign(strcmp("ab", "abc")));
	printf("strncmp %d %d\n", strncmp("folio_lock", "folio_unlock", 6), sign(strncmp("folio_lock", "folio_unlock", 7)));
	strcpy(name, "migrate");
	strcat(name, "_vma");
	printf("strcpy+strcat '%s' %zu\n", name, strlen(name));
	memset(pad, 'z', sizeof(pad));
	strncpy(pad, "abc", sizeof(pad));
	for (i = 0; i < 8; i++)
		printf("%d ", pad[i]);
	printf("\n");
	strncpy(pad, longer, four);
	printf("strncpy no nul: %c%c%c%c then %d\n", pad[0], pad[1], pad[2], pad[3], pad[4]);
	r = strscpy(small, "folio", sizeof(small));
	printf("strscpy fits %ld '%s'\n", r, small);
	r = strscpy(small, "migrate", sizeof(small));
	printf("strscpy truncated %ld '%s' e2big=%d\n", r, small, r == -E2BIG);
	r = strscpy(small, "x", 0);
	printf("strscpy size 0 %ld\n", r);
	p = strchr(path, '/');
	printf("strchr '%s'\n", p ? p + 1 : "(null)");
	p = strrchr(path, '.');
	printf("strrchr '%s' at %ld\n", p, p - path);
	p = strchr(path, '\0');
	printf("strchr nul at %ld\n", p - path);
	printf("strchr none %d\n", strchr(path, 'Q') == NULL);
	p = strstr(path, "device");
	printf("strstr '%s'\n", p);
	printf("strstr none %d empty %d\n", strstr(path, "devices") == NULL, strstr(path, "") == path);
	return 0;
}
