// fork / waitpid / exit / kill of user programs (issue 12 item 1), as the kernel's hmm-tests use
// them: the child is a copy of the calling thread in a process whose mm is the parent's copied
// copy-on-write; its exit status (or the signal that ended it) is what the parent's waitpid
// reads; its mm is torn down at exit with every page reference given back; a snapshot taken
// before a fork and restored after it gives the same state hash, and the run goes on the same.

import * as assert from 'assert';
import type { MmModel } from '../../../src/mm/state';
import { quiescentProblems } from '../../../src/mm/invariants';
import { KERNEL, pteAt, runUser } from './helpers';

const ADDR = 0x7ffff7ffe000;

/** Every page still in use is accounted for, nothing else is left of the child processes. */
function assertClean(m: MmModel, children: number[]): void {
  assert.deepStrictEqual(quiescentProblems(m), [], 'no leaks');
  for (const pid of children) {
    const mm = m.mms[pid];
    assert.ok(mm.dying, `pid ${pid} exited`);
    assert.deepStrictEqual(mm.vmas, [], `pid ${pid} has no mappings left`);
    assert.strictEqual(mm.rssAnon, 0);
    assert.ok(!Object.values(m.tables).some((t) => t.pid === pid && t.level < 4), `pid ${pid}'s page tables are freed`);
    assert.strictEqual(m.uheap?.[pid], undefined, `pid ${pid}'s heap is gone`);
    assert.strictEqual(m.procs?.[pid]?.state, 'reaped');
    assert.ok(!m.tlbs.some((t) => t.some((e) => e.pid === pid)), 'no TLB entry of a dead process');
  }
}

