// SPDX-License-Identifier: MIT
/*
 * mmstep: today's migrate_device.c with upstream bug 3.3 (fixed by fd35ca3d12cc, 2022): collect
 * drops the dirty bit of the pte it replaces instead of moving it to the folio (kernel-
 * semantics §3). Used by examples/current-bug-*.mmstep.yaml.
 */
#define MMSTEP_BUG_DIRTY_DROPPED
#include "migrate_device.c"
