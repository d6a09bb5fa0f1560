/* IS_ENABLED(CONFIG_...) the way Kconfig's generated header and the kernel's helper use it,
 * written for mmstep: an option set to y is defined as 1, one set to m defines OPTION_MODULE
 * as 1, an unset one is not defined at all. The test pastes a placeholder prefix onto the
 * option's value: only "1" makes it a macro that expands to "0," and shifts a 1 into the
 * second-argument slot. Works in #if and in C expressions alike. */
#include <stdio.h>

#define CONFIG_MIGRATION 1
#define CONFIG_DEVICE_PRIVATE_MODULE 1
#define CONFIG_NUMA_BALANCING 0
/* CONFIG_TRANSPARENT_HUGEPAGE is not set */

#define PLACEHOLDER_IF_1		0,
#define pick_second(ignored, v, ...)	v
#define defined_as_one(x)		defined_as_one_(x)
#define defined_as_one_(v)		defined_as_one__(PLACEHOLDER_IF_ ## v)
#define defined_as_one__(maybe)		pick_second(maybe 1, 0, 0)
#define IS_BUILTIN(opt)			defined_as_one(opt)
#define IS_MODULE(opt)			defined_as_one(opt ## _MODULE)
#define IS_REACHABLE(opt)		(IS_BUILTIN(opt) || IS_MODULE(opt))
#define IS_ENABLED(opt)			(IS_BUILTIN(opt) || IS_MODULE(opt))

#if IS_ENABLED(CONFIG_MIGRATION)
static const char *migration = "migration on";
#else
static const char *migration = "migration off";
#endif

#if IS_ENABLED(CONFIG_TRANSPARENT_HUGEPAGE)
#define HPAGE_NR 512
#else
#define HPAGE_NR 1
#endif

#if IS_MODULE(CONFIG_DEVICE_PRIVATE) && !IS_BUILTIN(CONFIG_DEVICE_PRIVATE)
#define DEVMEM "module"
#else
#define DEVMEM "builtin or off"
#endif

static int pages_for(int order)
{
	if (IS_ENABLED(CONFIG_TRANSPARENT_HUGEPAGE) && order > 0)
		return HPAGE_NR;
	return 1 << order;
}

int main(void)
{
	printf("%s, %s, hpage %d\n", migration, DEVMEM, HPAGE_NR);
	printf("builtin %d %d %d %d\n", IS_BUILTIN(CONFIG_MIGRATION), IS_BUILTIN(CONFIG_DEVICE_PRIVATE),
	       IS_BUILTIN(CONFIG_NUMA_BALANCING), IS_BUILTIN(CONFIG_TRANSPARENT_HUGEPAGE));
	printf("module %d %d\n", IS_MODULE(CONFIG_DEVICE_PRIVATE), IS_MODULE(CONFIG_MIGRATION));
	printf("enabled %d %d %d %d\n", IS_ENABLED(CONFIG_MIGRATION), IS_ENABLED(CONFIG_DEVICE_PRIVATE),
	       IS_ENABLED(CONFIG_NUMA_BALANCING), IS_REACHABLE(CONFIG_TRANSPARENT_HUGEPAGE));
	printf("pages %d %d\n", pages_for(0), pages_for(3));
	return IS_ENABLED(CONFIG_MIGRATION) ? 3 : 4;
}
