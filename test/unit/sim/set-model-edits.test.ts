// setVariable on a PTE and on a TLB entry (issue 10): by the pte's readable form, its raw value
// or one decoded field (pte-fields.ts), and a TLB entry's translation, pfn or write bit, or its
// invalidation. Each is an edit of the run: the model changes, step back over it undoes it, time
// travel through it and a fresh replay of the evidence apply it again. Bad values are refused
// with a message. On the real v13-private-migrate example.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { pteAt } from '../../../src/mm/pgtable';
import { formatPte, mkDevicePrivatePte, mkMigrationPte, mkPresentPte, swpEntry, swpEntryToPte, _PAGE_SWP_SOFT_DIRTY } from '../../../src/mm/pte';
import { parsePteText, pteFieldRows, setPteField } from '../../../src/mm/pte-fields';
import { checkReplayTo, Replay, stepIdentity } from '../../../src/sim/evidence';
import { setPte, setTlb } from '../../../src/sim/set-model';
import { Simulation } from '../../../src/sim/simulation';

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'examples', 'v13-private-migrate.mmstep.yaml');
const load = (): Promise<Simulation> => Simulation.load(SCENARIO, new NodeFileAccess(), {}, { timeTravel: true });
const A0 = 0x7f0000000000;
const A1 = 0x7f0000001000;
const hex = (v: bigint) => '0x' + v.toString(16);

