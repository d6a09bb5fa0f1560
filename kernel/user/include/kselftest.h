/* SPDX-License-Identifier: MIT */
/*
 * kselftest.h - result codes and TAP messages of mmstep's kselftest harness.
 *
 * Why: selftests print through ksft_print_msg() and compare against the
 * KSFT_* result codes; mmstep's runner (src/sim/selftest*.ts) prints the TAP
 * plan and result lines itself, so only what a test's own code uses is here.
 * Written for mmstep; the names and values are those the kernel's selftests
 * use (tools/testing/selftests/kselftest.h), no code is taken from Linux.
 */
#ifndef __MMSTEP_KSELFTEST_H
#define __MMSTEP_KSELFTEST_H

#include <stdio.h>

#define KSFT_PASS	0
#define KSFT_FAIL	1
#define KSFT_XFAIL	2
#define KSFT_XPASS	3
#define KSFT_SKIP	4

/* A TAP diagnostic line: "# " and the message (fmt must be a string literal). */
#define ksft_print_msg(fmt, ...)	printf("# " fmt, ##__VA_ARGS__)

#endif /* __MMSTEP_KSELFTEST_H */
