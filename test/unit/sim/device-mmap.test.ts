// mmap of a device (issue 12: hmm-tests' mixedmap): the native mmap makes the vma, the file's
// C ->mmap fills it with vm_insert_page (src/mm/natives/file-mmap.ts, driver-misc.ts). First
// with a fixture driver of our own (test/fixtures/selftest/mmap-driver.c: vm_insert_page's
// refusals, a failing ->mmap, shared and private mappings, fork and exit, /dev/null and
// /dev/zero), then the kernel's own hmm-tests mixedmap against the tree's lib/test_hmm.c,
// both variants, 6.1 and 6.12 (skipped when the Debian trees have not been extracted). The
// models of the tree runs are kept: at the end no page is left mapped by a vanished pte and
// every counter agrees with the page tables.

import * as assert from 'assert';
import * as path from 'path';
import type { SelftestProcess, SelftestRun } from '../../../src/sim/selftest';
import { driverProcess, MODULE_INIT, type SelftestDriver } from '../../../src/sim/selftest-driver';
import { checkInvariants } from '../../../src/mm/invariants';
import type { MmModel } from '../../../src/mm/state';
import { assertPassed, FIXTURES, KERNEL, runFixture, runTreeTests, treeHmmTests, type Results } from './selftest-fixture';


function byName(r: SelftestRun): Record<string, SelftestRun['results'][number]> {
  return Object.fromEntries(r.results.map((x) => [x.name, x]));
}

/** The fixture driver, linked with the fault path and the system calls, as a tree's driver is. */
const fixtureDriver: SelftestDriver = {
  sources: ['mm/memory.c', 'mm/mmu_notifier.c', 'fs/chrdev_syscalls.c'].map((s) => path.join(KERNEL, s)).concat(path.join(FIXTURES, 'mmap-driver.c')),
  units: {},
  init: MODULE_INIT,
  params: {},
};

/** driverProcess, keeping each test's model. */
function keptModels(): { proc: SelftestProcess; models: MmModel[] } {
  const base = driverProcess(KERNEL);
  const models: MmModel[] = [];
  return {
    models,
    proc: {
      ...base,
      model: () => {
        const m = base.model();
        models.push(m);
        return m;
      },
    },
  };
}

describe('mmap of a device: the driver\'s ->mmap and vm_insert_page', function () {
  this.timeout(300000);
  let x: Results;
  before(async () => {
    x = await runFixture('device-mmap.c', { driver: fixtureDriver });
  });
  const ok = (name: string): void => assertPassed(x, name);

  it("vm_insert_page: -EFAULT at vm_end, -EBUSY over a pte, VM_MIXEDMAP set; each page one reference and one mapcount; zeros read; a private write copies; munmap frees the driver's pages", () => ok('private_mapping'));
  it('a shared writable mapping writes the driver\'s page in place', () => ok('shared_mapping'));
  it('a failing ->mmap fails the mmap and frees the pages it had inserted; the range is free again', () => ok('failing_mmap_takes_back_its_pages'));
  it("fork shares the pages (a child's write is its own copy), exit takes down a child's device mapping", () => ok('fork_and_exit'));
  it('do_mmap\'s access checks: MAP_SHARED + PROT_WRITE needs O_RDWR, O_WRONLY maps nothing', () => ok('access_modes'));
  it('/dev/null, /proc/meminfo (no ->mmap) and a closed descriptor give MAP_FAILED, without stopping the run', () => ok('files_without_mmap'));
  it('/dev/zero is anonymous memory: private copies, MAP_SHARED shared with a child', () => ok('dev_zero_is_anonymous'));
});

describe("kernel tree hmm-tests.c mixedmap against the tree's lib/test_hmm.c", function () {
  this.timeout(600000);
  for (const v of ['6.1', '6.12']) {
    it(`${v}: hmm_device_private.mixedmap and hmm_device_coherent.mixedmap are ok (the snapshot sees the driver's pages read-only), the models consistent at the end`, async function () {
      const t = await treeHmmTests(this, v);
      const { proc, models } = keptModels();
      const run = await runTreeTests(t, ['hmm.hmm_device_private.mixedmap', 'hmm.hmm_device_coherent.mixedmap'], { process: proc });
      const r = byName(run);
      for (const n of ['hmm.hmm_device_private.mixedmap', 'hmm.hmm_device_coherent.mixedmap']) {
        assert.ok(r[n], `no result for ${n}: ${Object.keys(r).join(', ')}`);
        assert.strictEqual(r[n].status, 'pass', r[n].reason);
      }
      assert.strictEqual(models.length, 2);
      for (const m of models) {
        m.touchedAll = true;
        assert.deepStrictEqual(checkInvariants(m).map((e) => e.message), []);
        // munmap zapped the driver's page: what is still mapped is anonymous (the heap)
        const mapped = Object.values(m.pages).filter((p) => p.zone === 'ram' && !p.freed && p.mapcount > 0 && !p.anon);
        assert.deepStrictEqual(mapped.map((p) => p.pfn), []);
      }
    });
  }
});
