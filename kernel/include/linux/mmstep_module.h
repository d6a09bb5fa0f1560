/* SPDX-License-Identifier: MIT */
/*
 * mmstep: module parameters of a loadable module, written for mmstep.
 *
 * Why: a module's parameters are set by insmod before its init runs. The compat linux/module.h
 * of kernel-tree drivers (kernel/compat/common/include/linux/module.h) turns module_param()
 * into a function that asks the simulator for the value insmod was given; this is that native,
 * declared for mmstep's own kernel C as well (a module of ours may use it the same way).
 */
#ifndef _MMSTEP_LINUX_MMSTEP_MODULE_H
#define _MMSTEP_LINUX_MMSTEP_MODULE_H

/* The value insmod gave parameter `name`, else `value` (the variable's own). */
long long __mmstep_module_param_int(const char *name, long long value);

#endif /* _MMSTEP_LINUX_MMSTEP_MODULE_H */
