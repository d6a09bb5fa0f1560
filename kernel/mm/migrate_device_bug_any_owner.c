// SPDX-License-Identifier: MIT
/*
 * mmstep: today's migrate_device.c with upstream bug 3.7 put back (fixed by 800bb1c8dc80 "mm:
 * handle multiple owners of device private pages in migrate_vma", 5.6, and the flags of
 * 5143192cd410, 5.9): collect takes every device-private entry of the range, whichever driver
 * owns the page, so one driver migrates another driver's device memory as if it were its own.
 * Used by examples/current-bug-any-owner.mmstep.yaml.
 */
#define MMSTEP_BUG_ANY_OWNER
#include "migrate_device.c"
