// The kernel/ C of the 2016 flow, run on the real interpreter (src/c) against the model: the
// stages' outcomes, the invariants after every statement, and the seed's restore-loop bug.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadProgram, Machine } from '../../../src/c/index';
import type { Value } from '../../../src/c/value';
import { objPtr } from '../../../src/c/value';
import { buildStateView, checkInvariants, createModel, createModelMemory, createNatives, type MemorySpec, type Violation } from '../../../src/mm/index';

const ROOT = path.join(__dirname, '../../../..');
const SOURCES = ['kernel/test/hmm_test_v13.c', 'kernel/mm/hmm_migrate_v13.c', 'kernel/mm/pagewalk.c'].map((f) => path.join(ROOT, f));

interface Run {
  returned: Record<number, bigint>;
  violations: Violation[];
  view: ReturnType<typeof buildStateView>;
  warnings: string[];
  /** The fault that ended the run (only with allowFault). */
  fault?: { kind: string; message: string; line?: number };
}

/**
 * Run `threads` (entry function + extra args after the vma) round-robin by blocking: the
 * current thread runs until it blocks or finishes, then the next runnable one continues.
 */
async function run(spec: MemorySpec, threads: { fn: string; args: bigint[] }[], allowFault = false): Promise<Run> {
  const m = createModel(spec);
  const natives = createNatives(m);
  const r = await loadProgram(SOURCES, {
    reader: { read: async (p) => fs.readFileSync(p, 'utf8') },
    includeDirs: [path.join(ROOT, 'kernel/include')],
    nativeNames: new Set(Object.keys(natives)),
  });
  assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
  const warnings: string[] = [];
  const mach = new Machine(r.program!, natives, createModelMemory(m), { warn: (msg) => void warnings.push(msg), print: () => undefined });
  const vma = objPtr(m.mms[1].vmas[0].obj);
  const tids = threads.map((t) => mach.spawn(t.fn, t.fn, [vma as Value, ...t.args], 0));
  const returned: Record<number, bigint> = {};
  const violations: Violation[] = [];
  let cur = 0;
  let fault: Run['fault'];
  for (let steps = 0; Object.keys(returned).length < tids.length; steps++) {
    assert.ok(steps < 200000, 'runaway');
    const tid = tids[cur];
    if (returned[tid] !== undefined || mach.thread(tid).status !== 'ready') {
      cur = (cur + 1) % tids.length;
      continue;
    }
    const o = mach.step(tid);
    for (const v of checkInvariants(m)) if (!violations.some((x) => x.message === v.message)) violations.push(v);
    if (o.kind === 'fault' && !allowFault) assert.fail(`fault: ${o.fault.kind}: ${o.fault.message} at line ${o.fault.loc?.line}`);
    if (o.kind === 'fault') {
      fault = { kind: o.fault.kind, message: o.fault.message, line: o.fault.loc?.line };
      break;
    }
    if (o.kind === 'done') returned[tid] = o.value as bigint;
    if (o.kind === 'done' || o.kind === 'blocked') cur = (cur + 1) % tids.length;
  }
  return { returned, violations, view: buildStateView(m, { threadName: (t) => `t${t}` }), warnings, fault };
}

function range(base: number, n: number, extra: (k: number) => object = () => ({})): MemorySpec {
  return {
    processes: [
      {
        pid: 1,
        vmas: [{ start: base - 0x10000, end: base + 0x10000 }],
        pages: Array.from({ length: n }, (_, k) => ({ addr: base + k * 4096, ...extra(k) })),
      },
    ],
  };
}

const texts = (r: Run) => r.view.processes[0].ptes.map((p) => p.text);
const pages = (r: Run) => r.view.pages.map((p) => [p.pfn, p.refcount, p.mapcount, p.locked, p.lru]);

