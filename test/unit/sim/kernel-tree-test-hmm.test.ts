// The tree's own HMM test driver (issue 12 item 3): each Debian tree's unmodified
// lib/test_hmm.c loads with no diagnostics against mmstep's compat headers, and its module init
// run on the model registers the devices and their device-private pools the tree's code asks
// for — 6.1 and 6.12 both make DMIRROR_NDEVICES = 4 slots but register only the two
// device-private ones unless the spm_addr_dev0/1 module parameters are set (they keep their
// initial 0 here), each with one DEVMEM_CHUNK_SIZE = 256 MB chunk (65,536 pages). Skipped, with
// the command to run, when the trees have not been extracted.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { loadScenario } from '../../../src/sim/load';
import { Simulation } from '../../../src/sim/simulation';
import { CACHE, FIXTURES, useKernelCache } from './kernel-tree-env';

const CHUNK_PAGES = (256 * 1024 * 1024) / 4096;

describe('kernel tree lib/test_hmm.c: module init on the model', function () {
  this.timeout(300000);
  useKernelCache();
  for (const v of ['6.1', '6.12']) {
    it(`${v}: loads with no diagnostics; init registers hmm_dmirror0/1 and their 256 MB device-private pools`, async function () {
      const driver = path.join(CACHE, `linux-${v}`, 'lib/test_hmm.c');
      if (!fs.existsSync(driver)) {
        console.log(`    (skipped: ${driver} is missing; extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\`)`);
        this.skip();
      }
      const scenario = path.join(FIXTURES, `tree-test-hmm-init-${v}.mmstep.yaml`);
      // errors throw (LoadError); no warning either
      assert.deepStrictEqual((await loadScenario(scenario, new NodeFileAccess())).warnings, []);
      const sim = await Simulation.load(scenario, new NodeFileAccess());
      sim.runToEnd();
      const d = sim.model.drivers;
      assert.ok(d, 'the driver registered nothing');
      assert.deepStrictEqual(d.regions.map((r) => [r.name, r.baseminor, r.count]), [['HMM_DMIRROR', 0, 4]]);
      const major = d.regions[0].major;
      assert.deepStrictEqual(d.devices.map((e) => [e.name, e.devt]), [['hmm_dmirror0', major << 20], ['hmm_dmirror1', (major << 20) | 1]]);
      const pools = Object.values(sim.model.objs).filter((o) => o.kind === 'pgmap');
      assert.strictEqual(pools.length, 2);
      for (const pg of pools) {
        if (pg.kind !== 'pgmap') continue;
        assert.strictEqual(pg.type, 'device-private');
        assert.strictEqual(pg.npages, CHUNK_PAGES);
        // the driver's own struct dev_pagemap (C memory) is what page->pgmap names
        assert.ok(pg.cpgmap && typeof pg.cpgmap === 'object' && 't' in pg.cpgmap && pg.cpgmap.t === 'p' && pg.cpgmap.s === 'c');
        const first = sim.model.pages[pg.firstPfn];
        assert.ok(first && first.freed && first.zone === 'device-private');
      }
      assert.strictEqual(d.memRegions.length, 2);
      assert.ok(d.memRegions.every((r) => r.name === 'hmm_dmirror' && r.size === CHUNK_PAGES * 4096));
    });
  }
});
