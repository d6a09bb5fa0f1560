// A device page's last reference runs its driver's C page_free (src/mm/natives/page-free-calls.ts):
// lib/test_hmm.c's dmirror_devmem_free frees the system page backing a device-private page and
// puts the device page back on the driver's free list, as free_zone_device_folio makes it do in
// Linux. Run: hmm-tests' migrate (to the device and back by CPU faults) against the tree's
// driver, keeping the models. Without page_free, every migrated page left its backing page
// allocated (512 pages behind nobody's reference) and the driver's free list empty.

import * as assert from 'assert';
import type { SelftestProcess } from '../../../src/sim/selftest';
import { driverProcess } from '../../../src/sim/selftest-driver';
import { quiescentProblems } from '../../../src/mm/invariants';
import type { MmModel } from '../../../src/mm/state';
import { KERNEL, runTreeTests, treeHmmTests } from './selftest-fixture';


describe("device pages freed through the tree driver's page_free", function () {
  this.timeout(600000);
  for (const v of ['6.1', '6.12']) {
    it(`${v}: after migrate (there and back), no system page is held by nobody; the device pages are on the driver's free list`, async function () {
      const t = await treeHmmTests(this, v);
      const base = driverProcess(KERNEL);
      const models: MmModel[] = [];
      const proc: SelftestProcess = { ...base, model: () => { const m = base.model(); models.push(m); return m; } };
      const run = await runTreeTests(t, ['hmm.hmm_device_private.migrate'], { process: proc });
      assert.strictEqual(run.results[0].status, 'pass', run.results[0].reason);
      const m = models[0];
      // A system page with references that no mapping, pin or LRU list explains: a leak.
      const held = quiescentProblems(m).filter((p) => /has refcount/.test(p) && !/pfn 0x(1|2)[0-9a-f]{6}\b/.test(p));
      assert.deepStrictEqual(held, []);
      // migrate's 256 pages came back: each device page is free (page_free ran on it)
      const dev = Object.values(m.pages).filter((p) => p.zone === 'device-private' && !p.pristine);
      assert.ok(dev.length >= 256, `${dev.length} device pages were used`);
      assert.deepStrictEqual(dev.filter((p) => !p.freed || p.freeing).map((p) => p.pfn), []);
      assert.strictEqual(m.pageFrees?.length ?? 0, 0);
    });
  }
});
