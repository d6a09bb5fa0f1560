/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: section annotations of linux/init.h, written for mmstep. A module's
 * __init / __exit functions are ordinary functions in the simulator (nothing is discarded after
 * boot); module_init / module_exit are in linux/module.h.
 */
#ifndef _MMSTEP_COMPAT_LINUX_INIT_H
#define _MMSTEP_COMPAT_LINUX_INIT_H

#include <linux/compiler.h>

#define __initdata
#define __exitdata
#define __initconst

#endif /* _MMSTEP_COMPAT_LINUX_INIT_H */