describe('user programs: fork, exit and waitpid', () => {
  it('the child writes its COW copy of a private page and exits 3; the parent sees WEXITSTATUS 3 and its page unchanged', async () => {
    const { r, model } = await runUser(['fork-cow.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.stdout, 'child 2 exited 3\n');
    assert.strictEqual(r.exitCode, 0);
    const d = pteAt(model, 1, ADDR);
    assert.strictEqual(d.kind, 'present');
    const page = model.pages[d.pfn!];
    assert.strictEqual(page.data![5], 5, "the parent's bytes");
    assert.strictEqual(page.mapcount, 1, 'mapped by the parent alone again');
    assert.strictEqual(page.refcount, 1 + (page.lru === 'batch' ? 1 : 0), 'its mapping (and the LRU add batch)');
    // The child's copy of the page (written after fork) lost its mapping with the child's mm:
    // what holds it now is at most the per-CPU LRU add batch, which frees it when drained.
    const copies = Object.values(model.pages).filter((p) => p.data && p.data[5] === -5 >>> 0);
    assert.strictEqual(copies.length, 1, "the child's copy");
    assert.strictEqual(copies[0].mapcount, 0, "the child's copy is unmapped");
    assert.strictEqual(copies[0].refcount, copies[0].freed ? 0 : copies[0].lru === 'batch' ? 1 : 0);
    assertClean(model, [2]);
  });

  it('fork inside a loop of 2: each child exits round + 1, waitpid stores the status in user memory', async () => {
    const { r, model } = await runUser(['fork-loop.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.strictEqual(r.stdout, 'round 0 child 2 status 1\nround 1 child 3 status 2\n');
    for (let k = 0; k < 4; k++) {
      const d = pteAt(model, 1, 0x7ffff7ffb000 + k * 4096);
      const page = model.pages[d.pfn!];
      assert.strictEqual(page.data![7], k * 1024 + 7);
      assert.strictEqual(page.mapcount, 1);
    }
    assertClean(model, [2, 3]);
  });

  it('kill(pid, SIGTERM) of a spinning child, a child that kills itself, a child killed by SIGSEGV, one that aborts: WIFSIGNALED and WTERMSIG', async () => {
    const { r, model } = await runUser(['fork-kill.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(
      r.stdout,
      ['term: signaled 1 termsig 15 exited 0', 'kill: signaled 1 termsig 9', 'segv: signaled 1 termsig 11', 'abort: signaled 1 termsig 6', ''].join('\n'),
    );
    assert.strictEqual(r.exitCode, 1 + 0 + 2, "the parent's ints are its own");
    assertClean(model, [2, 3, 4, 5]);
  });

  it('fork of pages a device holds exclusively restores their ptes and copies them COW (hmm-tests exclusive_cow)', async () => {
    const path = await import('path');
    const kernel = ['mm/pagewalk_ops.c', 'mm/migrate_device.c', 'mm/rmap.c', 'mm/gup.c', 'drivers/test_hmm.c', 'test/current_tests.c'].map((f) => path.join(KERNEL, f));
    const { r, model } = await runUser(['fork-exclusive.c', 'exclusive-helper.c', ...kernel]);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, 'both saw their own increments');
    for (let k = 0; k < 2; k++) {
      const d = pteAt(model, 1, 0x7ffff7ffd000 + k * 4096);
      assert.strictEqual(d.kind, 'present');
      assert.strictEqual(model.pages[d.pfn!].data![3], k * 1024 + 4);
      assert.strictEqual(model.pages[d.pfn!].mapcount, 1);
    }
    assertClean(model, [2]);
  });

  it("fork of pages in device memory, the parent's writes, kill of the spinning child (hmm-tests hmm_cow_in_device)", async () => {
    const path = await import('path');
    const kernel = ['mm/pagewalk_ops.c', 'mm/migrate_device.c', 'mm/rmap.c', 'mm/gup.c', 'drivers/test_hmm.c', 'test/current_tests.c'].map((f) => path.join(KERNEL, f));
    const { r, model } = await runUser(['fork-device.c', 'migrate-helper.c', ...kernel]);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    for (let k = 0; k < 4; k++) {
      const d = pteAt(model, 1, 0x7ffff7ffb000 + k * 4096);
      assert.strictEqual(d.kind, 'present');
      const page = model.pages[d.pfn!];
      assert.strictEqual(page.zone, 'ram', 'faulted back to RAM');
      assert.strictEqual(page.data![3], k * 1024 + 4);
    }
    // The child's device-private entries went with its mm: no device page is in use any more.
    const used = Object.values(model.pages).filter((p) => p.zone !== 'ram' && !p.freed && (p.refcount || p.mapcount));
    assert.deepStrictEqual(used.map((p) => p.pfn), []);
    assertClean(model, [2]);
  });

  it('a child returning from main exits with that value; WNOHANG; waitpid with no child is -1; the first process exit()s', async () => {
    const fs = await import('fs');
    const path = await import('path');
    const src = [
      '#include "uspace.h"',
      'int main(void)',
      '{',
      '\tint s = 0, pid;',
      '\tif (waitpid(-1, &s, 0) != -1 || wait(&s) != -1)',
      '\t\treturn 1;',
      '\tpid = fork();',
      '\tif (pid == 0)',
      '\t\treturn 7;',
      '\tif (waitpid(pid, &s, WNOHANG) != 0 || waitpid(pid + 1, &s, 0) != -1)',
      '\t\treturn 2;',
      '\tif (waitpid(pid, &s, 0) != pid || !WIFEXITED(s) || WEXITSTATUS(s) != 7)',
      '\t\treturn 3;',
      '\texit(42);',
      '\treturn 0;',
      '}',
    ].join('\n');
    const { FIX } = await import('./helpers');
    const { r, model } = await runUser(['/virtual/exit.c'], {
      read: async (p) => (p === '/virtual/exit.c' ? src : fs.promises.readFile(p, 'utf8')),
      includeDirs: [FIX, path.join(KERNEL, 'include')],
    });
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 42);
    assertClean(model, [2]);
  });
});

describe('user programs: time travel over fork', () => {
  it('a snapshot before fork, restored after the child was reaped, gives the same state hash and the same run again', async () => {
    const { takeSnapshot, restoreSnapshot, stateHash } = await import('../../../src/sim/snapshot');
    const sched = { saveState: () => ({}) as never, loadState: () => undefined };
    let snap: ReturnType<typeof takeSnapshot> | undefined;
    let hashAtSnap = '';
    let threadsAtSnap = 0;
    let restored = false;
    let afterFork = '';
    const { r, model } = await runUser(['fork-cow.c'], {
      user: {
        kernelDir: KERNEL,
        onStep: (machine, m, tid) => {
          if (tid !== 1) return;
          const line = machine.currentLoc(machine.thread(tid)).line;
          const sim = { machine, model: m, sched };
          if (line === 18 && !snap) {
            // At `pid = fork();`.
            snap = takeSnapshot(sim);
            hashAtSnap = stateHash(sim);
            threadsAtSnap = machine.state.threads.length;
          } else if (line === 19 && snap && !afterFork) {
            afterFork = stateHash(sim);
            assert.strictEqual(machine.state.threads.length, threadsAtSnap + 1, 'fork made a thread');
            assert.strictEqual(m.procs?.[2]?.state, 'run');
          } else if (line === 35 && snap && !restored) {
            // After waitpid: the child is reaped, its mm torn down.
            assert.strictEqual(m.procs?.[2]?.state, 'reaped');
            restoreSnapshot(sim, snap);
            restored = true;
            assert.strictEqual(stateHash(sim), hashAtSnap, 'same state hash as before the fork');
            assert.strictEqual(machine.state.threads.length, threadsAtSnap, 'no child thread');
            assert.strictEqual(m.procs?.[2], undefined, 'no child process');
            assert.strictEqual(m.mms[2], undefined, 'no child mm');
          } else if (line === 19 && restored && afterFork !== 'again') {
            assert.strictEqual(stateHash(sim), afterFork, 'the fork again gives the same state');
            afterFork = 'again';
          }
        },
      },
    });
    assert.ok(restored, 'went back over the fork');
    assert.strictEqual(afterFork, 'again');
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0);
    assert.strictEqual(r.stdout, 'child 2 exited 3\n', 'the second run forked pid 2 again');
    assertClean(model, [2]);
  });

  it("the undo journal steps back over the fork statement: the child thread, process and mm go, the hash is the one before", async () => {
    const { stateHash } = await import('../../../src/sim/snapshot');
    const { Journal } = await import('../../../src/sim/journal');
    const { undoSink } = await import('../../../src/c/undo-sink');
    // The scheduler's containers the journal looks at (no scheduler runs user programs here).
    const sched = { triggers: [], eligible: {}, stages: {}, lastStage: {}, start: {}, output: [], violations: [], order: [1], seenViolations: new Set() };
    let checked = false;
    const { r, model } = await runUser(['fork-cow.c'], {
      user: {
        kernelDir: KERNEL,
        onStep: (machine, m, tid) => {
          if (tid !== 1 || checked || machine.currentLoc(machine.thread(tid)).line !== 18) return;
          checked = true;
          const sim = { machine, model: m, sched: sched as never };
          const before = stateHash({ ...sim, sched: { saveState: () => ({}) as never, loadState: () => undefined } });
          const hash = (): string => stateHash({ machine, model: m, sched: { saveState: () => ({}) as never, loadState: () => undefined } });
          const j = new Journal(sim);
          j.reset(0);
          j.begin(0);
          undoSink.log = j.log;
          try {
            assert.strictEqual(machine.step(tid).kind, 'stmt');
          } finally {
            undoSink.log = undefined;
          }
          j.close();
          const after = hash();
          assert.notStrictEqual(after, before);
          assert.strictEqual(machine.state.threads.length, 2, 'the child thread');
          assert.strictEqual(m.procs?.[2]?.forkReturn, true);
          assert.ok(j.reaches(0));
          j.undoTo(0);
          assert.strictEqual(hash(), before, 'undone: the state before the fork');
          assert.strictEqual(machine.state.threads.length, 1);
          assert.strictEqual(m.mms[2], undefined);
          assert.strictEqual(m.procs, undefined);
          // Forward again: the same fork, the same state.
          assert.strictEqual(machine.step(tid).kind, 'stmt');
          assert.strictEqual(hash(), after, 'redone: the same state as the first time');
        },
      },
    });
    assert.ok(checked);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0);
    assert.strictEqual(r.stdout, 'child 2 exited 3\n');
    assertClean(model, [2]);
  });
});
