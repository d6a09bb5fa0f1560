/* Rescanning and the no-rescan rule (C11 6.10.3.4), written for mmstep's tests. */
#define foo foo + 1
int a = foo;
#define AA BB
#define BB AA
int b = AA + BB;
#define f(a) a*g
#define g(a) f(a)
int c = f(2)(9);
#define p(x) x p
int d = p(p)(1);
#define EMPTY
#define LPAREN (
#define fn(x) [x]
#define indirect fn EMPTY
int e = indirect(1);
int h = fn LPAREN 2);
int i = fn
(3);
#define pr_warn(fmt, ...) printk(fmt, ##__VA_ARGS__)
#define pr_warn_once pr_warn
void k(void) { pr_warn_once("x %d", 1); pr_warn_once("y"); }
#define id(x) x
int l = id(id)(4);
int m = id(fn)(5);
#define q(x) x
#define r q(r)
int n = r;
#define self(x) self(x + 1)
int o = self(self(0));
#define obj fnc
#define fnc(x) obj(x)
int z = fnc(1) + obj(2);
#define NIL(xxx) xxx
#define G_0(arg) NIL(G_1)(arg)
#define G_1(arg) NIL(arg)
int y = G_0(42);
#define TWICE(x) x x
#define ONCE(x) x
int w = TWICE(ONCE(1)) ONCE(TWICE(2));
#define hide(x) x hide
int hv = hide(hide(1))(2);
#define NOARGS() none
int nv = NOARGS() + NOARGS( ) + NOARGS;
