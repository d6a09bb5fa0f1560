// User memory and time travel: a snapshot restores a page's bytes exactly, the undo journal
// sees user stores (and the page fault the first one runs), and a debugger expression reads
// user memory through the page table without changing the model.

import * as assert from 'assert';
import type { MmModel } from '../../../src/mm/state';
import { KERNEL, pteAt, runUser } from './helpers';

describe('user programs: time travel is exact over user bytes', () => {
  it('snapshot, write, restore gives the old bytes, and the run goes on the same', async () => {
    const { takeSnapshot, restoreSnapshot, stateHash } = await import('../../../src/sim/snapshot');
    const sched = { saveState: () => ({}) as never, loadState: () => undefined };
    let snap: ReturnType<typeof takeSnapshot> | undefined;
    let hashAtSnap = '';
    let restored = false;
    let before: number[] | undefined;
    const page = (m: MmModel): number[] | undefined => m.pages[pteAt(m, 1, 0x7ffff7ffe000).pfn!]?.data;
    const { r } = await runUser(['travel.c'], {
      user: {
        kernelDir: KERNEL,
        onStep: (machine, model, tid) => {
          const line = machine.currentLoc(machine.thread(tid)).line;
          const sim = { machine, model, sched };
          if (line === 14 && !snap) {
            snap = takeSnapshot(sim);
            hashAtSnap = stateHash(sim);
            before = page(model)!.slice();
          } else if (line === 18 && snap && !restored) {
            assert.notDeepStrictEqual(page(model), before, 'the second loop changed the bytes');
            restoreSnapshot(sim, snap);
            restored = true;
            assert.deepStrictEqual(page(model), before, 'restored bytes are the old ones');
            assert.strictEqual(stateHash(sim), hashAtSnap, 'same state hash as at the snapshot');
          }
        },
      },
    });
    assert.ok(restored, 'went back once');
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0);
    assert.strictEqual(r.stdout, 'sum 1047552\n', 'the second loop ran again from the restored bytes: doubled once, not twice');
  });
});

describe('user programs: the undo journal sees user stores', () => {
  it('undoing the journal of a statement that faults a page in and stores gives the state before', async () => {
    const { undoSink, ABSENT } = await import('../../../src/c/undo-sink');
    const { canonical, MODEL_BOOKKEEPING_KEYS } = await import('../../../src/sim/snapshot');
    const plain = (m: MmModel): string => {
      const o: Record<string, unknown> = { ...m };
      for (const k of MODEL_BOOKKEEPING_KEYS) delete o[k];
      return canonical(o);
    };
    let checked = 0;
    const { r } = await runUser(['travel.c'], {
      user: {
        kernelDir: KERNEL,
        onStep: (machine, model, tid) => {
          // Record one statement of the first loop's body (a store: the first one faults the page in).
          const line = machine.currentLoc(machine.thread(tid)).line;
          if (line !== 13 || checked >= 2) return;
          const before = plain(model);
          const mem = canonical(machine.state.mem);
          // The journal restores the model's own fields by comparison (journal.ts diffModel):
          // scalars, and top-level containers a native added.
          const scalars = Object.entries(model).filter(([, v]) => typeof v !== 'object');
          const keys = new Set(Object.keys(model));
          const log: unknown[] = [];
          undoSink.log = log;
          try {
            for (let guard = 0; guard < 1000; guard++) {
              const o = machine.step(tid);
              if (o.kind !== 'stmt' || machine.thread(tid).frames.length === 1) break;
            }
          } finally {
            undoSink.log = undefined;
          }
          assert.ok(log.length > 0, 'the store was journaled');
          const after = plain(model);
          assert.notStrictEqual(after, before);
          for (let k = log.length - 3; k >= 0; k -= 3) {
            const [o, key, old] = [log[k] as Record<string | number, unknown>, log[k + 1] as string, log[k + 2]];
            if (old === ABSENT) delete o[key];
            else o[key] = old;
          }
          for (const [k, v] of scalars) (model as unknown as Record<string, unknown>)[k] = v;
          for (const k of Object.keys(model)) if (!keys.has(k)) delete (model as unknown as Record<string, unknown>)[k];
          assert.strictEqual(plain(model), before, 'undo restores the model (ptes, TLB, page bytes)');
          assert.strictEqual(canonical(machine.state.mem), mem);
          // Redo what was undone, so the run goes on as before.
          for (let guard = 0; guard < 1000; guard++) {
            const o = machine.step(tid);
            if (o.kind !== 'stmt' || machine.thread(tid).frames.length === 1) break;
          }
          checked++;
        },
      },
    });
    assert.strictEqual(checked, 2);
    assert.strictEqual(r.exitCode, 0, JSON.stringify(r.fault));
  });
});

describe('user programs: debugger expressions look at user memory without touching it', () => {
  it('an expression reads through the page table, changes nothing, and refuses what would fault', async () => {
    const { compileExpression } = await import('../../../src/c/expression');
    const { canonical, MODEL_BOOKKEEPING_KEYS } = await import('../../../src/sim/snapshot');
    const plain = (m: MmModel): string => {
      const o: Record<string, unknown> = { ...m };
      for (const k of MODEL_BOOKKEEPING_KEYS) delete o[k];
      return canonical(o);
    };
    let done = false;
    const { r } = await runUser(['travel.c'], {
      user: {
        kernelDir: KERNEL,
        onStep: (machine, model, tid) => {
          const t = machine.thread(tid);
          const line = machine.currentLoc(t).line;
          if (line !== 14 || done || t.frames.length !== 1) return;
          done = true;
          const ev = (text: string): unknown => {
            const c = compileExpression(machine.program, t.frames[0].fn, line, text);
            if ('error' in c) throw new Error(c.error);
            return machine.evaluate(c.code, tid, 0, c.nlocals);
          };
          // Flush the TLB first: a look must not fill it again.
          model.tlbs[0] = [];
          const before = plain(model);
          assert.strictEqual(ev('p[1000]'), 1000n);
          assert.strictEqual(plain(model), before, 'no TLB fill, no accessed bit');
          assert.throws(() => ev('p[-1024]'), /not present \(reading it would fault\)/);
          assert.throws(() => ev('p[2048]'), /is not mapped/);
          assert.throws(() => ev('p[0] = 5'), /cannot write user memory/);
          assert.strictEqual(plain(model), before);
        },
      },
    });
    assert.ok(done);
    assert.strictEqual(r.exitCode, 0, JSON.stringify(r.fault));
  });
});
