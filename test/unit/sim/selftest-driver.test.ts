// The kernel's own hmm-tests.c against the kernel tree's own driver (issue 12 item 3): the
// selftest runner links the tree's lib/test_hmm.c (and mm/migrate_device.c), runs its module
// init in each test's fresh model, and the test's open / ioctl / close reach the driver's
// file_operations through kernel/fs/chrdev_syscalls.c. Without a registered device the same
// calls give the errno Linux gives (devices.c, no tree needed). The tree tests are skipped,
// with the command to run, when the Debian trees have not been extracted.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runSelftests, type SelftestRun } from '../../../src/sim/selftest';
import { ROOT } from './kernel-tree-env';
import { KERNEL, runTreeTests, treeHmmTests } from './selftest-fixture';

const read = (p: string): Promise<string> => fs.promises.readFile(p, 'utf8');

function byName(r: SelftestRun): Record<string, SelftestRun['results'][number]> {
  return Object.fromEntries(r.results.map((x) => [x.name, x]));
}

describe('selftest runner: devices without a driver', function () {
  this.timeout(120000);
  let run: SelftestRun;
  before(async () => {
    run = await runSelftests(path.join(ROOT, 'test/fixtures/selftest/devices.c'), { read, kernelDir: KERNEL, stepBudget: 200_000 });
    assert.deepStrictEqual(run.diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('open of a /dev name nothing registered is -1 with errno ENOENT', () => {
    const r = byName(run)['global.no_such_device'];
    assert.strictEqual(r.status, 'pass', r.reason);
  });

  it('close and ioctl of a descriptor that is not open are -1 with errno EBADF', () => {
    const r = byName(run)['global.bad_descriptors'];
    assert.strictEqual(r.status, 'pass', r.reason);
  });

  it('a path outside /dev stops at vfs_open, named at the test\'s own call of open()', () => {
    const r = byName(run)['global.regular_file'];
    assert.strictEqual(r.status, 'skip');
    assert.strictEqual(r.reason, 'vfs_open() is not modelled by mmstep (called at devices.c:36:11)');
  });
});

describe('kernel tree hmm-tests.c against the tree\'s lib/test_hmm.c', function () {
  this.timeout(600000);
  for (const v of ['6.1', '6.12']) {
    it(`${v}: open_close, anon_write and migrate are ok; the coherent variant is ok with insmod's spm_addr_dev0/1 and skips without, as the kernel's; file_read runs on a tmpfs O_TMPFILE file; hmm_gup_test pins through the tree's mm/gup_test.c`, async function () {
      const t = await treeHmmTests(this, v);
      const run = await runTreeTests(t, ['open_close', 'hmm.hmm_device_private.anon_write', 'hmm.hmm_device_private.migrate', 'hmm.hmm_device_private.file_read', 'hmm_gup_test']);
      const x = byName(run);
      // The device-private devices hmm_dmirror0/1 exist: open, the ioctls and close reach the driver.
      assert.strictEqual(x['hmm.hmm_device_private.open_close'].status, 'pass', x['hmm.hmm_device_private.open_close'].reason);
      // HMM_DMIRROR_WRITE: copy_from_user of the buffer, the device writes the pages (6.1: kmap), the CPU reads them.
      assert.strictEqual(x['hmm.hmm_device_private.anon_write'].status, 'pass', x['hmm.hmm_device_private.anon_write'].reason);
      // HMM_DMIRROR_MIGRATE_TO_DEV: the tree's migrate_vma_* moves the buffer to device-private
      // pages, the driver reads them back (memcpy_from_page / kmap); then the CPU faults them back.
      assert.strictEqual(x['hmm.hmm_device_private.migrate'].status, 'pass', x['hmm.hmm_device_private.migrate'].reason);
      // insmod with spm_addr_dev0/1 (as test_hmm.sh passes them): the coherent devices exist.
      assert.strictEqual(x['hmm.hmm_device_coherent.open_close'].status, 'pass', x['hmm.hmm_device_coherent.open_close'].reason);
      // Without them the driver registers no coherent device: /dev/hmm_dmirror2 is ENOENT.
      const plain = await runTreeTests({ ...t, driver: { ...t.driver, params: {} } }, ['hmm.hmm_device_coherent.open_close']);
      const coh = byName(plain)['hmm.hmm_device_coherent.open_close'];
      assert.strictEqual(coh.status, 'skip');
      assert.strictEqual(coh.reason, 'DEVICE_COHERENT not available');
      assert.match(coh.output, /could not open hmm dmirror driver \(\/dev\/hmm_dmirror2\)/);
      // hmm_create_file: open("/tmp", O_TMPFILE), ftruncate, pwrite; mmap of the fd, the
      // device reads the file's pages through the mapping (kernel/fs/tmpfs_file.c).
      const file = x['hmm.hmm_device_private.file_read'];
      assert.strictEqual(file.status, 'pass', file.reason);
      // The tree's mm/gup_test.c, its late_initcall run at boot: /sys/kernel/debug/gup_test.
      // GUP faults device-private pages back (page 0, 1: system memory) and leaves coherent
      // ones in place; FOLL_LONGTERM migrates coherent pages to system memory (pages 2, 3)
      // through the tree's migrate_device_coherent_page (6.1) / _folio (6.12).
      for (const variant of ['private', 'coherent']) {
        const g = x[`hmm.hmm_device_${variant}.hmm_gup_test`];
        assert.strictEqual(g.status, 'pass', `${variant}: ${g.reason}\n${g.output}`);
        assert.doesNotMatch(g.output, /NOT dma-pinned|NOT pinnable|dump_page/);
      }
      // The driver's printk went to the kernel log, not into the TAP output.
      assert.match(x['hmm.hmm_device_private.open_close'].kernelLog ?? '', /HMM test module loaded/);
      assert.doesNotMatch(x['hmm.hmm_device_private.open_close'].output, /HMM test module loaded/);
    });
  }
});
