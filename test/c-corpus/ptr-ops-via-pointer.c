/* Calling through an ops pointer held in a struct: ctx->ops->fn(). */
#include <stdio.h>

struct ctx;

struct ctx_ops {
	int (*prepare)(struct ctx *c);
	int (*run)(struct ctx *c, int arg);
};

struct ctx {
	const struct ctx_ops *ops;
	int state;
};

static int prep(struct ctx *c)
{
	c->state = 10;
	return 0;
}

static int run(struct ctx *c, int arg)
{
	c->state += arg;
	return c->state;
}

static const struct ctx_ops default_ops = { .prepare = prep, .run = run };

int main(void)
{
	struct ctx c = { .ops = &default_ops };
	struct ctx *cp = &c;

	if (cp->ops->prepare(cp) == 0)
		printf("%d\n", cp->ops->run(cp, 5));
	printf("%d\n", (*cp->ops->run)(cp, 7));
	return 0;
}
