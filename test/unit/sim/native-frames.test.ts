// Natives as frames, data breakpoints and edits at the Simulation API: a stop inside a native is
// part of its calling statement (history positions and the final state are those of a run that
// never stopped there), headless runs never arm the native gate, and an edit (setVariable) is
// replayed exactly by time travel and undone by going back before it.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { setPageField } from '../../../src/sim/set-value';
import { contractText } from '../../../src/sim/native-contracts';

const SCENARIO = path.resolve(__dirname, '../../../../examples/trylock-fails.mmstep.yaml');
const load = () => Simulation.load(SCENARIO, new NodeFileAccess(), {}, { timeTravel: true });

describe('simulation: natives as frames, watchpoints, edits', () => {
  it('stops inside natives without changing the run: same positions and final state as a plain run', async () => {
    const plain = await load();
    plain.continue();
    const plainEnd = { hash: plain.hash(), pos: plain.position() };

    const sim = await load();
    sim.setFunctionBreakpoints(['isolate_lru_page', 'lock_page', 'unlock_page']);
    let stops = 0;
    for (let s = sim.continue(); s.reason !== 'end'; s = sim.continue()) {
      assert.strictEqual(s.reason, 'function breakpoint');
      assert.ok(sim.stack(s.tid).some((f) => f.native && /^(isolate_lru_page|lock_page|unlock_page)$/.test(f.name)));
      // Step into the native's exit now and then: still the same run.
      if (stops++ % 2 === 0 && sim.stack(s.tid)[0].file.startsWith('mmstep-native:')) sim.stepOver(s.tid);
    }
    assert.ok(stops >= 3, `stopped ${stops} times`);
    assert.deepStrictEqual({ hash: sim.hash(), pos: sim.position() }, plainEnd);
    assert.ok(sim.result().passed);
  });

  it('reverse continue to a native breakpoint stops at the statement that calls it', async () => {
    const sim = await load();
    sim.setFunctionBreakpoints(['isolate_lru_page']);
    const first = sim.continue();
    assert.strictEqual(sim.stack(first.tid)[0].name, 'isolate_lru_page');
    const callLine = sim.stack(first.tid)[1].line;
    sim.continue();
    const back = sim.reverseContinue();
    assert.strictEqual(back.reason, 'function breakpoint');
    const [top] = sim.stack(back.tid);
    assert.strictEqual(top.native, undefined, 'replays never stop inside natives');
    assert.deepStrictEqual([top.name, top.line], ['hmm_migrate_lock_and_isolate', callLine]);
  });

  it('a headless run never arms the native gate', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess());
    sim.setFunctionBreakpoints(['isolate_lru_page']);
    assert.strictEqual(sim.machine.nativeGate, undefined);
    const r = sim.runToEnd();
    assert.strictEqual(sim.machine.nativeGate, undefined);
    assert.ok(r.passed);
  });

  it('an edit is replayed exactly by time travel and undone before its position', async () => {
    const sim = await load();
    for (let i = 0; i < 3; i++) sim.stepOver(1);
    const at = sim.position();
    setPageField(sim, 0x101, 'content', 'Z');
    setPageField(sim, 0x100, 'locked', '1');
    for (let i = 0; i < 6; i++) sim.stepOver(1);
    const later = { pos: sim.position(), hash: sim.hash() };
    sim.gotoPosition(0);
    assert.strictEqual(sim.model.pages[0x101].content, 'B');
    sim.gotoPosition(later.pos);
    assert.strictEqual(sim.hash(), later.hash, 'replayed through the edit: the same state');
    sim.gotoPosition(at);
    assert.strictEqual(sim.model.pages[0x101].content, 'Z');
    assert.strictEqual(sim.model.pages[0x100].locked, true);
    sim.gotoPosition(at - 1);
    assert.strictEqual(sim.model.pages[0x101].content, 'B');
    assert.deepStrictEqual(sim.history!.editPositions(), [at]);
    // Running live from before the edit drops it (and the future it changed).
    sim.stepOver(1);
    assert.deepStrictEqual(sim.history!.editPositions(), []);
  });

  it('a locked page makes the trylock fail: the run changes as the edit says', async () => {
    const sim = await load();
    setPageField(sim, 0x100, 'locked', 'yes');
    const r = sim.runToEnd();
    const plain = (await load()).runToEnd();
    assert.notDeepStrictEqual(r.returned ?? r.outcome, undefined);
    assert.notStrictEqual(JSON.stringify(sim.stateView().pages.find((p) => p.pfn === 0x100)), JSON.stringify(plain && undefined));
    assert.strictEqual(sim.model.pages[0x100].locked, true, 'the page stays locked by the debugger');
  });

  it('data breakpoints: a TLB entry and a refcount; nothing is read without one', async () => {
    const sim = await load();
    assert.strictEqual(sim.sched.afterStep, undefined);
    const res = sim.watchpoints.set([{ dataId: 'page:0x100:refcount' }, { dataId: 'tlb:0:1:0x7f0000000000' }, { dataId: 'page:0x100:colour' }]);
    assert.deepStrictEqual(res.map((r) => r.verified), [true, true, false]);
    const s = sim.continue();
    assert.strictEqual(s.reason, 'data breakpoint');
    assert.ok(/^(page 0x100 refcount: 1 → 2|TLB entry of CPU 0 for pid 1 at 0x7f0000000000: .+ → .+)$/.test(s.description ?? ''), s.description);
    sim.watchpoints.set([]);
    assert.strictEqual(sim.sched.afterStep, undefined);
  });

  it('writes a contract per native: signature, one line per step, the return', () => {
    const text = contractText('isolate_lru_page', undefined).split('\n');
    assert.match(text[0], /^isolate_lru_page\(page\)/);
    assert.ok(text.slice(1, -2).every((l) => /^ {2}\d+\. (checks|changes|locking|sleeps): /.test(l)), text.join('\n'));
    assert.match(contractText('some_helper', { k: 'fn', ret: { k: 'void', name: 'void' }, params: [{ k: 'void', name: 'void' }], variadic: false }), /some_helper\(arg0\)/);
  });
});
