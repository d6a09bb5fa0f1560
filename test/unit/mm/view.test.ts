import * as assert from 'assert';
import { pagePtr } from '../../../src/c/value';
import { buildStateView, changedKeys, createModelMemory, migrateArrayView, restoreModel, type MemorySpec } from '../../../src/mm/index';
import { pteTableFor, writeEntryRaw } from '../../../src/mm/pgtable';
import { mkMigrationPte } from '../../../src/mm/pte';
import { ptePtr, objPtr } from '../../../src/c/value';
import { fakeCtx, Harness, privateRange } from './helpers';

const A = 0x100000;
const names = (t: number) => `thread${t}`;

describe('mm state view', () => {
  it('lists populated ptes, pages, TLBs and locks as JSON-safe data', () => {
    const h = new Harness(privateRange(2, { tlb: [{ cpu: 0, pid: 1, addr: A }] }));
    h.call(fakeCtx(3), 'trylock_page', pagePtr(0x101));
    const v = buildStateView(h.m, { threadName: names, step: 7, stage: 'collect' });
    assert.doesNotThrow(() => JSON.stringify(v));
    assert.strictEqual(v.step, 7);
    assert.strictEqual(v.stage, 'collect');
    const p = v.processes[0];
    assert.deepStrictEqual(p.vmas, [{ start: '0x100000', end: '0x140000', flags: ['VM_READ', 'VM_WRITE', 'anon'] }]);
    assert.deepStrictEqual(
      p.ptes.map((e) => [e.key, e.kind, e.pfn, e.text]),
      [
        ['pte:1:0x100000', 'present', 0x100, 'present(W,A) -> pfn 0x100'],
        ['pte:1:0x101000', 'present', 0x101, 'present(W,A) -> pfn 0x101'],
      ],
    );
    assert.deepStrictEqual(v.pages.map((x) => [x.key, x.refcount, x.mapcount, x.locked, x.lockHolder, x.lru]), [
      ['page:256', 1, 1, false, undefined, 'lru'],
      ['page:257', 1, 1, true, 'thread3', 'lru'],
    ]);
    assert.deepStrictEqual(v.tlbs, [{ cpu: 0, entries: [{ pid: 1, addr: '0x100000', pfn: 0x100, write: true, stale: false }] }]);
    assert.deepStrictEqual(v.locks, [{ name: 'page lock pfn 0x101', kind: 'page', holder: 'thread3', waiters: [] }]);
    assert.deepStrictEqual(v.violations, []);
  });

  it('shows none entries inside a requested range, and the PTL holder', () => {
    const h = new Harness(privateRange(1));
    const ctx = fakeCtx(2);
    const mm = objPtr(h.m.mms[1].obj);
    const pgd = h.ptr(ctx, 'pgd_offset', mm, BigInt(A));
    const pmd = h.ptr(ctx, 'pmd_offset', h.ptr(ctx, 'pud_offset', pgd, BigInt(A)), BigInt(A));
    h.call(ctx, 'pte_offset_map_lock', mm, pmd, BigInt(A), { t: 'p', s: 'c', b: 1, i: 0 });
    const v = buildStateView(h.m, { threadName: names, ranges: [{ pid: 1, start: A, end: A + 3 * 4096 }] });
    assert.deepStrictEqual(
      v.processes[0].ptes.map((e) => [e.addr, e.kind, e.ptlHolder]),
      [
        ['0x100000', 'present', 'thread2'],
        ['0x101000', 'none', 'thread2'],
        ['0x102000', 'none', 'thread2'],
      ],
    );
    assert.strictEqual(v.locks[0].kind, 'ptl');
  });

  it('reports the keys that changed between two views', () => {
    const h = new Harness(privateRange(2));
    const before = buildStateView(h.m, { threadName: names });
    const t = pteTableFor(h.m, 1, A)!;
    h.call(fakeCtx(), 'trylock_page', pagePtr(0x100));
    writeEntryRaw(h.m, t, 256, mkMigrationPte(0x100, 'write'));
    h.m.pages[0x100].mapcount = 0;
    const after = buildStateView(h.m, { threadName: names });
    assert.deepStrictEqual(changedKeys(before, after), ['page:256', 'pte:1:0x100000']);
    assert.strictEqual(after.processes[0].ptes[0].text, 'migration(W) -> pfn 0x100');
    assert.deepStrictEqual(changedKeys(undefined, after), []);
  });

  it('decodes migration arrays', () => {
    // HMM v13 layout: MIGRATE bit 9, LOCKED bit 7, the pfn from bit 11
    const v = migrateArrayView('pfns', [(0x100n << 11n) | 1n | 0x200n | 0x80n, 0n], 'hmm');
    assert.deepStrictEqual(v, {
      name: 'pfns',
      slots: [
        { index: 0, raw: '0x80281', pfn: 0x100, flags: ['VALID', 'LOCKED', 'MIGRATE'] },
        { index: 1, raw: '0x0', flags: [] },
      ],
    });
  });
});

describe('mm ModelMemory', () => {
  const spec: MemorySpec = privateRange(1);

  it('reads vma and mm fields, ptes through pt pointers, and describes objects', () => {
    const h = new Harness(spec);
    const mem = createModelMemory(h.m);
    const vma = objPtr(h.m.mms[1].vmas[0].obj);
    assert.deepStrictEqual(mem.readField(vma, 'vm_area_struct', 'vm_mm'), objPtr(h.m.mms[1].obj));
    assert.strictEqual(mem.readField(vma, 'vm_area_struct', 'vm_start'), 0x100000n);
    assert.strictEqual(mem.readField(vma, 'vm_area_struct', 'vm_end'), 0x140000n);
    assert.strictEqual(mem.readField(vma, 'vm_area_struct', 'vm_flags'), 3n);
    assert.throws(() => mem.readField(vma, 'vm_area_struct', 'vm_file'), /not modelled/);
    const t = pteTableFor(h.m, 1, A)!;
    assert.strictEqual(mem.readEntry(ptePtr(t.id, 256)), t.entries[256]);
    assert.strictEqual(mem.readEntry(ptePtr(t.id, 5)), 0n);
    assert.throws(() => mem.readEntry(ptePtr(t.id, 512)), /outside its table/);
    mem.writeEntry(ptePtr(t.id, 5), 0n);
    assert.strictEqual(mem.tableSize(t.id), 512);
    assert.match(mem.describe(ptePtr(t.id, 256)), /^pte\[256\] of table \d+ \(pid 1 0x100000\): present\(W,A\) -> pfn 0x100$/);
    assert.strictEqual(mem.describe(pagePtr(0x100)), 'page pfn 0x100 (ref 1, map 1, lru)');
    assert.match(mem.describe(vma), /^vma 0x100000-0x140000 \[VM_READ VM_WRITE anon\] of pid 1$/);
    assert.strictEqual(mem.isFreed(pagePtr(0x100)), false);
  });

  it('restoreModel rewinds the state in place, so natives keep working', () => {
    const h = new Harness(spec);
    const snap = structuredClone(h.m);
    h.call(fakeCtx(), 'get_page', pagePtr(0x100));
    assert.strictEqual(h.m.pages[0x100].refcount, 2);
    restoreModel(h.m, snap);
    assert.strictEqual(h.m.pages[0x100].refcount, 1);
    h.call(fakeCtx(), 'get_page', pagePtr(0x100));
    assert.strictEqual(h.m.pages[0x100].refcount, 2);
    assert.strictEqual(snap.pages[0x100].refcount, 1);
  });
});
