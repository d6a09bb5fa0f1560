/* Variadic macros: __VA_ARGS__, __VA_OPT__, named variadic, GNU comma swallowing. */
#define dbg(fmt, ...) printf(fmt, __VA_ARGS__)
#define dbg2(fmt, ...) printf(fmt, ## __VA_ARGS__)
#define dbg3(fmt, args...) printf(fmt , ## args)
#define dbg4(fmt, ...) printf(fmt __VA_OPT__(,) __VA_ARGS__)
#define count(...) cnt(__VA_ARGS__)
#define first(x, ...) x
#define rest(x, ...) __VA_ARGS__
#define opt_str(...) #__VA_OPT__(a b  c)
#define opt_paste(x, ...) x ## __VA_OPT__(_tail)
#define EMPTY
void v(void)
{
	dbg("a %d\n", 1);
	dbg("b %d %d\n", 1, (2, 3));
	dbg2("c\n");
	dbg2("d %d\n", 4);
	dbg2("e\n", );
	dbg3("f\n");
	dbg3("g %s\n", "x", 5);
	dbg4("h\n");
	dbg4("i %d\n", 6);
	dbg4("j\n", EMPTY);
	count();
	count(1);
	count(1, 2, (3, 4), [5, 6], {7, 8});
	first(1, 2, 3);
	rest(1, 2, 3);
	rest(1);
	const char *s = opt_str(1);
	const char *t = opt_str();
	int opt_paste(name, 1) = opt_paste(other);
}
#define CALL(f, ...) f(__VA_ARGS__)
#define CALL2(f, ...) f(0 __VA_OPT__(,) __VA_ARGS__)
int w = CALL(max, 1, 2) + CALL2(add) + CALL2(add, 3);
#define SWALLOW(...) [ , ## __VA_ARGS__ ]
int sw[] = SWALLOW() + SWALLOW(1) ;
