// Built-in kernel macros every file sees, written as ordinary #defines of our own (the
// arithmetic the kernel documents for them), so they expand exactly like a file's own macros.
// Page-table geometry is x86-64 with 4-level paging and 4 KiB pages.

import { ITERATOR_PRELUDE } from './iterators';

export const PRELUDE_FILE = '<mmstep-builtin>';

export const PRELUDE = `
#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define PMD_SHIFT 21
#define PUD_SHIFT 30
#define PGDIR_SHIFT 39
#define PMD_SIZE (1UL << PMD_SHIFT)
#define PMD_MASK (~(PMD_SIZE - 1))
#define PUD_SIZE (1UL << PUD_SHIFT)
#define PUD_MASK (~(PUD_SIZE - 1))
#define PGDIR_SIZE (1UL << PGDIR_SHIFT)
#define PGDIR_MASK (~(PGDIR_SIZE - 1))
#define PTRS_PER_PTE 512
#define PTRS_PER_PMD 512
#define PTRS_PER_PUD 512
#define PTRS_PER_PGD 512
#define HPAGE_PMD_NR 512
#define BITS_PER_LONG 64
#define ULONG_MAX (~0UL)
#define LONG_MAX ((long)(~0UL >> 1))
#define INT_MAX ((int)(~0U >> 1))
#define UINT_MAX (~0U)
#define INT_MIN (-INT_MAX - 1)
#define LONG_MIN (-LONG_MAX - 1)
#define ULLONG_MAX (~0ULL)
#define LLONG_MAX ((long long)(~0ULL >> 1))
#define CHAR_BIT 8
#define SCHAR_MAX 127
#define SCHAR_MIN (-128)
#define CHAR_MAX 127
#define CHAR_MIN (-128)
#define SHRT_MIN (-32768)
#define PRIu64 "lu"
#define PRId64 "ld"
#define PRIx64 "lx"
#define PRIX64 "lX"
#define PRIu32 "u"
#define PRId32 "d"
#define PRIx32 "x"
#define PRIu8 "u"
#define PRIu16 "u"
#define PRId8 "d"
#define PRId16 "d"
#define PRIi64 "li"
#define PRIo64 "lo"
#define UCHAR_MAX 255
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define EPERM 1
#define ENOENT 2
#define EIO 5
#define EAGAIN 11
#define ENOMEM 12
#define EFAULT 14
#define EBUSY 16
#define EEXIST 17
#define ENODEV 19
#define EINVAL 22
#define ENOSPC 28
#define ERANGE 34
#define BIT(nr) (1UL << (nr))
#define BIT_ULL(nr) (1ULL << (nr))
#define likely(x) (x)
#define unlikely(x) (x)
#define READ_ONCE(x) (x)
#define WRITE_ONCE(x, val) ((x) = (val))
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]))
#define __ALIGN_MASK(x, mask) (((x) + (mask)) & ~(mask))
#define IS_ALIGNED(x, a) (((x) & ((typeof(x))(a) - 1)) == 0)
#define ALIGN(x, a) __ALIGN_MASK(x, (typeof(x))(a) - 1)
#define ALIGN_DOWN(x, a) ALIGN((x) - ((a) - 1), (a))
#define PAGE_ALIGN(addr) ALIGN(addr, PAGE_SIZE)
#define PFN_DOWN(x) ((x) >> PAGE_SHIFT)
#define PFN_UP(x) (((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define pte_index(addr) (((addr) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))
#define pmd_index(addr) (((addr) >> PMD_SHIFT) & (PTRS_PER_PMD - 1))
#define pud_index(addr) (((addr) >> PUD_SHIFT) & (PTRS_PER_PUD - 1))
#define pgd_index(addr) (((addr) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define pmd_addr_end(addr, end) ((((addr) + PMD_SIZE) & PMD_MASK) - 1 < (end) - 1 ? (((addr) + PMD_SIZE) & PMD_MASK) : (end))
#define pud_addr_end(addr, end) ((((addr) + PUD_SIZE) & PUD_MASK) - 1 < (end) - 1 ? (((addr) + PUD_SIZE) & PUD_MASK) : (end))
#define pgd_addr_end(addr, end) ((((addr) + PGDIR_SIZE) & PGDIR_MASK) - 1 < (end) - 1 ? (((addr) + PGDIR_SIZE) & PGDIR_MASK) : (end))
` + ITERATOR_PRELUDE;

/** printf-family natives implemented by the interpreter itself (they read C strings). */
export const PRELUDE_DECLS = `
int printf(const char *fmt, ...);
int pr_info(const char *fmt, ...);
int pr_err(const char *fmt, ...);
int pr_warn(const char *fmt, ...);
int pr_debug(const char *fmt, ...);
int printk(const char *fmt, ...);
`;
