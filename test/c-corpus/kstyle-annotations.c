/* Kernel annotations in declarations: attributes, inline hints, address-space markers. */
#include <stdio.h>
#include <stdbool.h>

#ifndef __always_inline
#define __always_inline	inline __attribute__((__always_inline__))
#endif
#ifndef __maybe_unused
#define __maybe_unused	__attribute__((__unused__))
#endif
#ifndef __must_check
#define __must_check	__attribute__((__warn_unused_result__))
#endif
#ifndef noinline
#define noinline	__attribute__((__noinline__))
#endif
#ifndef __rcu
#define __rcu
#endif

struct owner {
	int __rcu *slot;
	int id;
};

static __always_inline bool pfn_valid_fast(unsigned long pfn)
{
	return pfn >= 0x100 && pfn < 0x200;
}

static noinline int __must_check take_slot(struct owner *o, int *slot)
{
	if (o->slot)
		return -16;
	o->slot = slot;
	return 0;
}

static int __maybe_unused helper_unused(int x)
{
	return x;
}

int main(void)
{
	int value = 3;
	struct owner o = { 0, 1 };
	int ret;

	ret = take_slot(&o, &value);
	printf("%d %d\n", ret, *o.slot);
	ret = take_slot(&o, &value);
	printf("%d %d %d\n", ret, pfn_valid_fast(0x150), pfn_valid_fast(0x250));
	return 0;
}