describe('pte fields (mm/pte-fields.ts)', () => {
  const samples = [
    0n,
    mkPresentPte(0x102, { write: true, dirty: true }),
    mkPresentPte(0x103, { young: true, softDirty: true, uffdWp: true }),
    mkMigrationPte(0x102, 'write', { young: true, dirty: true }),
    mkMigrationPte(0x104, 'read-exclusive', { softDirty: true }),
    mkMigrationPte(0x105, 'read'),
    mkDevicePrivatePte(0x100000, true, { softDirty: true }),
    mkDevicePrivatePte(0x100001, false),
    swpEntryToPte(swpEntry(26n, 0x106n)),
    swpEntryToPte(swpEntry(3n, 0x55n)) | _PAGE_SWP_SOFT_DIRTY,
  ];

  it('reads back every form it shows: parsePteText(formatPte(v)) is v', () => {
    for (const v of samples) assert.strictEqual(hex(parsePteText(formatPte(v))), hex(v), formatPte(v));
    for (const v of samples) assert.strictEqual(hex(parsePteText(hex(v))), hex(v));
  });

  it('a field row set to the value it shows changes nothing; one flag changes only its bit', () => {
    for (const v of samples) {
      for (const row of pteFieldRows(v)) assert.strictEqual(hex(setPteField(v, row.name, row.value)), hex(v), `${formatPte(v)} ${row.name}=${row.value}`);
    }
    const p = mkPresentPte(0x102, { write: true, dirty: true });
    assert.strictEqual(formatPte(setPteField(p, 'write', 'false')), 'present(D) -> pfn 0x102');
    assert.strictEqual(formatPte(setPteField(p, 'pfn', '0x103')), 'present(W,D) -> pfn 0x103');
    assert.strictEqual(formatPte(setPteField(p, 'kind', 'migration')), 'migration(W,D) -> pfn 0x102');
    assert.strictEqual(formatPte(setPteField(mkMigrationPte(0x102, 'write'), 'present', 'true')), 'present(W) -> pfn 0x102');
    assert.strictEqual(formatPte(setPteField(mkMigrationPte(0x102, 'write'), 'write', '0')), 'migration() -> pfn 0x102');
    assert.strictEqual(formatPte(setPteField(mkMigrationPte(0x102, 'read'), 'exclusive', '1')), 'migration(X) -> pfn 0x102');
    assert.strictEqual(formatPte(setPteField(mkDevicePrivatePte(0x100000, false), 'write', 'yes')), 'device-private(W) -> pfn 0x100000');
    assert.strictEqual(formatPte(setPteField(p, 'kind', 'none')), 'none');
  });

  it('refuses what the kind has no bit for, and text it cannot read', () => {
    const refused: [bigint, string, string, RegExp][] = [
      [0n, 'write', '1', /a none pte has no write bit \(set its kind or its value first\)/],
      [mkDevicePrivatePte(0x100000, true), 'dirty', '1', /a device-private pte has no dirty bit/],
      [mkPresentPte(0x102), 'present', 'false', /set kind \(none, migration/],
      [mkMigrationPte(0x102, 'write'), 'exclusive', '1', /a write migration entry is not read-exclusive/],
      [mkPresentPte(0x102), 'pfn', '0x10000000000', /the pfn 0x10000000000 is too large/],
      [mkPresentPte(0x102), 'write', 'maybe', /expected true or false/],
      [mkPresentPte(0x102), 'colour', 'red', /the pte field 'colour' cannot be set/],
      [0n, 'value', 'present(W)', /a present pte needs its pfn/],
      [0n, 'value', 'device-private(D) -> pfn 0x100000', /a device-private pte has no dirty bit/],
      [0n, 'value', 'swap(type=27 offset=0x1)', /swap type 27 is not a swap file/],
      [0n, 'value', 'something else', /is not a pte: write a number, none, or as shown/],
      [0n, 'kind', 'present', /a present pte needs a pfn/],
    ];
    for (const [v, f, t, re] of refused) assert.throws(() => setPteField(v, f, t), re, `${f}=${t}`);
  });
});

describe('setVariable on a PTE and a TLB entry (sim/set-model.ts)', function () {
  this.timeout(120000);

  it('a pte: the model changes, step back undoes it, time travel and the evidence replay reapply it', async () => {
    const sim = await load();
    for (let i = 0; i < 8; i++) sim.stepIn(1);
    const at = sim.position();
    const old = pteAt(sim.model, 1, A1);
    assert.strictEqual(formatPte(old), 'present(W,A) -> pfn 0x101');
    assert.strictEqual(setPte(sim, 1, A1, 'write', 'false'), 'present(A) -> pfn 0x101');
    assert.strictEqual(setPte(sim, 1, A1 + 5, 'dirty', 'true'), 'present(D,A) -> pfn 0x101', 'the address is rounded down to its page');
    const edited = pteAt(sim.model, 1, A1);
    assert.ok(sim.stateView().processes[0].ptes.some((p) => p.addr === hex(BigInt(A1)) && p.text === 'present(D,A) -> pfn 0x101'), 'the state view shows it');
    // The reverse index follows (the pfn is the same); a new pfn moves it.
    assert.strictEqual(setPte(sim, 1, A0, 'value', 'migration(W) -> pfn 0x103'), 'migration(W) -> pfn 0x103');
    assert.ok(sim.model.ptesOf[0x103].length >= 2, 'pfn 0x103 is named by two ptes now');
    for (let i = 0; i < 10; i++) sim.stepIn(1);
    const later = { pos: sim.position(), hash: sim.hash() };
    sim.gotoPosition(at - 1);
    assert.strictEqual(pteAt(sim.model, 1, A1), old, 'before the edit: undone');
    sim.gotoPosition(at);
    assert.strictEqual(pteAt(sim.model, 1, A1), edited, 'at the edit: applied again');
    sim.gotoPosition(later.pos);
    assert.strictEqual(sim.hash(), later.hash, 'through the edit: the same state');

    const id = stepIdentity(sim, 1);
    assert.deepStrictEqual(id.edits?.list.map((e) => (e.kind === 'pte' ? `${e.field} ${e.addr} ${e.raw}` : e.kind)), [
      `write ${hex(BigInt(A1))} ${hex(old & ~2n)}`,
      `dirty ${hex(BigInt(A1))} ${hex(edited)}`,
      `value ${hex(BigInt(A0))} ${hex(mkMigrationPte(0x103, 'write'))}`,
    ]);
    const c = checkReplayTo(JSON.parse(JSON.stringify({ step: id.step, schedule: id.schedule, stateHash: id.stateHash, edits: id.edits })));
    assert.ok(c.ok);
    const again = await load();
    const r = new Replay(again, c.value);
    while (r.advance(31).incomplete);
    assert.strictEqual(r.verified, true, r.problem);
    assert.strictEqual(r.editsApplied, 3);
    assert.strictEqual(again.hash(), sim.hash());
  });

  it('a TLB entry: invalidate it, add one, change its pfn and write bit; undone and replayed the same way', async () => {
    const sim = await load();
    for (let i = 0; i < 4; i++) sim.stepIn(1);
    const tlb0 = () => JSON.stringify(sim.model.tlbs[0]);
    const start = tlb0();
    assert.match(start, /"vaddr":139637976727552/, 'the scenario caches 0x7f0000000000 on CPU 0');
    const at = sim.position();
    assert.strictEqual(setTlb(sim, 0, 1, A0, 'write', 'false'), 'pfn 0x100');
    assert.strictEqual(setTlb(sim, 0, 1, A0, 'pfn', '0x102'), 'pfn 0x102');
    assert.ok(sim.stateView().tlbs[0].entries[0].stale, 'the pte maps 0x100: the entry is stale now');
    assert.strictEqual(setTlb(sim, 0, 1, A1, 'entry', 'pfn 0x101'), 'pfn 0x101');
    const edited = tlb0();
    for (let i = 0; i < 3; i++) sim.stepIn(1);
    assert.strictEqual(setTlb(sim, 0, 1, A0, 'entry', 'none'), 'none');
    assert.ok(!sim.model.tlbs[0].some((e) => e.vaddr === A0), 'invalidated');
    const invalidated = tlb0();
    for (let i = 0; i < 6; i++) sim.stepIn(1);
    const later = { pos: sim.position(), hash: sim.hash() };
    sim.gotoPosition(at - 1);
    assert.strictEqual(tlb0(), start, 'before the edits: undone');
    sim.gotoPosition(at);
    assert.strictEqual(tlb0(), edited);
    sim.gotoPosition(at + 3);
    assert.strictEqual(tlb0(), invalidated);
    sim.gotoPosition(later.pos);
    assert.strictEqual(sim.hash(), later.hash);

    const id = stepIdentity(sim, 1);
    assert.deepStrictEqual(id.edits?.list.map((e) => (e.kind === 'tlb' ? [e.step - at, e.field, e.entry] : e.kind)), [
      [0, 'write', { pfn: 0x100, write: false }],
      [0, 'pfn', { pfn: 0x102, write: false }],
      [0, 'entry', { pfn: 0x101, write: false }],
      [3, 'entry', null],
    ]);
    const again = await load();
    const c = checkReplayTo(JSON.parse(JSON.stringify({ step: id.step, schedule: id.schedule, stateHash: id.stateHash, edits: id.edits })));
    assert.ok(c.ok);
    const r = new Replay(again, c.value);
    while (r.advance(29).incomplete);
    assert.strictEqual(r.verified, true, r.problem);
    assert.strictEqual(again.hash(), sim.hash());
  });

  it('refuses what cannot be set, saying why, and records nothing', async () => {
    const sim = await load();
    sim.stepIn(1);
    const refused: [() => string, RegExp][] = [
      [() => setPte(sim, 9, A0, 'write', '1'), /no process with pid 9/],
      [() => setPte(sim, 1, 0x1000, 'value', 'none'), /no pte table covers 0x1000 in pid 1/],
      [() => setPte(sim, 1, A0, 'pfn', '0x777'), /names pfn 0x777, which is no page of this scenario/],
      [() => setPte(sim, 1, A0, 'value', 'garbage'), /is not a pte/],
      [() => setTlb(sim, 5, 1, A0, 'entry', 'none'), /no CPU 5 \(the scenario has \d+\)/],
      [() => setTlb(sim, 0, 1, A1 + 0x10000, 'write', '1'), /has no TLB entry for pid 1 at 0x7f0000011000: set the entry itself/],
      [() => setTlb(sim, 0, 1, A0, 'stale', 'false'), /stale is what the page table says/],
      [() => setTlb(sim, 0, 1, A0, 'entry', 'pfn banana'), /a TLB entry is set to 'none'/],
      [() => setTlb(sim, 0, 1, A0, 'pfn', '0x777'), /names pfn 0x777, which is no page/],
    ];
    for (const [f, re] of refused) assert.throws(f, re);
    assert.deepStrictEqual(sim.history!.editPositions(), []);
    assert.strictEqual(sim.runEdits.size, 0);
    // Setting what is already there is no edit either.
    setPte(sim, 1, A0, 'write', 'true');
    setTlb(sim, 0, 1, A0, 'pfn', '0x100');
    assert.strictEqual(sim.runEdits.size, 0);
  });
});
