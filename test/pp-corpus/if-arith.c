/* #if arithmetic in intmax_t / uintmax_t (C11 6.10.1), edge cases. */
#define ZERO 0
#define ONE 1
#define NEG (-1)
#if -1 > 0u
int unsigned_promotion;
#endif
#if -1 < 0
int signed_compare;
#endif
#if 0xffffffffffffffff == -1
int all_ones_unsigned;
#endif
#if (0x7fffffffffffffff + 1) < 0
int wraps_negative;
#endif
#if 18446744073709551615u / 2 == 9223372036854775807
int big_unsigned_division;
#endif
#if (-9 / 2 == -4) && (-9 % 2 == -1) && (9 % -2 == 1)
int truncating_division;
#endif
#if (1 ? -1 : 0u) > 0
int conditional_unsigned;
#endif
#if (0 && (1 / 0)) || (1 || (1 / 0))
int short_circuit;
#endif
#if 1 ? 2 : (1 / 0)
int conditional_skips;
#endif
#if (2, 3) == 3
int comma_operator;
#endif
#if 'a' == 97 && '\n' == 10 && '\x41' == 65 && '\101' == 65 && '\0' == 0
int char_constants;
#endif
#if '\xff' < 0 && '\377' == -1
int plain_char_signed;
#endif
#if L'\xff' == 255
int wide_char;
#endif
#if undefined_identifier == 0 && !defined undefined_identifier && defined(ONE) && defined ZERO
int undefined_is_zero;
#endif
#if (ONE << 63) < 0 && (ONE << 63 >> 63) == -1 && (1u << 63 >> 63) == 1
int shifts;
#endif
#if ~0 == -1 && ~0u == 18446744073709551615u && -NEG == 1 && !ZERO == 1
int unary;
#endif
#if 0x10 == 16 && 010 == 8 && 0b101 == 5 && 10L == 10 && 10ULL == 10u
int number_forms;
#endif
#if (3 > 2 > 1) == 0 && (1 == 1 == 1) && (5 & 3 | 8 ^ 2) == 11
int precedence;
#endif
#if ZERO
int not_this;
#elif ONE + NEG
int nor_this;
#elif defined(ONE) && ONE * 2 == 2
int elif_taken;
#else
int not_else;
#endif
#ifdef ONE
# ifndef ZERO
int nested_not;
# elif 1
int nested_elif;
# endif
#endif
#if 0
#error this is skipped
#garbage directives are fine in skipped groups
' unterminated quotes too
#else
int else_taken;
#endif
#define HAS_ATTR __has_attribute(unused)
#if defined(__has_attribute) && __has_attribute(__packed__)
int has_attribute;
#endif
#ifdef __has_include
# if __has_include("include/guarded.h") && !__has_include("include/missing.h") && __has_include(<idioms.h>)
int has_include;
# endif
#endif
