/* Stringification and token pasting (C11 6.10.3.2, 6.10.3.3), written for mmstep's tests. */
#define str(x) #x
#define xstr(x) str(x)
#define cat(a, b) a ## b
#define xcat(a, b) cat(a, b)
#define cat3(a, b, c) a ## b ## c
#define VERSION 6
#define PATCH 12

const char *s1 = str(  hello   world  );
const char *s2 = str("quoted \"inner\"" and 'c' '\'' "\\");
const char *s3 = str();
const char *s4 = xstr(VERSION.PATCH);
const char *s5 = str(VERSION.PATCH);
const char *s6 = xstr(cat(VER, SION));
const char *s7 = str( a
                      b   /* comment */ c );
int cat(page_, count) = cat3(1, 2, 3);
int xcat(pfn_, VERSION) = 0x ## 1f;
int cat(, empty_left) = cat(0, );
int cat3(, , mid) = cat3(, , );
double d = cat(1e, +5) ;
int shift = 1 cat(<, <) 3 cat(>>, =) 1;
const char *u = cat(u8, "x") ;
long l = cat(L, 'a');
#define HASH_HASH # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
#define hash_hash # ## #
char p[] = join(x, y);
#define t(x,y,z) x ## y ## z
int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
 t(10,,), t(,11,), t(,,12), t(,,) };
#define OBJ_PASTE a ## b
int OBJ_PASTE;
#define F(x) #x #x str(x)
const char *ff = F(F(1));
