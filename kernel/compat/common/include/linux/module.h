/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: loadable-module declarations (linux/module.h, linux/moduleparam.h),
 * written for mmstep.
 *
 * Why: a kernel tree's driver (lib/test_hmm.c) ends with module_init(fn) / module_exit(fn) and
 * declares module parameters. In mmstep a module is a set of translation units of one program;
 * module_init(fn) defines the function mmstep_module_init(), which calls fn and returns its
 * result, and module_exit(fn) defines mmstep_module_exit(): a scenario's entry (or a runner) finds
 * the module's init under that name, as the kernel finds it in the module's .init section. One
 * module per program (a second module_init is a redefinition). A module parameter keeps its C
 * initial value (parameters are not passed on a command line); MODULE_* information is dropped.
 * Each of these macros ends in a struct declaration, so the `;` after it is a declaration.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MODULE_H
#define _MMSTEP_COMPAT_LINUX_MODULE_H

#include <linux/init.h>
#include <linux/export.h>

/* THIS_MODULE is linux/export.h's */

#define __mmstep_modinfo	struct __mmstep_module_info

#define module_param(name, type, perm)		__mmstep_modinfo
#define module_param_named(name, value, type, perm)	__mmstep_modinfo
#define MODULE_PARM_DESC(name, desc)		__mmstep_modinfo
#define MODULE_LICENSE(license)			__mmstep_modinfo
#define MODULE_DESCRIPTION(text)		__mmstep_modinfo
#define MODULE_AUTHOR(text)			__mmstep_modinfo
#define MODULE_IMPORT_NS(ns)			__mmstep_modinfo

#define module_init(fn)	int mmstep_module_init(void) { return fn(); } __mmstep_modinfo
#define module_exit(fn)	void mmstep_module_exit(void) { fn(); } __mmstep_modinfo

#endif /* _MMSTEP_COMPAT_LINUX_MODULE_H */
