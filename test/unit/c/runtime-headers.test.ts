// The C runtime's natives (issue 8 item 4) are callable from the C of kernel/ through
// mmstep's own header, kernel/include/linux/slab.h: a file that includes it allocates, copies
// strings and frees, in a Machine built the way scenarios build theirs.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadProgram, Machine } from '../../../src/c';
import { noModel } from './run-c';

const ROOT = path.join(__dirname, '../../../..');

const SRC = `#include <linux/slab.h>

struct tag {
	int n;
	char name[];
};

int run(void)
{
	struct tag *t = kzalloc(sizeof(*t) + 8, 0);
	long r;
	int len;

	if (!t)
		return -1;
	r = strscpy(t->name, "migrate_vma", 8);
	len = (int)strlen(t->name);
	t->n = len;
	kfree(t);
	return (int)r * 100 + len;
}
`;

describe('C runtime natives from kernel/include', () => {
  it('linux/slab.h declares kzalloc, strscpy, strlen and kfree for kernel/ C', async () => {
    const file = path.join(ROOT, 'kernel', 'mm', 'runtime-headers-test.c');
    const r = await loadProgram([file], {
      reader: { read: async (p) => (p === file ? SRC : fs.readFileSync(p, 'utf8')) },
      includeDirs: [path.join(ROOT, 'kernel', 'include')],
      nativeNames: new Set(),
    });
    assert.ok(r.program, r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
    const m = new Machine(r.program!, {}, noModel, { warn: () => undefined, print: () => undefined });
    const tid = m.spawn('t', 'run', [], 0);
    let o = m.step(tid);
    while (o.kind === 'stmt') o = m.step(tid);
    // strscpy truncates "migrate_vma" to 7 characters: -E2BIG (-7), then strlen 7.
    assert.deepStrictEqual(o, { kind: 'done', value: BigInt(-7 * 100 + 7) });
  });
});
