// SPDX-License-Identifier: MIT
/*
 * mmstep: today's migrate_device.c with upstream bug 3.1 put back (kernel-semantics §3.1,
 * fixed by 60bae73708963de4 "mm/migrate_device.c: flush TLB while holding PTL", 2022; the seed
 * v13 code and 4.14-5.19 had it): collect drops the PTL before flushing the TLB, and other
 * threads run at that point.
 */
#define MMSTEP_BUG_LATE_TLB_FLUSH
#define MMSTEP_POINT() schedule()
#include "migrate_device.c"
