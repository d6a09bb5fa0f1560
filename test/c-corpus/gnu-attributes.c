/* GNU attributes as kernel code writes them: `packed` removes padding (and alignment) from a
 * struct, `aligned(n)` raises a struct's or a member's alignment and so its size and the
 * offsets after it, both together, on a struct holding bit-fields; and the attributes that do
 * not change what a program computes are accepted: unused, always_inline, noinline,
 * section("..."), format(printf...), __maybe_unused-style placement on variables and
 * parameters. */
#include <stdio.h>
#include <stddef.h>

struct __attribute__((packed)) wire_hdr {
	unsigned char type;
	unsigned int len;
	unsigned short flags;
	unsigned long cookie;
};

struct loose {
	unsigned char type;
	unsigned int len;
	unsigned short flags;
};

struct cacheline {
	int counter;
} __attribute__((aligned(64)));

struct with_aligned_member {
	char c;
	int x __attribute__((aligned(16)));
	char d;
};

struct packed_aligned {
	char c;
	long v;
} __attribute__((packed, aligned(4)));

struct packed_bits {
	unsigned char tag;
	unsigned int a : 4;
	unsigned int b : 12;
} __attribute__((packed));

struct holder {
	char c;
	struct cacheline line;
};

static inline __attribute__((always_inline)) int add_one(int x)
{
	return x + 1;
}

static __attribute__((noinline)) int twice(int x)
{
	return 2 * x;
}

static int __attribute__((section(".text.mmstep"))) placed(void)
{
	return 3;
}

static int __attribute__((format(printf, 1, 2))) logf_(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

static int sum(int a, int b __attribute__((unused)))
{
	int unused_local __attribute__((unused)) = 5;

	return a;
}

int main(void)
{
	struct wire_hdr h = { 1, 0x01020304, 0xabcd, 0x1122334455667788UL };
	struct packed_bits pb = { 9, 3, 0xfff };

	printf("wire_hdr size=%zu len@%zu flags@%zu cookie@%zu\n", sizeof(struct wire_hdr),
	       offsetof(struct wire_hdr, len), offsetof(struct wire_hdr, flags), offsetof(struct wire_hdr, cookie));
	printf("loose size=%zu len@%zu flags@%zu\n", sizeof(struct loose), offsetof(struct loose, len), offsetof(struct loose, flags));
	printf("cacheline size=%zu align=%zu holder size=%zu line@%zu\n", sizeof(struct cacheline), _Alignof(struct cacheline),
	       sizeof(struct holder), offsetof(struct holder, line));
	printf("aligned member size=%zu x@%zu d@%zu\n", sizeof(struct with_aligned_member),
	       offsetof(struct with_aligned_member, x), offsetof(struct with_aligned_member, d));
	printf("packed+aligned size=%zu v@%zu\n", sizeof(struct packed_aligned), offsetof(struct packed_aligned, v));
	printf("packed bits size=%zu %u %u %u\n", sizeof(struct packed_bits), pb.tag, pb.a, pb.b);
	printf("values %u %x %x %lx\n", h.type, h.len, h.flags, h.cookie);
	printf("calls %d %d %d %d %d\n", add_one(1), twice(4), placed(), logf_("x"), sum(6, 7));
	return 0;
}
