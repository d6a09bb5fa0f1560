// SPDX-License-Identifier: MIT
/*
 * mmstep: today's migrate_device.c with upstream bug 3.2 put back (fixed by a3589e1d5fe3
 * "mm/migrate_device.c: add missing flush_cache_page()", 2022): collect clears the pte without
 * writing back the user's cache lines first. Harmless on x86; with a virtually indexed cache
 * (memory.cache: vivt, src/mm/cache.ts) the copy to the device misses the last user store.
 */
#define MMSTEP_BUG_NO_CACHE_FLUSH
#include "migrate_device.c"
