// MAP_SHARED | MAP_ANONYMOUS memory of user programs (issue 12 item 1, hmm-tests'
// anon_write_child_shared): shmem as on Linux — the parent and its forked child map the same
// pages (fork copies no pte of a shared mapping, the child faults them in from the object),
// a write never copies, a page either faults in first is the other's too, MADV_DONTNEED keeps
// the data, and the pages are freed when the last process mapping them unmaps or exits.

import * as assert from 'assert';
import { quiescentProblems } from '../../../src/mm/invariants';
import { pteAt, runUser } from './helpers';

const ADDR = 0x7ffff7ffc000;

describe('user programs: MAP_SHARED | MAP_ANONYMOUS memory', () => {
  it("the forked child's writes (to a page of before the fork and to one it faulted in) are the parent's; DONTNEED keeps them", async () => {
    const { r, model } = await runUser(['shared-anon.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.strictEqual(r.stdout, 'shared 2 3\n');
    const o = Object.values(model.shmem!.objs);
    assert.strictEqual(o.length, 1, 'one object');
    assert.deepStrictEqual(Object.keys(o[0].pages), ['0', '1', '2'], 'three pages, allocated once each');
    for (let k = 0; k < 3; k++) {
      const d = pteAt(model, 1, ADDR + k * 4096);
      assert.strictEqual(d.kind, 'present');
      assert.strictEqual(d.pfn, o[0].pages[k], `page ${k} of the parent is the object's`);
      const page = model.pages[d.pfn!];
      assert.strictEqual(page.anon, false, 'shmem, not anonymous');
      assert.strictEqual(page.mapping, 'file');
      assert.strictEqual(page.index, k);
      assert.strictEqual(page.mapcount, 1, 'mapped by the parent alone (the child exited)');
      assert.strictEqual(page.refcount, 2, 'its mapping and the page cache');
    }
    assert.strictEqual(model.pages[o[0].pages[2]].data![0], 4);
    assert.deepStrictEqual(quiescentProblems(model), []);
  });

  it('the child maps the pages after the parent unmapped them; its exit frees them', async () => {
    const { r, model } = await runUser(['shared-anon-unmap.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.deepStrictEqual(model.shmem!.objs, {}, 'the object is gone');
    assert.deepStrictEqual(model.shmem!.maps, []);
    const shmem = Object.values(model.pages).filter((p) => p.index <= 1 && !p.anon && p.zone === 'ram' && p.pfn !== 0 && p.data?.some((w) => w === 7 || w === 8));
    assert.ok(shmem.length === 2 && shmem.every((p) => p.freed), JSON.stringify(shmem.map((p) => [p.pfn, p.freed, p.refcount])));
    assert.deepStrictEqual(quiescentProblems(model), []);
  });
});
