/* SPDX-License-Identifier: MIT */
/*
 * kselftest_harness.h - mmstep's own kselftest harness.
 *
 * Why: the kernel's selftests (hmm-tests.c among them) are written against
 * the kernel's kselftest harness: TEST, TEST_F, FIXTURE, FIXTURE_SETUP,
 * FIXTURE_TEARDOWN, FIXTURE_VARIANT(_ADD), ASSERT_*, EXPECT_*, SKIP and
 * TH_LOG.  That harness registers tests from constructors, forks a child per
 * test and leaves a failed ASSERT by longjmp; mmstep's C subset has none of
 * these, and mmstep runs each test in a fresh simulated model instead of a
 * child process.  This header keeps the macro names and what a test and its
 * reader observe (an ASSERT ends the test, an EXPECT records a failure and
 * goes on, SKIP's reason, the teardown after a failed ASSERT, the TH_LOG
 * and SKIP lines) and does the rest differently:
 *
 *  - every macro defines functions named __ksft_test__<fixture>__<test>,
 *    __ksft_teardown__<fixture>__<test>, __ksft_variant__<fixture>__<variant>
 *    and __ksft_fixture__<fixture>; the runner (src/sim/selftest-cases.ts)
 *    finds them in the compiled program, in the order of the source;
 *  - the runner starts __ksft_test__F__T with the variant's getter in a new
 *    model, prints the TAP lines, and reads the result the test hands it
 *    through __ksft_result(); a failed ASSERT calls __ksft_bail(), which
 *    ends the test there; the runner then calls __ksft_teardown__F__T.
 *
 * Written for mmstep from the documented behaviour of the kernel's harness
 * (tools/testing/selftests/kselftest_harness.h, read for facts only); no
 * code is taken from Linux.  Fixture and test names must not contain "__".
 */
#ifndef __MMSTEP_KSELFTEST_HARNESS_H
#define __MMSTEP_KSELFTEST_HARNESS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>
#include "kselftest.h"

#ifndef TH_LOG_ENABLED
#define TH_LOG_ENABLED 1
#endif

#define TEST_TIMEOUT_DEFAULT 30

/* The state of the one test this run executes (a fresh model per test). */
struct __test_metadata {
	const char *name;
	int exit_code;
	int trigger;
	bool setup_completed;
	bool teardown_done;
	char reason[1024];
};

static struct __test_metadata __ksft_metadata;

/* Natives of the selftest runner (src/sim/selftest-natives.ts). */
void __ksft_result(int exit_code, const char *reason);
void __ksft_bail(void);
void __ksft_cmp_failed(const char *file, int line, const char *test,
		       const char *expected, const char *op, const char *seen, ...);

/* The loop after a check: runs the statement that follows a failed check. */
static int __ksft_after_check(struct __test_metadata *m, int assert)
{
	if (assert)
		__ksft_bail();
	return 0;
}

