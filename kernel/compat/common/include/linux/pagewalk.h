/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the page-table walker (linux/pagewalk.h), written for mmstep. walk_page_range
 * is C of mmstep's (kernel/mm/pagewalk_ops.c), compiled in its own translation unit against
 * kernel/include/linux/pagewalk.h, so the tree's file must see exactly that layout of
 * struct mm_walk_ops and struct mm_walk: they are included from there, not redeclared.
 * 6.1's ops table has no walk_lock (6.5 added it); the field is present here and stays 0
 * (PGWALK_RDLOCK) when a 6.1 file does not name it, which is also what 6.1's walker assumes.
 */
#ifndef _MMSTEP_COMPAT_LINUX_PAGEWALK_H
#define _MMSTEP_COMPAT_LINUX_PAGEWALK_H

#include <linux/mm_types.h>
#include "../../../../include/linux/pagewalk.h"

#endif /* _MMSTEP_COMPAT_LINUX_PAGEWALK_H */
