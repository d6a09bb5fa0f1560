/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: kernel log output (linux/printk.h), written for mmstep. pr_info / pr_warn /
 * pr_err / pr_debug / printk are the interpreter's own printf-family natives (src/c/printf.ts);
 * they are declared here with the same prototypes mmstep's prelude gives them. The _once forms
 * print the first time their call site runs: a flag of static storage per expansion. pr_debug
 * prints nothing (below).
 */
#ifndef _MMSTEP_COMPAT_LINUX_PRINTK_H
#define _MMSTEP_COMPAT_LINUX_PRINTK_H

#include <linux/types.h>

int printk(const char *fmt, ...);
int pr_info(const char *fmt, ...);
int pr_err(const char *fmt, ...);
int pr_warn(const char *fmt, ...);
int pr_debug(const char *fmt, ...);

/*
 * As in a kernel built without DEBUG or dynamic debug (no_printk): the arguments are checked but
 * never evaluated, so a pr_debug of page_to_pfn(NULL) (lib/test_hmm.c's migrate of a pte_none
 * page) does not run it. The macro's own name in its body is the function above.
 */
#define pr_debug(fmt, ...)	({ if (0) pr_debug(fmt, ##__VA_ARGS__); 0; })

#define pr_notice	pr_info
#define pr_cont		pr_info
#define pr_emerg	pr_err
#define pr_crit		pr_err
#define pr_alert	pr_err

/* Value: whether it printed (like printk_once). */
#define __mm_print_once(print, fmt, ...)				\
	({								\
		static bool __mm_printed;				\
		bool __mm_first = !__mm_printed;			\
		if (__mm_first) {					\
			__mm_printed = true;				\
			print(fmt, ##__VA_ARGS__);			\
		}							\
		__mm_first;						\
	})

#define pr_info_once(fmt, ...)	__mm_print_once(pr_info, fmt, ##__VA_ARGS__)
#define pr_warn_once(fmt, ...)	__mm_print_once(pr_warn, fmt, ##__VA_ARGS__)
#define pr_err_once(fmt, ...)	__mm_print_once(pr_err, fmt, ##__VA_ARGS__)
#define pr_debug_once(fmt, ...)	__mm_print_once(pr_debug, fmt, ##__VA_ARGS__)

#endif /* _MMSTEP_COMPAT_LINUX_PRINTK_H */
