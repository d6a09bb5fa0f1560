/* #ifdef / #ifndef / #else / #endif. */
#include <stdio.h>

#define CONFIG_MIGRATION 1
#define CONFIG_DEVICE_PRIVATE

int main(void)
{
#ifdef CONFIG_MIGRATION
	printf("migration on\n");
#else
	printf("migration off\n");
#endif
#ifndef CONFIG_TRANSPARENT_HUGEPAGE
	printf("no thp\n");
#endif
#ifdef CONFIG_DEVICE_PRIVATE
	printf("device private\n");
#endif
#ifdef CONFIG_NUMA
	printf("numa\n");
#endif
	return 0;
}
