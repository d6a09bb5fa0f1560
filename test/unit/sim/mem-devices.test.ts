// read and write of character devices and the descriptor tables of user processes (issue 12
// item 1): the memory devices (/dev/null, zero, full, urandom) through libc.c's read/write and
// kernel/fs/chrdev_syscalls.c's ->read / ->write, into C memory and user memory, with the
// errno Linux gives; the threads of a process share its descriptors; a forked child shares the
// parent's open files (closing its descriptor leaves the parent's), and its exit drops its own.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runSelftests, type SelftestRun } from '../../../src/sim/selftest';
import { ROOT } from './kernel-tree-env';

const KERNEL = path.join(ROOT, 'kernel');
const read = (p: string): Promise<string> => fs.promises.readFile(p, 'utf8');

async function run(file: string): Promise<Record<string, SelftestRun['results'][number]>> {
  const r = await runSelftests(path.join(ROOT, 'test/fixtures/selftest', file), { read, kernelDir: KERNEL, stepBudget: 2_000_000 });
  assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
  return Object.fromEntries(r.results.map((x) => [x.name, x]));
}

describe('selftest runner: read and write of the memory devices, descriptors of threads and forked children', function () {
  this.timeout(120000);

  it('/dev/null reads end of file and takes writes, /dev/zero reads zeros (C and user memory), /dev/full is ENOSPC, a wrong access mode EBADF, write(1) prints', async () => {
    const r = (await run('mem-devices.c'))['global.null_zero_full'];
    assert.strictEqual(r.status, 'pass', r.reason);
    assert.ok(r.output.includes('to stdout\n'), r.output);
  });

  it('/dev/urandom opened by one thread is read by another of the process: two different, reproducible values', async () => {
    const a = (await run('mem-devices.c'))['global.urandom_from_two_threads'];
    const b = (await run('mem-devices.c'))['global.urandom_from_two_threads'];
    assert.strictEqual(a.status, 'pass', a.reason);
    const line = a.output.split('\n').find((l) => l.startsWith('urandom '));
    assert.ok(line, a.output);
    assert.ok(b.output.includes(line!), 'the same bytes in every run');
  });

  it("a forked child reads and closes the parent's descriptor, the parent's stays open; a thread of the child closes for the whole child", async () => {
    const r = (await run('fork-files.c'))['global.child_shares_descriptors'];
    assert.strictEqual(r.status, 'pass', r.reason);
  });

  it("a child's exit drops the descriptors it had: the parent's next descriptor is the next number", async () => {
    const r = (await run('fork-files.c'))['global.child_exits_with_descriptors_open'];
    assert.strictEqual(r.status, 'pass', r.reason);
  });
});
