/* Character constants and string escapes, adjacent string literal concatenation. */
#include <stdio.h>

int main(void)
{
	const char *s = "tab\there" " and " "joined";
	char esc[] = "a\\b\"c\x41\101\0hidden";

	printf("%d %d %d %d %d\n", '\n', '\t', '\0', '\\', '\'');
	printf("%d %d %d\n", '\x7f', '\101', '"');
	printf("%s\n", s);
	printf("%s %zu\n", esc, sizeof(esc));
	printf("[%c%c%c]\n", 'o', '\x4b', '\41');
	printf("%d\n", "xyz"[1]);
	return 0;
}
