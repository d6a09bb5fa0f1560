// The 2016-era natives of src/mm/natives/legacy.ts, called directly on a model: try_to_unmap
// (rmap walk over every process, TTU flags, PTE-lock contention), remove_migration_ptes (one
// mapping per migration entry, write only with VM_WRITE, device-private targets), migrate_page
// (refcount check, state moved, the v13 copy flag) and lru_cache_add; the 2016 names of the
// device entries (is_device_entry, make_device_entry, ...) and pte_swp_soft_dirty on a none pte
// (what the posted v13 restore pass reads).

import * as assert from 'assert';
import { SimFault, type NativeCtx } from '../../../src/c/native';
import { pagePtr, type Ptr, type Value } from '../../../src/c/value';
import { createModel, createNatives, type MemorySpec, type MmModel } from '../../../src/mm/index';
import { pteAt, pteTableFor } from '../../../src/mm/pgtable';
import { decodePte } from '../../../src/mm/pte';
import { NO_TID, tableIndex } from '../../../src/mm/state';

const A = 0x100000;
const TTU_MIGRATION = 1n;
const TTU_IGNORE_ACCESS = 1n << 9n;

function ctx(tid = 1, cpu = 0): NativeCtx {
  return {
    tid,
    cpu,
    loc: { file: 'test.c', line: 1, column: 1, endLine: 1, endColumn: 2 },
    load: () => 0n,
    store: () => undefined,
    wake: () => undefined,
    warn: () => undefined,
    print: () => undefined,
  };
}

/** pid 1 maps pfn 0x100 (writable, private) and pfn 0x101 shared with pid 2 (fork-style). */
function spec(): MemorySpec {
  return {
    cpus: 2,
    processes: [
      { pid: 1, vmas: [{ start: A, end: A + 0x4000 }], pages: [{ addr: A, pfn: 0x100, content: 'P' }, { addr: A + 0x1000, pfn: 0x101, content: 'S', sharedWith: [{ pid: 2, addr: A + 0x1000 }] }] },
      { pid: 2, vmas: [{ start: A, end: A + 0x4000, flags: ['VM_READ'] }] },
    ],
    tlb: [
      { cpu: 0, pid: 1, addr: A + 0x1000 },
      { cpu: 1, pid: 2, addr: A + 0x1000 },
    ],
  };
}

function setup() {
  const m = createModel(spec());
  const n = createNatives(m);
  const call = (c: NativeCtx, name: string, ...args: Value[]) => n[name](c, args);
  return { m, call };
}

function faultOf(f: () => unknown): SimFault {
  try {
    f();
  } catch (e) {
    if (e instanceof SimFault) return e;
    throw e;
  }
  assert.fail('expected a SimFault');
}

function lock(m: MmModel, pfn: number, tid = 1): void {
  m.pages[pfn].locked = true;
  m.pages[pfn].lockOwner = tid;
}

const kind = (m: MmModel, pid: number, addr: number) => {
  const d = decodePte(pteAt(m, pid, addr));
  return d.pfn === undefined ? d.kind : `${d.kind}${d.mode ? '(' + d.mode + ')' : ''} 0x${d.pfn.toString(16)}`;
};

