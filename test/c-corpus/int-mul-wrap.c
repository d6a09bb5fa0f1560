/* Unsigned multiplication wraps modulo 2^N (a simple hash). */
#include <stdio.h>

int main(void)
{
	unsigned int h = 2166136261u;
	unsigned long h64 = 14695981039346656037UL;
	const char *s = "migrate_vma";
	int i;

	for (i = 0; s[i]; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
		h64 ^= (unsigned char)s[i];
		h64 *= 1099511628211UL;
	}
	printf("%u %x\n", h, h);
	printf("%lx\n", h64);
	return 0;
}
