// SPDX-License-Identifier: MIT
/*
 * mmstep: today's migrate_device.c with upstream bug 3.10 (fixed by 41cddf83d8b0, 6.14):
 * finalize puts the old folio, whose memcg moved to the new one, back on an LRU (kernel-
 * semantics §3). Used by examples/current-bug-*.mmstep.yaml.
 */
#define MMSTEP_BUG_FINALIZE_LRU
#include "migrate_device.c"
