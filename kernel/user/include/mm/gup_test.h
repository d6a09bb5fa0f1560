/* SPDX-License-Identifier: MIT */
/*
 * mm/gup_test.h - the interface of the kernel's gup_test debugfs module
 * (/sys/kernel/debug/gup_test) that hmm-tests' hmm_gup_test drives: the
 * ioctl numbers and the argument layout, as of Linux 6.1 and 6.12 (which
 * agree on what hmm-tests uses).  Written for mmstep from those facts; the
 * tree's header is not read (the Debian trees the tests extract lack it).
 */
#ifndef __MMSTEP_GUP_TEST_H
#define __MMSTEP_GUP_TEST_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define GUP_TEST_MAX_PAGES_TO_DUMP	8
#define GUP_TEST_FLAG_DUMP_PAGES_USE_PIN	0x1

struct gup_test {
	__u64 get_delta_usec;
	__u64 put_delta_usec;
	__u64 addr;
	__u64 size;
	__u32 nr_pages_per_call;
	__u32 gup_flags;
	__u32 test_flags;
	__u32 which_pages[GUP_TEST_MAX_PAGES_TO_DUMP];
};

#define GUP_FAST_BENCHMARK	_IOWR('g', 1, struct gup_test)
#define PIN_FAST_BENCHMARK	_IOWR('g', 2, struct gup_test)
#define PIN_LONGTERM_BENCHMARK	_IOWR('g', 3, struct gup_test)
#define GUP_BASIC_TEST		_IOWR('g', 4, struct gup_test)
#define PIN_BASIC_TEST		_IOWR('g', 5, struct gup_test)
#define DUMP_USER_PAGES_TEST	_IOWR('g', 6, struct gup_test)

#endif /* __MMSTEP_GUP_TEST_H */
