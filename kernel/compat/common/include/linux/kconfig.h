/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: the IS_ENABLED() family for kernel trees' files, written for mmstep.
 *
 * The kconfig table of the tree's version (kernel/compat/<v>/kconfig) defines CONFIG_X as 1
 * for `=y` and CONFIG_X_MODULE as 1 for `=m`; anything else leaves the name undefined. A
 * test must work inside #if and in ordinary expressions alike, so it cannot use `defined`:
 * pasting a marker prefix onto the option's expansion yields a macro that expands to a comma
 * only when the option expanded to exactly 1, and the comma moves the answer into the
 * argument slot that __kc_take_second() keeps.
 */
#ifndef _MMSTEP_COMPAT_LINUX_KCONFIG_H
#define _MMSTEP_COMPAT_LINUX_KCONFIG_H

#define __kc_marker_1				,
#define __kc_take_second(ignored, val, ...)	val
#define __kc_pick(comma_or_junk, yes, no)	__kc_take_second(comma_or_junk yes, no)
#define __kc_value_is_1(v)			__kc_pick(__kc_marker_##v, 1, 0)
#define __kc_test(opt)				__kc_value_is_1(opt)

#ifndef IS_ENABLED
#define IS_BUILTIN(option)	__kc_test(option)
#define IS_MODULE(option)	__kc_test(option##_MODULE)
#define IS_ENABLED(option)	(IS_BUILTIN(option) || IS_MODULE(option))
#define IS_REACHABLE(option)	(IS_BUILTIN(option) || (IS_MODULE(option) && __kc_test(MODULE)))
#endif

#endif /* _MMSTEP_COMPAT_LINUX_KCONFIG_H */
