// SPDX-License-Identifier: MIT
/*
 * mmstep: today's migrate_device.c with upstream bug 3.6 (fixed by ad7df764b7e1 + ebdf8321eeeb,
 * 2020): collect reads soft-dirty / uffd-wp of a device-private (swap-format) entry with the
 * present-pte helpers (kernel-semantics §3). Used by examples/current-bug-*.mmstep.yaml.
 */
#define MMSTEP_BUG_SWP_BITS
#include "migrate_device.c"
