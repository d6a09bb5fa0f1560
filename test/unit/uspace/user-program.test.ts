// User-space programs whose loads and stores go through the model's page tables (issue 12
// item 1): C programs under test/fixtures/uspace run through the `mmstep exec` path as the
// user program of the model's process — mmap / munmap / malloc / mem* on user memory, the zero
// page, SIGSEGV for writes to PROT_READ memory and for unmapped memory, at their line; pages the
// driver migrates keep their bytes; a read of a migration entry waits.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { MmModel } from '../../../src/mm/state';
import { ZERO_PFN } from '../../../src/mm/state';
import { FIX, KERNEL, pteAt, runUser } from './helpers';

describe('user programs: loads and stores through the page tables', () => {
  it('mmap 16 pages, write every int, read it back', async () => {
    const { r, model } = await runUser(['mmap-rw.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    const n = 16 * 1024;
    assert.match(r.stdout, new RegExp(`^sum ${(n * (n - 1)) / 2} at 7ffff7fef000 end 7ffff7fff000\n`));
    // munmap gave everything back: no pte left, the pages freed
    const mm = model.mms[1];
    assert.deepStrictEqual(mm.vmas.map((v) => v.start.toString(16)), ['555555559000']);
  });

  it('16 faulted pages each hold their bytes, mapped writable and dirty', async () => {
    let seen: MmModel | undefined;
    const src = fs.readFileSync(path.join(FIX, 'mmap-rw.c'), 'utf8').replace('if (munmap(ptr, size))', 'if (0)');
    const { r } = await runUser(['/virtual/mmap-keep.c'], {
      read: async (p) => (p === '/virtual/mmap-keep.c' ? src : fs.promises.readFile(p, 'utf8')),
      includeDirs: [FIX, path.join(KERNEL, 'include')],
      user: { kernelDir: KERNEL, onModel: (m) => (seen = m) },
    });
    assert.strictEqual(r.exitCode, 0, JSON.stringify(r.fault));
    const m = seen!;
    for (let k = 0; k < 16; k++) {
      const addr = 0x7ffff7fef000 + k * 4096;
      const d = pteAt(m, 1, addr);
      assert.strictEqual(d.kind, 'present', `page ${k}`);
      const page = m.pages[d.pfn!];
      assert.strictEqual(page.mapcount, 1);
      assert.ok(page.anon && page.data, `page ${k} anon with bytes`);
      assert.strictEqual(page.data![0], k * 1024);
      assert.strictEqual(page.data![1023], k * 1024 + 1023);
    }
    assert.strictEqual(m.mms[1].rssAnon, 16);
  });

  it('a read of untouched anonymous memory maps the zero page and reads 0', async () => {
    const { r, model } = await runUser(['zero-read.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0);
    const where = 0x7ffff7ffd000;
    const first = pteAt(model, 1, where);
    assert.strictEqual(first.kind, 'present');
    assert.strictEqual(first.pfn, ZERO_PFN, 'the first page (only read) maps the zero page');
    const second = pteAt(model, 1, where + 4096);
    assert.notStrictEqual(second.pfn, ZERO_PFN, 'the written page is a page of its own (COW from the zero page)');
  });

  it('a write to PROT_READ memory is SIGSEGV at the store', async () => {
    const { r } = await runUser(['ro-write.c']);
    assert.ok(r.fault, `exit ${r.exitCode}`);
    assert.strictEqual(r.fault!.kind, 'segv');
    assert.match(r.fault!.message, /SIGSEGV: write to 0x7ffff7ffe00c: .*read-only/);
    assert.deepStrictEqual([path.basename(r.fault!.file), r.fault!.line, r.fault!.column], ['ro-write.c', 10, 2]);
  });

  it('an access after munmap is SIGSEGV', async () => {
    const { r } = await runUser(['munmap-access.c']);
    assert.strictEqual(r.fault?.kind, 'segv', JSON.stringify(r));
    assert.match(r.fault!.message, /read of 0x7ffff7ffc000: no mapping/);
    assert.deepStrictEqual([path.basename(r.fault!.file), r.fault!.line], ['munmap-access.c', 12]);
  });

  it('madvise(MADV_DONTNEED) zaps, MAP_FIXED replaces, MADV_HUGEPAGE is 0 (no THP in 8 KiB), PROT_NONE faults', async () => {
    const { r, model } = await runUser(['mman.c']);
    assert.strictEqual(r.fault?.kind, 'segv', JSON.stringify(r));
    assert.match(r.fault!.message, /SIGSEGV: read of 0x7ffff7ffd004: the mapping 0x7ffff7ffd000-0x7ffff7ffe000 does not allow it \(PROT_NONE, SEGV_ACCERR\)/);
    assert.deepStrictEqual([path.basename(r.fault!.file), r.fault!.line], ['mman.c', 32]);
    assert.strictEqual(pteAt(model, 1, 0x7ffff7ffd000).kind, 'none', 'MAP_FIXED over it dropped the page');
  });

  it('malloc, calloc, posix_memalign and free carve the process heap', async () => {
    const { r, model } = await runUser(['malloc-rt.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.match(r.stdout, /^heap 555555559000 big 7ffff7fbe010\n$/);
    const heap = model.uheap![1];
    assert.deepStrictEqual(heap.blocks, {}, 'every block freed');
    assert.deepStrictEqual(model.mms[1].vmas.length, 1, 'the big block was unmapped again');
  });

  it('memset, memcpy and memcmp work on user memory', async () => {
    const { r } = await runUser(['memops.c']);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0);
  });
});

describe('user programs: pages migrated by the driver keep their bytes', () => {
  const kernel = ['mm/pagewalk_ops.c', 'mm/migrate_device.c', 'mm/rmap.c', 'mm/gup.c', 'drivers/test_hmm.c', 'test/current_tests.c'].map((f) => path.join(KERNEL, f));
  it('migrate to device memory and fault back: every int intact', async () => {
    const { r, model } = await runUser(['migrate.c', 'migrate-helper.c', ...kernel]);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0, r.stdout);
    assert.match(r.stdout, /migrate: ret 0 cpages 4/);
    for (let k = 0; k < 4; k++) {
      const d = pteAt(model, 1, 0x7ffff7ffb000 + k * 4096);
      assert.strictEqual(d.kind, 'present', `page ${k} back in RAM`);
      const page = model.pages[d.pfn!];
      assert.strictEqual(page.zone, 'ram');
      assert.strictEqual(page.data![5], (k * 1024 + 5) * 3);
    }
  });
});

const kernelFiles = ['mm/pagewalk_ops.c', 'mm/migrate_device.c', 'mm/rmap.c', 'mm/gup.c', 'drivers/test_hmm.c', 'test/current_tests.c'].map((f) => path.join(KERNEL, f));

describe('user programs: copy-on-write after fork', () => {
  const kernel = kernelFiles;
  it('a write to a page shared with the child copies it, bytes and all', async () => {
    const { r, model } = await runUser(['cow.c', 'migrate-helper.c', ...kernel]);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 0);
    const addr = 0x7ffff7ffe000;
    const parent = pteAt(model, 1, addr);
    const child = pteAt(model, 2, addr);
    assert.strictEqual(parent.kind, 'present');
    assert.strictEqual(child.kind, 'present');
    assert.notStrictEqual(parent.pfn, child.pfn, 'the parent got a copy');
    assert.ok(parent.bits.includes('write'), 'the copy is writable');
    assert.strictEqual(model.pages[child.pfn!].data![0], 1, 'the child keeps the old bytes');
    assert.strictEqual(model.pages[parent.pfn!].data![0], 99);
    assert.strictEqual(model.pages[parent.pfn!].data![1023], 1024, 'the rest was copied');
    assert.strictEqual(model.pages[child.pfn!].mapcount, 1);
  });
});

describe('user programs: the TLB', () => {
  it('a read through a TLB entry whose pte was cleared unflushed reads the old page and is a stale-tlb-use', async () => {
    const { r, model } = await runUser(['stale-tlb.c', 'migrate-helper.c', ...kernelFiles]);
    assert.strictEqual(r.fault, undefined, JSON.stringify(r.fault));
    assert.strictEqual(r.exitCode, 5, 'the stale translation still reaches the old page');
    assert.deepStrictEqual(
      model.pending.map((p) => p.invariant),
      ['stale-tlb-use'],
    );
    assert.match(model.pending[0].message, /CPU 0 read pid 1 0x7ffff7ffe000 through a stale TLB entry/);
  });
});

describe('user programs: an access to a page under migration waits', () => {
  const kernel = ['mm/pagewalk_ops.c', 'mm/migrate_device.c', 'mm/rmap.c', 'mm/gup.c', 'drivers/test_hmm.c', 'test/current_tests.c'].map((f) => path.join(KERNEL, f));
  it('a read of a migration entry sleeps in migration_entry_wait on the locked page', async () => {
    const { r, model } = await runUser(['migration-wait.c', 'migrate-helper.c', ...kernel]);
    assert.strictEqual(r.fault?.kind, 'deadlock', JSON.stringify(r));
    assert.match(r.fault!.message, /sleeps forever in migration_entry_wait\(pfn 0x100\)/);
    const d = pteAt(model, 1, 0x7ffff7ffe000);
    assert.strictEqual(d.kind, 'migration');
    assert.ok(model.pages[0x100].locked);
    assert.ok(model.pages[0x100].lockWaiters.length === 1, 'the user thread waits on the page lock');
  });
});

