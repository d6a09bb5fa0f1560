// Interval MMU notifiers whose invalidate callback is C (issue 12: lib/test_hmm.c's
// dmirror_interval_invalidate must run when a mirrored buffer is unmapped). A small C program
// embeds its own struct mmu_interval_notifier, as a tree's driver does, and registers a C
// invalidate callback; the model's natives that change user ptes (munmap_mm, mprotect_mm,
// madvise_mm) and mmu_notifier_invalidate_range_start called from C must each run it, as C
// (an upcall: native.ts), with the range Linux passes (event, start, end), only for ranges that
// overlap the interval, and leave no notifier range open. Both engines.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadProgram } from '../../../src/c';
import { Machine, setDefaultEngine, type Engine, type StepOutcome } from '../../../src/c/machine';
import type { Program } from '../../../src/c/ir';
import { objPtr } from '../../../src/c/value';
import { createModel } from '../../../src/mm/build';
import { createModelMemory } from '../../../src/mm/memory';
import { createNatives } from '../../../src/mm/natives';
import { ROOT } from '../sim/kernel-tree-env';

const KERNEL = path.join(ROOT, 'kernel');

const SRC = `
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_user.h>
#include <linux/mmu_notifier.h>
#include <linux/mmu_interval_embedded.h>

struct mmu_interval_notifier_ops {
	bool (*invalidate)(struct mmu_interval_notifier *sub,
			   const struct mmu_notifier_range *range, unsigned long cur_seq);
};

struct mmu_interval_notifier {
	struct mmu_interval_notifier *__mmstep_sub;
	const struct mmu_interval_notifier_ops *ops;
	struct mm_struct *mm;
	unsigned long invalidate_seq;
};

static int calls;
static int last_event;
static unsigned long last_start, last_end;

static bool test_invalidate(struct mmu_interval_notifier *sub,
			    const struct mmu_notifier_range *range, unsigned long cur_seq)
{
	calls++;
	last_event = range->event;
	last_start = range->start;
	last_end = range->end;
	mmu_interval_set_seq(sub->__mmstep_sub, cur_seq);
	return true;
}

static const struct mmu_interval_notifier_ops test_ops = {
	.invalidate = test_invalidate,
};

static struct mmu_interval_notifier sub;

static int expect(int n, int event, unsigned long start, unsigned long end)
{
	return calls == n && last_event == event && last_start == start && last_end == end;
}

int run(struct mm_struct *mm)
{
	struct mmu_notifier_range range;

	if (mmu_interval_notifier_insert(&sub, mm, 0x10000, 0x4000, &test_ops))
		return -1;
	munmap_mm(mm, 0x11000, 0x1000);
	if (!expect(1, MMU_NOTIFY_UNMAP, 0x11000, 0x12000))
		return -2;
	/* outside the interval: not called */
	munmap_mm(mm, 0x18000, 0x1000);
	if (calls != 1)
		return -3;
	mprotect_mm(mm, 0x10000, 0x1000, 1);
	if (!expect(2, MMU_NOTIFY_PROTECTION_VMA, 0x10000, 0x11000))
		return -4;
	madvise_mm(mm, 0x12000, 0x1000, 4);
	if (!expect(3, MMU_NOTIFY_CLEAR, 0x12000, 0x13000))
		return -5;
	mmu_notifier_range_init_owner(&range, MMU_NOTIFY_MIGRATE, 0, mm, 0x13000, 0x14000, &sub);
	mmu_notifier_invalidate_range_start(&range);
	if (!expect(4, MMU_NOTIFY_MIGRATE, 0x13000, 0x14000))
		return -6;
	mmu_notifier_invalidate_range_end(&range);
	return calls;
}
`;

async function load(): Promise<Program> {
  const r = await loadProgram(['/t.c', path.join(KERNEL, 'mm/mmu_notifier.c')], {
    reader: { read: async (p: string) => (p === '/t.c' ? SRC : fs.promises.readFile(p, 'utf8')) },
    includeDirs: [path.join(KERNEL, 'include')],
    nativeNames: new Set(Object.keys(createNatives(createModel({ processes: [] })))),
  });
  assert.ok(r.program, r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join('\n'));
  return r.program;
}

describe('interval MMU notifiers with a C invalidate callback (upcalls from natives)', function () {
  this.timeout(60000);
  for (const engine of ['codegen', 'switch'] as Engine[]) {
    it(`${engine}: munmap_mm, mprotect_mm, madvise_mm and range_start from C run the callback with the range's event, start and end`, async () => {
      const program = await load();
      setDefaultEngine(engine);
      try {
        const model = createModel({ processes: [{ pid: 1, name: 'p', vmas: [{ start: 0x10000, end: 0x20000 }] }] });
        const m = new Machine(program, createNatives(model), createModelMemory(model), { warn: () => {}, print: () => {} });
        const tid = m.spawn('run', 'run', [objPtr(model.mms[1].obj)], 0);
        let o: StepOutcome;
        let frames = 0;
        do {
          o = m.step(tid);
          const t = m.thread(tid)!;
          if (t.frames.some((f) => program.functions[f.fn].name === 'test_invalidate')) {
            // the callback runs above the native's caller, as C frames of the thread
            frames = Math.max(frames, t.frames.length);
          }
        } while (o.kind === 'stmt');
        assert.strictEqual(JSON.stringify(o, (_k, x) => (typeof x === 'bigint' ? Number(x) : x)), JSON.stringify({ kind: 'done', value: 4 }));
        assert.ok(frames >= 2, 'test_invalidate ran as a C frame');
        assert.deepStrictEqual(model.mms[1].notifierRanges, [], 'no notifier range left open');
        assert.deepStrictEqual(model.mmuOps?.[tid], undefined);
        assert.deepStrictEqual(model.mmuStarts?.[tid], undefined);
      } finally {
        setDefaultEngine(undefined);
      }
    });
  }
});
