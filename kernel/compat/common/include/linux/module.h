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
 * module per program (a second module_init is a redefinition). module_param(name, type, perm)
 * defines __mmstep_param__<name>(), which a runner calls before the init, as insmod parses
 * `name=value`: the native __mmstep_module_param_int() returns the value given for the name, or
 * the variable's own initial value when none is (mmstep's selftest runner gives lib/test_hmm.c
 * its spm_addr_dev0/1, as the kernel's test_hmm.sh does for the coherent devices). charp
 * parameters keep their initial value. MODULE_* information is dropped. Each of these macros
 * ends in a struct declaration, so the `;` after it is a declaration.
 */
#ifndef _MMSTEP_COMPAT_LINUX_MODULE_H
#define _MMSTEP_COMPAT_LINUX_MODULE_H

#include <linux/init.h>
#include <linux/export.h>

/* THIS_MODULE is linux/export.h's */

#define __mmstep_modinfo	struct __mmstep_module_info

long long __mmstep_module_param_int(const char *name, long long value);

#define __mmstep_param_int_of(var, pname)	((var) = __mmstep_module_param_int(pname, (long long)(var)))
#define __mmstep_param_byte(var, pname)		__mmstep_param_int_of(var, pname)
#define __mmstep_param_short(var, pname)	__mmstep_param_int_of(var, pname)
#define __mmstep_param_ushort(var, pname)	__mmstep_param_int_of(var, pname)
#define __mmstep_param_int(var, pname)		__mmstep_param_int_of(var, pname)
#define __mmstep_param_uint(var, pname)		__mmstep_param_int_of(var, pname)
#define __mmstep_param_hexint(var, pname)	__mmstep_param_int_of(var, pname)
#define __mmstep_param_long(var, pname)		__mmstep_param_int_of(var, pname)
#define __mmstep_param_ulong(var, pname)	__mmstep_param_int_of(var, pname)
#define __mmstep_param_ullong(var, pname)	__mmstep_param_int_of(var, pname)
#define __mmstep_param_bool(var, pname)		((var) = __mmstep_module_param_int(pname, (var) ? 1 : 0) != 0)
#define __mmstep_param_invbool(var, pname)	((var) = __mmstep_module_param_int(pname, (var) ? 0 : 1) == 0)
#define __mmstep_param_charp(var, pname)	((void)0)

#define module_param_named(name, value, type, perm)	void __mmstep_param__##name(void) { __mmstep_param_##type(value, #name); } __mmstep_modinfo
#define module_param(name, type, perm)		module_param_named(name, name, type, perm)
#define MODULE_PARM_DESC(name, desc)		__mmstep_modinfo
#define MODULE_LICENSE(license)			__mmstep_modinfo
#define MODULE_DESCRIPTION(text)		__mmstep_modinfo
#define MODULE_AUTHOR(text)			__mmstep_modinfo
#define MODULE_IMPORT_NS(ns)			__mmstep_modinfo

#define module_init(fn)	int mmstep_module_init(void) { return fn(); } __mmstep_modinfo
#define module_exit(fn)	void mmstep_module_exit(void) { fn(); } __mmstep_modinfo

#endif /* _MMSTEP_COMPAT_LINUX_MODULE_H */
