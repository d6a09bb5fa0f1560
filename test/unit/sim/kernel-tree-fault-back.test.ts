// A device page faulted back to RAM with a 6.1 / 6.12 tree's unmodified mm/migrate_device.c:
// those kernels' do_swap_page takes only a reference to the device page before migrate_to_ram
// (no folio lock), and their collect trylocks the faulting folio. The fixtures pair the tree's
// file with kernel/mm/memory_fault_ref_only.c (that rule) and pass; paired with kernel/'s
// memory.c (the newer rule: the fault path holds the lock) the tree's collect finds the page
// locked, collects nothing, and the fault retries until the step budget — which is why a tree
// scenario must use the fault path of its version.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { FIXTURES, treeFile, useKernelCache } from './kernel-tree-env';
import { OverlayFileAccess } from './tree-scenario';

describe('kernel trees: a device page faulted back with the version\'s fault rule', () => {
  useKernelCache();

  for (const v of ['6.12', '6.1']) {
    const scn = path.join(FIXTURES, `current-fault-back-${v}.mmstep.yaml`);
    before(() => void treeFile(v));

    it(`Linux ${v}: the data comes back and every expectation holds`, async () => {
      const sim = await Simulation.load(scn, new NodeFileAccess());
      const r = sim.runToEnd();
      assert.strictEqual(r.outcome, 'completed', JSON.stringify(r.fault));
      assert.ok(r.passed, JSON.stringify(r.expectations.filter((e) => !e.ok)));
    });

    it(`Linux ${v}: with kernel/'s memory.c (fault path holds the lock) the fault never completes`, async () => {
      // Served from memory beside the fixture: nothing is written into the repository.
      const text = fs.readFileSync(scn, 'utf8').replace(/kernel\/mm\/memory_fault_ref_only\.c/g, 'kernel/mm/memory.c');
      assert.notStrictEqual(text, fs.readFileSync(scn, 'utf8'), 'the fixture lists memory_fault_ref_only.c');
      const copy = scn.replace(/\.mmstep\.yaml$/, '.mismatch.mmstep.yaml');
      const sim = await Simulation.load(copy, new OverlayFileAccess(copy, text));
      const r = sim.runToEnd();
      assert.strictEqual(r.outcome, 'budget');
      assert.ok(!r.passed);
    });
  }
});
