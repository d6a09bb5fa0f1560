/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: linux/pagemap.h, written for mmstep: the page lock calls are natives
 * declared by linux/mm.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_PAGEMAP_H
#define _MMSTEP_COMPAT_LINUX_PAGEMAP_H

#include <linux/mm.h>

#endif /* _MMSTEP_COMPAT_LINUX_PAGEMAP_H */