#define __TH_LOG(fmt, ...) \
	printf("# %s:%d:%s:" fmt "\n", __FILE__, __LINE__, _metadata->name, ##__VA_ARGS__)

#define TH_LOG(fmt, ...) do { \
	if (TH_LOG_ENABLED) \
		__TH_LOG(fmt, ##__VA_ARGS__); \
} while (0)

#define SKIP(statement, fmt, ...) do { \
	snprintf(_metadata->reason, sizeof(_metadata->reason), fmt, ##__VA_ARGS__); \
	if (TH_LOG_ENABLED) \
		printf("#      SKIP      %s\n", _metadata->reason); \
	_metadata->exit_code = KSFT_SKIP; \
	_metadata->trigger = 0; \
	__ksft_result(_metadata->exit_code, _metadata->reason); \
	statement; \
} while (0)

/* Each operand once; on failure the runner prints both values as the kernel's harness does. */
#define __KSFT_CHECK(expected, expected_str, seen, seen_str, op, assert) \
	do { \
		__typeof__(expected) __ksft_e = (expected); \
		__typeof__(seen) __ksft_s = (seen); \
		if (!(__ksft_e op __ksft_s)) { \
			__ksft_cmp_failed(__FILE__, __LINE__, _metadata->name, \
					  expected_str, #op, seen_str, __ksft_e, __ksft_s); \
			_metadata->exit_code = KSFT_FAIL; \
			_metadata->trigger = 1; \
		} \
	} while (0); \
	for (; _metadata->trigger; _metadata->trigger = __ksft_after_check(_metadata, assert))

#define __KSFT_CHECK_STR(expected, seen, op, assert) \
	do { \
		const char *__ksft_e = (expected); \
		const char *__ksft_s = (seen); \
		if (!(strcmp(__ksft_e, __ksft_s) op 0)) { \
			__TH_LOG("Expected '%s' %s '%s'.", __ksft_e, #op, __ksft_s); \
			_metadata->exit_code = KSFT_FAIL; \
			_metadata->trigger = 1; \
			__ksft_result(KSFT_FAIL, NULL); \
		} \
	} while (0); \
	for (; _metadata->trigger; _metadata->trigger = __ksft_after_check(_metadata, assert))

#define ASSERT_EQ(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, ==, 1)
#define ASSERT_NE(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, !=, 1)
#define ASSERT_LT(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, <, 1)
#define ASSERT_LE(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, <=, 1)
#define ASSERT_GT(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, >, 1)
#define ASSERT_GE(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, >=, 1)
#define ASSERT_NULL(seen)		__KSFT_CHECK(NULL, "NULL", seen, #seen, ==, 1)
#define ASSERT_TRUE(seen)		__KSFT_CHECK(0, "0", seen, #seen, !=, 1)
#define ASSERT_FALSE(seen)		__KSFT_CHECK(0, "0", seen, #seen, ==, 1)
#define ASSERT_STREQ(expected, seen)	__KSFT_CHECK_STR(expected, seen, ==, 1)
#define ASSERT_STRNE(expected, seen)	__KSFT_CHECK_STR(expected, seen, !=, 1)

#define EXPECT_EQ(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, ==, 0)
#define EXPECT_NE(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, !=, 0)
#define EXPECT_LT(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, <, 0)
#define EXPECT_LE(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, <=, 0)
#define EXPECT_GT(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, >, 0)
#define EXPECT_GE(expected, seen)	__KSFT_CHECK(expected, #expected, seen, #seen, >=, 0)
#define EXPECT_NULL(seen)		__KSFT_CHECK(NULL, "NULL", seen, #seen, ==, 0)
#define EXPECT_TRUE(seen)		__KSFT_CHECK(0, "0", seen, #seen, !=, 0)
#define EXPECT_FALSE(seen)		__KSFT_CHECK(0, "0", seen, #seen, ==, 0)
#define EXPECT_STREQ(expected, seen)	__KSFT_CHECK_STR(expected, seen, ==, 0)
#define EXPECT_STRNE(expected, seen)	__KSFT_CHECK_STR(expected, seen, !=, 0)

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#endif

/* TEST(name): a test of the "global" fixture, without setup or teardown. */
#define TEST(test_name) \
	static void test_name(struct __test_metadata *_metadata); \
	void __ksft_test__global__##test_name(const void *(*__ksft_get)(void)) \
	{ \
		__ksft_metadata.name = #test_name; \
		__ksft_metadata.setup_completed = true; \
		test_name(&__ksft_metadata); \
	} \
	void __ksft_teardown__global__##test_name(const void *(*__ksft_get)(void)) \
	{ \
	} \
	static void test_name(struct __test_metadata *_metadata)

#define FIXTURE_DATA(fixture_name)	struct _test_data_##fixture_name
#define FIXTURE_VARIANT(fixture_name)	struct _fixture_variant_##fixture_name

/* FIXTURE(name) { members };: the data each of the fixture's tests gets as self. */
#define FIXTURE(fixture_name) \
	FIXTURE_VARIANT(fixture_name); \
	void __ksft_fixture__##fixture_name(void) \
	{ \
	} \
	FIXTURE_DATA(fixture_name)

#define __KSFT_FIXTURE_FN(fixture_name, fn) \
	void fixture_name##_##fn(struct __test_metadata *_metadata, \
				 FIXTURE_DATA(fixture_name) *self, \
				 const FIXTURE_VARIANT(fixture_name) *variant)

#define FIXTURE_SETUP(fixture_name)		__KSFT_FIXTURE_FN(fixture_name, setup)
#define FIXTURE_TEARDOWN(fixture_name)		__KSFT_FIXTURE_FN(fixture_name, teardown)
/* One process per test here: the teardown runs where the test ran either way. */
#define FIXTURE_TEARDOWN_PARENT(fixture_name)	__KSFT_FIXTURE_FN(fixture_name, teardown)

/* FIXTURE_VARIANT_ADD(fixture, variant) { .member = value, };: one more run of each test. */
#define FIXTURE_VARIANT_ADD(fixture_name, variant_name) \
	extern const FIXTURE_VARIANT(fixture_name) \
		_##fixture_name##_##variant_name##_variant; \
	const FIXTURE_VARIANT(fixture_name) * \
	__ksft_variant__##fixture_name##__##variant_name(void) \
	{ \
		return &_##fixture_name##_##variant_name##_variant; \
	} \
	const FIXTURE_VARIANT(fixture_name) \
		_##fixture_name##_##variant_name##_variant =

/*
 * TEST_F(fixture, name): setup, the test, teardown.  A setup that fails or
 * skips ends the test before its body and without teardown; the teardown
 * runs once, after the body or after a failed ASSERT in it.
 */
#define TEST_F(fixture_name, test_name) \
	static void fixture_name##_##test_name(struct __test_metadata *_metadata, \
			FIXTURE_DATA(fixture_name) *self, \
			const FIXTURE_VARIANT(fixture_name) *variant); \
	static FIXTURE_DATA(fixture_name) __ksft_self__##fixture_name##__##test_name; \
	void __ksft_teardown__##fixture_name##__##test_name( \
			const FIXTURE_VARIANT(fixture_name) *(*__ksft_get)(void)) \
	{ \
		if (!__ksft_metadata.setup_completed || __ksft_metadata.teardown_done) \
			return; \
		__ksft_metadata.teardown_done = true; \
		fixture_name##_teardown(&__ksft_metadata, \
			&__ksft_self__##fixture_name##__##test_name, \
			__ksft_get ? __ksft_get() : NULL); \
	} \
	void __ksft_test__##fixture_name##__##test_name( \
			const FIXTURE_VARIANT(fixture_name) *(*__ksft_get)(void)) \
	{ \
		const FIXTURE_VARIANT(fixture_name) *variant = \
			__ksft_get ? __ksft_get() : NULL; \
		__ksft_metadata.name = #test_name; \
		fixture_name##_setup(&__ksft_metadata, \
			&__ksft_self__##fixture_name##__##test_name, variant); \
		if (__ksft_metadata.exit_code != KSFT_PASS) \
			return; \
		__ksft_metadata.setup_completed = true; \
		fixture_name##_##test_name(&__ksft_metadata, \
			&__ksft_self__##fixture_name##__##test_name, variant); \
		__ksft_teardown__##fixture_name##__##test_name(__ksft_get); \
	} \
	static void fixture_name##_##test_name(struct __test_metadata *_metadata, \
			FIXTURE_DATA(fixture_name) *self, \
			const FIXTURE_VARIANT(fixture_name) *variant)

/* One process per test here: a test's time limit is the runner's step budget. */
#define TEST_F_TIMEOUT(fixture_name, test_name, timeout)	TEST_F(fixture_name, test_name)

/* The runner is the harness's main (src/sim/selftest.ts): nothing to define. */
#define TEST_HARNESS_MAIN

#endif /* __MMSTEP_KSELFTEST_HARNESS_H */
