// Kernel idioms the interpreter must run as written: list iterators, container_of, offsetof,
// GNU ?:, static locals, char arrays from strings, __func__, annotations blanked in place.

import * as assert from 'assert';
import { compile, runC } from './run-c';

const LIST = `struct list_head { struct list_head *next, *prev; };
static void INIT_LIST_HEAD(struct list_head *h) { h->next = h; h->prev = h; }
static void list_add_tail(struct list_head *n, struct list_head *h)
{
	struct list_head *prev = h->prev;
	n->next = h;
	n->prev = prev;
	prev->next = n;
	h->prev = n;
}
struct item { int v; struct list_head lru; };
`;

describe('interpreter: kernel idioms', () => {
  it('list_for_each_entry and list_for_each_entry_safe walk a list built in C', async () => {
    const r = await runC(`${LIST}
int main(void)
{
	struct list_head head;
	struct item a = { .v = 1 }, b = { .v = 20 }, c = { .v = 300 };
	struct item *pos, *n;
	int sum = 0, count = 0;

	INIT_LIST_HEAD(&head);
	list_add_tail(&a.lru, &head);
	list_add_tail(&b.lru, &head);
	list_add_tail(&c.lru, &head);
	list_for_each_entry(pos, &head, lru) {
		sum += pos->v;
	}
	list_for_each_entry_safe(pos, n, &head, lru) {
		count++;
	}
	printf("%d %d %d\\n", sum, count, list_first_entry(&head, struct item, lru)->v);
	return 0;
}
`);
    assert.strictEqual(r.outcome.kind, 'done');
    assert.strictEqual(r.stdout, '321 3 1\n');
  });

  it('container_of and offsetof', async () => {
    const r = await runC(`struct inner { int x; };
struct outer { long pad; struct inner in; int tail; };
int main(void)
{
	struct outer o = { .pad = 7, .tail = 9 };
	struct inner *ip = &o.in;
	struct outer *op = container_of(ip, struct outer, in);
	printf("%ld %d %lu\\n", op->pad, op->tail, offsetof(struct outer, tail));
	return 0;
}
`);
    assert.strictEqual(r.stdout, '7 9 12\n'); // as gcc lays it out
  });

  it("GNU a ?: b evaluates a once", async () => {
    const r = await runC(`static int calls;
static int f(void) { calls++; return 5; }
int main(void)
{
	int z = 0;
	printf("%d %d %d\\n", f() ?: 9, z ?: 9, calls);
	return 0;
}
`);
    assert.strictEqual(r.stdout, '5 9 1\n');
  });

  it('static locals keep their value across calls; char arrays from strings; __func__', async () => {
    const r = await runC(`static int counter(void)
{
	static int n = 10;
	return n++;
}
int main(void)
{
	char name[] = "pte";
	counter();
	counter();
	printf("%d %s %lu %s\\n", counter(), name, sizeof(name), __func__);
	return 0;
}
`);
    assert.strictEqual(r.stdout, '12 pte 4 main\n');
  });

  it('annotation macros are blanked without moving columns', async () => {
    const c = await compile({ '/k.c': 'static __always_inline int f(int __maybe_unused x)\n{\n\treturn y;\n}\n' });
    const d = c.diagnostics[0];
    assert.deepStrictEqual([d.line, d.column], [3, 9]);
    assert.match(d.message, /unknown identifier 'y'/);
  });
});
