// SPDX-License-Identifier: MIT
/*
 * mmstep: the CPU fault paths of memory.c with the device-private fault-back rule of kernels
 * before the fix for bug 3.11 (Linux 6.1 and 6.12): do_swap_page takes only a reference to the
 * device page, not its lock, before calling the driver's migrate_to_ram. Those kernels'
 * mm/migrate_device.c has no exception for the faulting folio and trylocks it in collect, so a
 * scenario running a 6.1 or 6.12 tree's migrate_device.c lists this file instead of memory.c
 * (with memory.c's rule the tree's collect would find the page locked and never migrate it).
 *
 * Written for mmstep in kernel style; not from any kernel.
 */
#define MMSTEP_FAULT_REF_ONLY
#include "memory.c"
