/* Variadic macros: __VA_ARGS__, C2x/GNU __VA_OPT__ (its content only when arguments were
 * given), GNU `, ## __VA_ARGS__` (the comma dropped when there are none), named GNU `args...`,
 * argument counting with a shifted list, and a variadic macro forwarding to another (its
 * arguments are expanded before they are substituted, so a macro producing a list works). */
#include <stdio.h>

#define LOG(fmt, ...)		printf("[log] " fmt "\n", ##__VA_ARGS__)
#define LOG_OPT(fmt, ...)	printf("[opt] " fmt "\n" __VA_OPT__(,) __VA_ARGS__)
#define WARN(fmt, args...)	printf("[warn] " fmt "\n", ## args)
#define FIRST(a, ...)		(a)
#define REST(a, ...)		__VA_ARGS__
#define COUNT_(_1, _2, _3, _4, _5, n, ...) n
#define COUNT(...)		COUNT_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define SUM3(a, b, c)		((a) + (b) + (c))
#define FORWARD(...)		SUM3(__VA_ARGS__)
#define AS_STR(...)		#__VA_ARGS__
#define HAS_ARGS(...)		(0 __VA_OPT__(+ 1))
#define TRACE(tag, ...)		printf("%s:" __VA_OPT__(" %d") "\n", tag __VA_OPT__(,) __VA_ARGS__)

int main(void)
{
	int arr[] = { REST(0, 7, 8, 9) };

	LOG("plain");
	LOG("one %d", 1);
	LOG("two %d %s", 2, "args");
	LOG_OPT("none");
	LOG_OPT("some %d/%d", 3, 4);
	WARN("named");
	WARN("named %d", 5);
	printf("%d %d %d\n", FIRST(10, 20, 30), arr[0] + arr[2], (int)(sizeof(arr) / sizeof(arr[0])));
	printf("%d %d %d %d\n", COUNT(a), COUNT(a, b), COUNT(a, b, c, d), COUNT(a, b, c, d, e));
	printf("%d\n", FORWARD(1, 2, 3));
	printf("%s|%s\n", AS_STR(a, b,   c), AS_STR());
	printf("%d %d\n", HAS_ARGS(), HAS_ARGS(x));
	TRACE("bare");
	TRACE("with", 42);
	printf("%d\n", FORWARD(REST(0, 1, 2, 3)));
	return 0;
}
