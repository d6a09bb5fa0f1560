/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: section annotations of linux/init.h, written for mmstep. A module's
 * __init / __exit functions are ordinary functions in the simulator (nothing is discarded after
 * boot); module_init / module_exit are in linux/module.h. A built-in driver's late_initcall(fn)
 * (mm/gup_test.c) defines __mmstep_initcall__fn(), which mmstep's selftest runner and the
 * debugger run at "boot", before any module's init (src/sim/selftest-driver.ts).
 */
#ifndef _MMSTEP_COMPAT_LINUX_INIT_H
#define _MMSTEP_COMPAT_LINUX_INIT_H

#include <linux/compiler.h>

#define __initdata
#define __exitdata
#define __initconst

#define __mmstep_initcall(fn)	int __mmstep_initcall__##fn(void) { return fn(); } struct __mmstep_initcall_##fn##_decl
#define core_initcall(fn)	__mmstep_initcall(fn)
#define subsys_initcall(fn)	__mmstep_initcall(fn)
#define device_initcall(fn)	__mmstep_initcall(fn)
#define late_initcall(fn)	__mmstep_initcall(fn)

#endif /* _MMSTEP_COMPAT_LINUX_INIT_H */
