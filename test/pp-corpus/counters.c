/* __COUNTER__, __LINE__ across continuation lines and multi-line invocations, #line. */
int c0 = __COUNTER__, c1 = __COUNTER__;
#define NEXT __COUNTER__
int c2 = NEXT + NEXT;
int l1 = __LINE__;
int l2 = \
	__LINE__;
#define LINE_OF(x) __LINE__ x
int l3 = LINE_OF(
	1
	);
#define WHERE __LINE__
int l4 = WHERE, l5 = \
 WHERE;
#define MULTI_LINE(a, b) a + \
	b + __LINE__
int l6 = MULTI_LINE(1,
	2);
#line 100
int l7 = __LINE__;
int l8 = __LINE__;
#line 200 "renamed.c"
const char *f = __FILE__;
int l9 = __LINE__;