describe('v13 legacy natives', () => {
  it('try_to_unmap replaces the mapping in every process and flushes their TLB entries', () => {
    const { m, call } = setup();
    lock(m, 0x101);
    const p = m.pages[0x101];
    p.refcount += 1; // the migration's isolation reference
    p.lru = 'isolated';
    assert.deepStrictEqual([p.refcount, p.mapcount], [3, 2]);
    const r = call(ctx(), 'try_to_unmap', pagePtr(0x101), TTU_MIGRATION | TTU_IGNORE_ACCESS);
    assert.strictEqual(r, 0n); // SWAP_SUCCESS
    assert.strictEqual(kind(m, 1, A + 0x1000), 'migration(read) 0x101');
    assert.strictEqual(kind(m, 2, A + 0x1000), 'migration(read) 0x101');
    // both pte references and both mapcounts are gone; the isolation reference stays
    assert.deepStrictEqual([p.refcount, p.mapcount], [1, 0]);
    assert.deepStrictEqual(m.tlbs, [[], []]);
  });

  it('try_to_unmap: a writable pte becomes a write migration entry and its dirty bit moves to the page', () => {
    const { m, call } = setup();
    lock(m, 0x100);
    // keep the page alive: the caller's isolation reference
    m.pages[0x100].refcount++;
    m.pages[0x100].lru = 'isolated';
    const t = pteTableFor(m, 1, A)!;
    const i = tableIndex(1, A);
    t.entries[i] = t.entries[i] | (1n << 6n); // _PAGE_DIRTY
    assert.strictEqual(call(ctx(), 'try_to_unmap', pagePtr(0x100), TTU_MIGRATION | TTU_IGNORE_ACCESS), 0n);
    assert.strictEqual(kind(m, 1, A), 'migration(write) 0x100');
    assert.deepStrictEqual([m.pages[0x100].refcount, m.pages[0x100].mapcount, m.pages[0x100].dirty], [1, 0, true]);
  });

  it('try_to_unmap without TTU_IGNORE_ACCESS gives up on a young pte (SWAP_FAIL) and clears young', () => {
    const { m, call } = setup();
    lock(m, 0x100);
    assert.strictEqual(call(ctx(), 'try_to_unmap', pagePtr(0x100), TTU_MIGRATION), 2n);
    const d = decodePte(pteAt(m, 1, A));
    assert.strictEqual(d.kind, 'present');
    assert.ok(!d.bits.includes('young'));
    assert.strictEqual(m.pages[0x100].mapcount, 1);
  });

  it('try_to_unmap: the page must be locked; only TTU_MIGRATION is modelled', () => {
    const { m, call } = setup();
    assert.strictEqual(faultOf(() => call(ctx(), 'try_to_unmap', pagePtr(0x100), TTU_MIGRATION)).kind, 'bug-on');
    lock(m, 0x100);
    assert.strictEqual(faultOf(() => call(ctx(), 'try_to_unmap', pagePtr(0x100), 0n)).kind, 'unsupported');
  });

  it('try_to_unmap spins on a PTE lock held by another thread and deadlocks on its own', () => {
    const { m, call } = setup();
    lock(m, 0x101);
    const t2 = pteTableFor(m, 2, A + 0x1000)!;
    const ptl = m.objs[t2.ptl];
    assert.ok(ptl.kind === 'spinlock');
    ptl.holder = 7;
    const before = pteAt(m, 1, A + 0x1000);
    const r = call(ctx(), 'try_to_unmap', pagePtr(0x101), TTU_MIGRATION | TTU_IGNORE_ACCESS) as { t: string; on: string };
    assert.strictEqual(r.t, 'block');
    assert.strictEqual(r.on, `spin:${t2.ptl}`);
    // nothing changed before blocking: the retried call starts from the same state
    assert.strictEqual(pteAt(m, 1, A + 0x1000), before);
    ptl.holder = 1;
    assert.strictEqual(faultOf(() => call(ctx(1), 'try_to_unmap', pagePtr(0x101), TTU_MIGRATION | TTU_IGNORE_ACCESS)).kind, 'deadlock');
    ptl.holder = NO_TID;
  });

  it('remove_migration_ptes maps the new page wherever a migration entry names the old one', () => {
    const { m, call } = setup();
    lock(m, 0x101);
    m.pages[0x101].refcount += 1; // isolation ref, so it survives the unmap
    call(ctx(), 'try_to_unmap', pagePtr(0x101), TTU_MIGRATION | TTU_IGNORE_ACCESS);
    const nw = call(ctx(), 'alloc_page', 0n) as Ptr;
    const newPage = m.pages[nw.b];
    assert.strictEqual(faultOf(() => call(ctx(), 'remove_migration_ptes', pagePtr(0x101), nw, 0n)).kind, 'bug-on');
    lock(m, nw.b);
    call(ctx(), 'remove_migration_ptes', pagePtr(0x101), nw, 0n);
    assert.strictEqual(kind(m, 1, A + 0x1000), `present 0x${nw.b.toString(16)}`);
    assert.strictEqual(kind(m, 2, A + 0x1000), `present 0x${nw.b.toString(16)}`);
    // read migration entries: not writable in either process
    assert.ok(!decodePte(pteAt(m, 1, A + 0x1000)).bits.includes('write'));
    assert.deepStrictEqual([newPage.refcount, newPage.mapcount], [3, 2]);
    assert.deepStrictEqual([m.pages[0x101].refcount, m.pages[0x101].mapcount], [1, 0]);
  });

  it('remove_migration_ptes: a write entry to a device-private page gives a writable device-private entry', () => {
    const { m, call } = setup();
    lock(m, 0x100);
    m.pages[0x100].refcount += 1;
    call(ctx(), 'try_to_unmap', pagePtr(0x100), TTU_MIGRATION | TTU_IGNORE_ACCESS);
    assert.strictEqual(kind(m, 1, A), 'migration(write) 0x100');
    // a device-private destination page
    m.pages[0x900] = { ...structuredClone(m.pages[0x100]), pfn: 0x900, zone: 'device-private', refcount: 1, mapcount: 0, lru: 'none', locked: true, lockOwner: 1 };
    call(ctx(), 'remove_migration_ptes', pagePtr(0x100), pagePtr(0x900), 0n);
    const d = decodePte(pteAt(m, 1, A));
    assert.deepStrictEqual([d.kind, d.pfn, d.bits.includes('write')], ['device-private', 0x900, true]);
    assert.deepStrictEqual([m.pages[0x900].refcount, m.pages[0x900].mapcount], [2, 1]);
  });

  it('migrate_page: -EAGAIN with an extra reference; else mapping, index, dirty move; copy only on request', () => {
    const { m, call } = setup();
    const old = m.pages[0x100];
    lock(m, 0x100);
    old.refcount += 1;
    old.lru = 'isolated';
    old.dirty = true;
    call(ctx(), 'try_to_unmap', pagePtr(0x100), TTU_MIGRATION | TTU_IGNORE_ACCESS);
    const nw = call(ctx(), 'alloc_page', 0n) as Ptr;
    lock(m, nw.b);
    old.refcount += 1; // a concurrent get_page
    assert.strictEqual(call(ctx(), 'migrate_page', 0n, nw, pagePtr(0x100), 2n, 0n), -11n);
    assert.strictEqual(m.pages[nw.b].mapping, 'none');
    old.refcount -= 1;
    assert.strictEqual(call(ctx(), 'migrate_page', 0n, nw, pagePtr(0x100), 2n, 0n), 0n);
    const np = m.pages[nw.b];
    assert.deepStrictEqual([np.mapping, np.anon, np.index, np.dirty, old.dirty], ['anon', true, A / 4096, true, false]);
    assert.notStrictEqual(np.content, 'P'); // copy == false: the driver copies
    const nw2 = call(ctx(), 'alloc_page', 0n) as Ptr;
    lock(m, nw2.b);
    assert.strictEqual(call(ctx(), 'migrate_page', 0n, nw2, pagePtr(0x100), 2n, 1n), 0n);
    assert.strictEqual(m.pages[nw2.b].content, 'P');
  });

  it('lru_cache_add queues the page in this CPU batch (with a reference) until a drain', () => {
    const { m, call } = setup();
    const nw = call(ctx(1, 1), 'alloc_page', 0n) as Ptr;
    call(ctx(1, 1), 'lru_cache_add', nw);
    const p = m.pages[nw.b];
    assert.deepStrictEqual([p.lru, p.batchCpu, p.refcount], ['batch', 1, 2]);
    assert.deepStrictEqual(m.lruBatch[1], [nw.b]);
    assert.strictEqual(faultOf(() => call(ctx(1, 1), 'lru_cache_add', nw)).kind, 'bug-on');
    call(ctx(1, 1), 'lru_add_drain');
    assert.deepStrictEqual([p.lru, p.refcount], ['lru', 1]);
  });
  it('2016 device entries: make_device_entry / is_device_entry / is_write_device_entry / device_entry_to_page', () => {
    const { m, call } = setup();
    m.pages[0x900] = { ...structuredClone(m.pages[0x100]), pfn: 0x900, zone: 'device-private', refcount: 1, mapcount: 0, lru: 'none' };
    const c = ctx();
    const w = call(c, 'make_device_entry', pagePtr(0x900), 1n) as bigint;
    const r = call(c, 'make_device_entry', pagePtr(0x900), 0n) as bigint;
    // the same entries as today's names make
    assert.strictEqual(w, call(c, 'make_device_private_entry', pagePtr(0x900), 1n));
    assert.strictEqual(r, call(c, 'make_device_private_entry', pagePtr(0x900), 0n));
    assert.deepStrictEqual([call(c, 'is_device_entry', w), call(c, 'is_device_entry', r)], [1n, 1n]);
    assert.deepStrictEqual([call(c, 'is_write_device_entry', w), call(c, 'is_write_device_entry', r)], [1n, 0n]);
    assert.deepStrictEqual(call(c, 'device_entry_to_page', w), pagePtr(0x900));
    // a migration entry is not a device entry; a system page cannot have one
    lock(m, 0x100);
    const mig = call(c, 'make_migration_entry', pagePtr(0x100), 1n) as bigint;
    assert.strictEqual(call(c, 'is_device_entry', mig), 0n);
    assert.match(faultOf(() => call(c, 'device_entry_to_page', mig)).message, /device_entry_to_page: not a device entry/);
    assert.match(faultOf(() => call(c, 'make_device_entry', pagePtr(0x100), 1n)).message, /make_device_entry: page pfn 0x100 is not un-addressable device memory/);
  });

  it('pte_swp_soft_dirty on a none pte: 0 and a warning at the line (a present pte still faults)', () => {
    const { m, call } = setup();
    const warned: string[] = [];
    const c = { ...ctx(), warn: (msg: string) => void warned.push(msg) };
    assert.strictEqual(call(c, 'pte_swp_soft_dirty', 0n), 0n);
    assert.strictEqual(call(c, 'pte_swp_soft_dirty', 0n), 0n);
    assert.strictEqual(warned.length, 1);
    assert.match(warned[0], /^test\.c:1:1: warning: pte_swp_soft_dirty\(\) on a none pte \(0\)/);
    assert.strictEqual(m.pteWarnings![0].count, 2);
    assert.strictEqual(faultOf(() => call(c, 'pte_swp_soft_dirty', pteAt(m, 1, A))).kind, 'undefined-behaviour');
  });
});
