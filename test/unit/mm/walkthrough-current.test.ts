// Reference-count walkthroughs A-D of kernel-semantics §1.4, reproduced with today's flow: the
// C in kernel/ (migrate_device.c, rmap.c, memory.c, the dmirror driver) runs statement by
// statement, and after every statement the watched pages' state is recorded. The rows of the
// walkthrough table must appear in that sequence, in order (intermediate states such as a pte
// briefly none under the PTL may come between them).

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { decodePte } from '../../../src/mm/pte';
import { pteAt } from '../../../src/mm/pgtable';

const FIX = path.join(__dirname, '../../../../test/unit/mm/fixtures');
const ADDR = 0x7f0000000000;

interface Row {
  ref: number;
  map: number;
  locked: boolean;
  lru?: string;
  pte?: string;
  free?: boolean;
}

function rowOf(sim: Simulation, pfn: number, withPte: boolean): Row {
  const p = sim.model.pages[pfn];
  const r: Row = { ref: p.refcount, map: p.mapcount, locked: p.locked, lru: p.lru, free: p.freed };
  if (withPte) r.pte = decodePte(pteAt(sim.model, 1, ADDR)).kind;
  return r;
}

/** Run to the end one statement at a time, recording each distinct state of `pfn`. */
async function trace(file: string, pfn: number, withPte = true): Promise<{ rows: Row[]; sim: Simulation }> {
  const sim = await Simulation.load(path.join(FIX, file), new NodeFileAccess());
  const rows: Row[] = [];
  const push = () => {
    if (!sim.model.pages[pfn]) return;
    const r = rowOf(sim, pfn, withPte);
    if (!rows.length || JSON.stringify(rows[rows.length - 1]) !== JSON.stringify(r)) rows.push(r);
  };
  push();
  for (let guard = 0; guard < 100000; guard++) {
    const stop = sim.stepIn(1);
    push();
    if (stop.reason === 'end' || stop.ended || stop.reason === 'exception') break;
    if (sim.threads().every((t) => t.status === 'done')) break;
  }
  const r = sim.result();
  assert.strictEqual(r.outcome, 'completed', JSON.stringify(r.fault));
  assert.ok(r.passed, JSON.stringify(r.expectations));
  return { rows, sim };
}

/** Assert `want` is a subsequence of `got` (each wanted row matched on the keys it gives). */
function assertRows(got: Row[], want: Partial<Row>[], what: string): void {
  let k = 0;
  for (const g of got) {
    if (k < want.length && Object.entries(want[k]).every(([key, v]) => (g as unknown as Record<string, unknown>)[key] === v)) k++;
  }
  assert.strictEqual(k, want.length, `${what}: row ${k} ${JSON.stringify(want[k])} not reached in order; states seen:\n${got.map((r) => JSON.stringify(r)).join('\n')}`);
}

describe('mm walkthroughs A-D (kernel-semantics §1.4) with today\'s migrate_vma flow', function () {
  this.timeout(20000);

  it('A: a private anon page migrates to device-private memory', async () => {
    const src = await trace('walkthrough-a.mmstep.yaml', 0x100);
    assertRows(src.rows, [
      { ref: 1, map: 1, locked: false, lru: 'lru', pte: 'present' }, // start
      { ref: 2, map: 1, locked: false, lru: 'lru', pte: 'present' }, // collect: get
      { ref: 1, map: 0, locked: true, lru: 'lru', pte: 'migration' }, // trylock, entry, rmap, put
      { ref: 2, map: 0, locked: true, lru: 'isolated', pte: 'migration' }, // unmap: isolate
      { ref: 1, map: 0, locked: true, lru: 'isolated', pte: 'migration' }, // drop collect ref
      { ref: 1, map: 0, locked: true, lru: 'isolated', pte: 'device-private' }, // finalize: remap to dst
      { ref: 0, map: 0, locked: false, free: true }, // unlock + put src: freed
    ], 'src');
    const dst = await trace('walkthrough-a.mmstep.yaml', 0x100000);
    assertRows(dst.rows, [
      { ref: 0, free: true }, // in the device pool
      { ref: 1, map: 0, locked: true, free: false }, // driver: zone_device_page_init
      { ref: 2, map: 1, locked: true, pte: 'device-private' }, // remove_migration_ptes
      { ref: 1, map: 1, locked: false, pte: 'device-private' }, // unlock + put dst
    ], 'dst');
    assert.strictEqual(dst.sim.model.pages[0x100000].content, '7');
  });

  it('B: a GUP pin makes the reference check fail and the page is restored', async () => {
    const { rows, sim } = await trace('walkthrough-b.mmstep.yaml', 0x100);
    assertRows(rows, [
      { ref: 2, map: 1, locked: false, lru: 'lru', pte: 'present' }, // pte + pin
      { ref: 3, map: 1, locked: false, pte: 'present' }, // collect: get
      { ref: 2, map: 0, locked: true, pte: 'migration' }, // entry installed
      { ref: 3, map: 0, locked: true, lru: 'isolated' }, // isolate
      { ref: 2, map: 0, locked: true, lru: 'isolated' }, // drop collect ref; check: 2 - 1 > 0
      { ref: 3, map: 0, locked: true, lru: 'isolated' }, // restore: get
      { ref: 2, map: 0, locked: true, lru: 'lru' }, // putback (isolation ref gone)
      { ref: 3, map: 1, locked: true, lru: 'lru', pte: 'present' }, // remove_migration_ptes(src, src)
      { ref: 2, map: 1, locked: false, lru: 'lru', pte: 'present' }, // unlock, put
    ], 'src');
    assert.strictEqual(sim.model.pages[0x100].pins, 1);
  });

  it('C: the device page is faulted back through migrate_to_ram', async () => {
    const { rows } = await trace('walkthrough-c.mmstep.yaml', 0x100000);
    assertRows(rows, [
      { ref: 1, map: 1, locked: false, pte: 'device-private' }, // at rest on the device
      { ref: 1, map: 1, locked: true, pte: 'device-private' }, // fault: trylock
      { ref: 2, map: 1, locked: true, pte: 'device-private' }, // fault: get
      { ref: 3, map: 1, locked: true, pte: 'device-private' }, // collect: get (no trylock: fault folio)
      { ref: 2, map: 0, locked: true, pte: 'migration' }, // entry, rmap, put
      { ref: 2, map: 0, locked: true, pte: 'present' }, // finalize: remap to the system page
      { ref: 1, map: 0, locked: true, pte: 'present' }, // put src (not unlocked: fault folio)
      { ref: 1, map: 0, locked: false, pte: 'present' }, // fault path: unlock
      { ref: 0, map: 0, locked: false, free: true }, // fault path: put -> page_free -> pool
    ], 'device page');
  });

  it('D: a pte_none hole is populated with a device page', async () => {
    const { rows, sim } = await trace('walkthrough-d.mmstep.yaml', 0x100000);
    assertRows(rows, [
      { ref: 0, free: true, pte: 'none' },
      { ref: 1, map: 0, locked: true, pte: 'none' }, // driver allocates + clears
      { ref: 1, map: 1, locked: true, pte: 'none' }, // insert_page: new anon rmap
      { ref: 2, map: 1, locked: true, pte: 'none' }, // the pte's reference
      { ref: 2, map: 1, locked: true, pte: 'device-private' }, // set_pte_at
      { ref: 1, map: 1, locked: false, pte: 'device-private' }, // finalize: unlock + put dst
    ], 'dst');
    assert.strictEqual(sim.model.mms[1].rssAnon, 1);
  });
});
