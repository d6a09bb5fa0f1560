// SPDX-License-Identifier: MIT
/*
 * mmstep: today's migrate_device.c with upstream bug 3.5 put back (fixed by 3d321bf82c4b
 * "mm/migrate: preserve soft dirty in remove_migration_pte()", 5.9): when the migration entry
 * is turned into a device-private entry only uffd-wp is carried over, so a page written since
 * the last clear_refs looks clean to a soft-dirty tracker (CRIU) once it is in device memory.
 * Used by examples/current-bug-soft-dirty-lost.mmstep.yaml.
 */
#define MMSTEP_C_REMOVE_PTES
#define MMSTEP_BUG_SOFT_DIRTY_RESTORE
#include "migrate_device.c"
