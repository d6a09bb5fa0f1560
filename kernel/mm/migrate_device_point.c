// SPDX-License-Identifier: MIT
/*
 * mmstep: today's migrate_device.c, unchanged, with one named point: other threads run right
 * after collect drops each page-table lock (the TLB was already flushed). The companion of
 * migrate_device_bug_late_flush.c: the same scenario, run on the fixed order.
 */
#define MMSTEP_POINT() schedule()
#include "migrate_device.c"
