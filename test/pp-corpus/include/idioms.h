/* Kernel-style helper macros for the corpus, written for mmstep. */
#pragma once
#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define EINVAL 22
#define __same_type(a, b) __builtin_types_compatible_p(typeof(a), typeof(b))
#define __cmp(x, y, op) ((x) op (y) ? (x) : (y))
#define __cmp_once(x, y, op, ux, uy) ({ typeof(x) ux = (x); typeof(y) uy = (y); __cmp(ux, uy, op); })
#define __UNIQ(prefix, n) __UNIQ_(prefix, n)
#define __UNIQ_(prefix, n) prefix##n
#define min(x, y) __cmp_once(x, y, <, __UNIQ(__x, __COUNTER__), __UNIQ(__y, __COUNTER__))
#define max(x, y) __cmp_once(x, y, >, __UNIQ(__x, __COUNTER__), __UNIQ(__y, __COUNTER__))
#define max_t(type, x, y) __cmp_once((type)(x), (type)(y), >, __mx_a, __mx_b)
#define clamp(v, lo, hi) min(max(v, lo), hi)
#define BUILD_BUG_ON_ZERO(e) ((int)(sizeof(struct { int:(-!!(e)); })))
#define BUILD_BUG_ON(cond) ((void)sizeof(char[1 - 2 * !!(cond)]))
#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)
#define container_of(ptr, type, member) ({ void *__mptr = (void *)(ptr); ((type *)(__mptr - offsetof(type, member))); })
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define READ_ONCE(x) (*(const volatile typeof(x) *)&(x))
#define WRITE_ONCE(x, val) do { *(volatile typeof(x) *)&(x) = (val); } while (0)
#define WARN_ON(condition) ({ int __ret_warn_on = !!(condition); if (unlikely(__ret_warn_on)) __warn(__FILE__, __LINE__); unlikely(__ret_warn_on); })
#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_first_entry(ptr, type, member) list_entry((ptr)->next, type, member)
#define list_next_entry(pos, member) list_entry((pos)->member.next, typeof(*(pos)), member)
#define list_entry_is_head(pos, head, member) (&pos->member == (head))
#define list_for_each_entry(pos, head, member) \
	for (pos = list_first_entry(head, typeof(*pos), member); \
	     !list_entry_is_head(pos, head, member); \
	     pos = list_next_entry(pos, member))
#define list_for_each_entry_safe(pos, n, head, member) \
	for (pos = list_first_entry(head, typeof(*pos), member), \
		n = list_next_entry(pos, member); \
	     !list_entry_is_head(pos, head, member); \
	     pos = n, n = list_next_entry(n, member))
#define no_printk(fmt, ...) ({ if (0) printk(fmt, ##__VA_ARGS__); 0; })
#define pr_fmt(fmt) "mm: " fmt
#define pr_info(fmt, ...) printk("6" pr_fmt(fmt), ##__VA_ARGS__)
#define pr_debug(fmt, ...) no_printk(pr_fmt(fmt), ##__VA_ARGS__)
struct list_head { struct list_head *next, *prev; };