describe('kernel/ C on the interpreter: HMM v13 collect + lock & isolate', function () {
  this.timeout(20000);

  it('migrates a private 4-page range: migration entries, pages locked, isolated, ref 1', async () => {
    const r = await run(range(0x100000, 4), [{ fn: 'hmm_test_collect_isolate', args: [0x100000n, 4n] }]);
    assert.strictEqual(r.returned[1], 4n);
    assert.deepStrictEqual(r.violations, []);
    assert.deepStrictEqual(texts(r), Array(4).fill(0).map((_, k) => `migration(W) -> pfn 0x${(0x100 + k).toString(16)}`));
    assert.deepStrictEqual(pages(r), [0x100, 0x101, 0x102, 0x103].map((pfn) => [pfn, 1, 0, true, 'isolated']));
    assert.deepStrictEqual(r.view.locks.filter((l) => l.kind === 'ptl'), []);
  });

  it('skips a hole and restores a pinned page (one pmd)', async () => {
    const spec = range(0x100000, 4, (k) => (k === 1 ? { pins: 1 } : {}));
    spec.processes[0].pages!.splice(2, 1); // no page at 0x102000
    const r = await run(spec, [{ fn: 'hmm_test_collect_isolate', args: [0x100000n, 4n] }]);
    assert.strictEqual(r.returned[1], 2n);
    assert.deepStrictEqual(r.violations, []);
    // as posted, the restore pass rebuilds the pte without write permission (a bool and-ed
    // with VM_WRITE) and reads soft-dirty from the pte it has just cleared (a warning there)
    assert.deepStrictEqual(texts(r), ['migration(W) -> pfn 0x100', 'present() -> pfn 0x101', 'migration(W) -> pfn 0x102']);
    assert.strictEqual(r.warnings.filter((w) => /pte_swp_soft_dirty\(\) on a none pte/.test(w)).length, 1);
    assert.deepStrictEqual(pages(r), [
      [0x100, 1, 0, true, 'isolated'],
      [0x101, 2, 1, false, 'lru'],
      [0x102, 1, 0, true, 'isolated'],
    ]);
  });

  it('a page locked by another thread: trylock fails, lock_page sleeps until that thread unlocks', async () => {
    const spec = range(0x100000, 2, (k) => (k === 1 ? { locked: true, lockOwner: 2 } : {}));
    const r = await run(spec, [
      { fn: 'hmm_test_collect_isolate', args: [0x100000n, 2n] },
      { fn: 'hmm_test_unlock_page_at', args: [0x101000n] },
    ]);
    assert.deepStrictEqual(r.returned, { 1: 2n, 2: 0n });
    assert.deepStrictEqual(r.violations, []);
    // collect left the locked page mapped; lock & isolate then took its lock and isolated it
    assert.deepStrictEqual(texts(r), ['migration(W) -> pfn 0x100', 'present(W,A) -> pfn 0x101']);
    assert.deepStrictEqual(pages(r), [
      [0x100, 1, 0, true, 'isolated'],
      [0x101, 2, 1, true, 'isolated'],
    ]);
    assert.strictEqual(r.view.pages[1].lockHolder, 't1');
  });

  it('the seed bug: restore slots in two pmds leave a migration entry to an unlocked page', async () => {
    // pins make the pin check fail for the first page of each pmd
    const spec = range(0x1fe000, 4, (k) => (k === 0 || k === 2 ? { pins: 1 } : {}));
    const r = await run(spec, [{ fn: 'hmm_test_collect_isolate', args: [0x1fe000n, 4n] }], true);
    assert.deepStrictEqual(r.violations.map((v) => v.invariant), ['migration-entry-locked']);
    assert.match(r.violations[0].message, /page pfn 0x102 is unlocked but migration entries still point at it \(pid 1 0x200000\)/);
    assert.deepStrictEqual(texts(r)[2], 'migration(W) -> pfn 0x102');
    // As posted, the restore pass walks from the slots still migrating: slot 0 (restored, the
    // first of the range) is never visited, so the restore count never reaches 0 and the
    // PAGE_SHIFT unlock loop reads on past the 4 slots of the range.
    const lines = fs.readFileSync(path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c'), 'utf8').split('\n');
    const unlockLoop = lines.findIndex((l) => l.includes('addr += PAGE_SHIFT, i++'));
    assert.ok(unlockLoop > 0);
    assert.deepStrictEqual(r.fault, { kind: 'uninitialized', message: "read of uninitialized memory ('pfns' slot 4)", line: unlockLoop + 2 });
    assert.strictEqual(texts(r)[0], 'migration(W) -> pfn 0x100');
  });

  it('refuses ranges the driver cannot handle', async () => {
    const r = await run(range(0x100000, 1), [
      { fn: 'hmm_test_collect_isolate', args: [0x100000n, 65n] },
      { fn: 'hmm_test_collect_isolate', args: [0x100800n, 1n] },
    ]);
    assert.deepStrictEqual(r.returned, { 1: -22n, 2: -22n });
    assert.deepStrictEqual(texts(r), ['present(W,A) -> pfn 0x100']);
  });

  it('marks each stage function with a mmstep-stage comment on the line above', () => {
    const lines = fs.readFileSync(path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c'), 'utf8').split('\n');
    const above = (fn: string) => lines[lines.findIndex((l) => new RegExp(`^void ${fn}\\(`).test(l)) - 1];
    assert.strictEqual(above('hmm_migrate_collect'), '/* mmstep-stage: collect */');
    assert.strictEqual(above('hmm_migrate_lock_and_isolate'), '/* mmstep-stage: lock & isolate */');
  });
});
