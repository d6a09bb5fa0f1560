// POSIX threads of user programs (issue 12 item 1, hmm-tests' anon_teardown): a thread made
// by pthread_create runs its start routine through the function pointer with its argument, in
// the SAME process (same mm: the buffer the first thread mapped, the heap, getpid), and what
// it returns — or passes to pthread_exit — is what pthread_join hands back; a join sleeps
// until the thread ends (the runner runs it meanwhile). Sleeps move the model's clock; a
// mutex's lock sleeps while another thread holds it.

import * as assert from 'assert';
import { quiescentProblems } from '../../../src/mm/invariants';
import { pteAt, runUser } from './helpers';

describe('user programs: pthread_create, pthread_join, pthread_exit', () => {
  it('a second thread doubles the ints of the first thread\'s mmap()ed buffer; join returns its pointer', async () => {
    const { r, model } = await runUser(['pthread-share.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.strictEqual(r.stdout, `sum ${2 * ((1023 * 1024) / 2)} ret 10\n`);
    // One process, one page: the thread wrote the very page the first thread faulted in.
    assert.deepStrictEqual(Object.keys(model.mms), ['1']);
    assert.deepStrictEqual(model.tasks, { 1: 1, 2: 1 }, 'both threads run as pid 1');
    const page = model.pages[pteAt(model, 1, 0x7ffff7ffe000).pfn!];
    assert.strictEqual(page.data![7], 14);
    assert.strictEqual(page.mapcount, 1);
    assert.deepStrictEqual(model.pthreads, { 2: { pid: 1, state: 'joined', ret: { t: 'p', s: 'u', b: 0, i: 0x7ffff7ffe000 + 20 } } });
    assert.deepStrictEqual(quiescentProblems(model), []);
  });

  it('pthread_exit from a nested call, join in another order than creation, EDEADLK / ESRCH / EINVAL, time slept', async () => {
    const { r, model } = await runUser(['pthread-exit.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.strictEqual(r.stdout, 'a 41 b 100\n');
    assert.ok((model.clockNs ?? 0) >= 2_500_000, `clock ${model.clockNs}`);
    assert.strictEqual(model.pthreads?.[2].state, 'joined');
    assert.strictEqual(model.pthreads?.[4].detached, true);
  });

  it('a mutex the first thread holds: another thread sleeps in lock until the unlock, a stranger gets EPERM, relock EDEADLK', async () => {
    const { r } = await runUser(['pthread-mutex.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.strictEqual(r.stdout, 'counter 1\n');
  });
});
