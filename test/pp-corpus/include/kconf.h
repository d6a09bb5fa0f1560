/* The IS_ENABLED family for the corpus, written for mmstep: pasting a prefix onto an option's
 * value makes exactly "1" into a macro that expands to a comma, which moves the "yes" value
 * into the second-argument slot of a picker. */
#ifndef CORPUS_KCONF_H
#define CORPUS_KCONF_H
#define __opt_is_1 ,
#define __second_of(skip, keep, ...) keep
#define __choose(marker, yes, no) __second_of(marker yes, no)
#define __is_one(v) __choose(__opt_is_##v, 1, 0)
#define __is_defined(x) __is_one(x)
#define __one_or(a, b) __one_or_(a, b)
#define __one_or_(a, b) __choose(__opt_is_##a, 1, b)
#define IS_BUILTIN(option) __is_defined(option)
#define IS_MODULE(option) __is_defined(option##_MODULE)
#define IS_ENABLED(option) __one_or(IS_BUILTIN(option), IS_MODULE(option))
#endif
