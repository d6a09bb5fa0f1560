/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: symbol exports (linux/export.h), written for mmstep. mmstep links every
 * translation unit of a scenario into one program and has no modules, so an export is nothing.
 */
#ifndef _MMSTEP_COMPAT_LINUX_EXPORT_H
#define _MMSTEP_COMPAT_LINUX_EXPORT_H

#define EXPORT_SYMBOL(sym)
#define EXPORT_SYMBOL_GPL(sym)
#define EXPORT_SYMBOL_NS(sym, ns)
#define EXPORT_SYMBOL_NS_GPL(sym, ns)
#define THIS_MODULE	((void *)0)

#endif /* _MMSTEP_COMPAT_LINUX_EXPORT_H */
