// SPDX-License-Identifier: MIT
/*
 * mmstep: today's migrate_device.c with remove_migration_ptes() run as C (kernel/mm/
 * migrate_remove.c) instead of the model's native: the fixed companion of
 * migrate_device_bug_soft_dirty.c (kernel-semantics §1.5, §3.5). Used by
 * examples/current-soft-dirty-kept.mmstep.yaml.
 */
#define MMSTEP_C_REMOVE_PTES
#include "migrate_device.c"
