/* IS_ENABLED / IS_BUILTIN / IS_MODULE as ordinary macros, in #if and in code. */
#define CONFIG_MIGRATION 1
#define CONFIG_DEVICE_PRIVATE_MODULE 1
#define CONFIG_NUMA_BALANCING 0
#define CONFIG_ZONE_DEVICE 2
#include "include/kconf.h"
#include "include/kconf.h"

#if IS_ENABLED(CONFIG_MIGRATION)
int migration_on;
#endif
#if IS_ENABLED(CONFIG_DEVICE_PRIVATE) && !IS_BUILTIN(CONFIG_DEVICE_PRIVATE) && IS_MODULE(CONFIG_DEVICE_PRIVATE)
int device_private_module;
#endif
#if IS_ENABLED(CONFIG_HIGHMEM)
int highmem_on;
#else
int highmem_off;
#endif
#if !IS_ENABLED(CONFIG_NUMA_BALANCING) && !IS_ENABLED(CONFIG_ZONE_DEVICE)
int only_one_counts;
#endif
int values[] = { IS_ENABLED(CONFIG_MIGRATION), IS_BUILTIN(CONFIG_DEVICE_PRIVATE),
	IS_MODULE(CONFIG_DEVICE_PRIVATE), IS_ENABLED(CONFIG_HIGHMEM), IS_ENABLED(CONFIG_ZONE_DEVICE) };
void f(void)
{
	if (IS_ENABLED(CONFIG_MIGRATION))
		migrate();
	if (IS_ENABLED(CONFIG_NOPE) || IS_ENABLED(CONFIG_DEVICE_PRIVATE))
		other();
}
