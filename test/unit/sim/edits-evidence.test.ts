// Evidence of an edited run (issue 10): the debugger's setVariable / goto / pte and TLB edits go
// with the evidence as plain data, and a fresh load replayed by the schedule, with each edit
// applied again at its step, reaches the same state hash. An edit list read from a file is
// checked (version, kinds, keys, bounds, order) and a tampered one is refused or stops the
// replay with a message that names the edit. On the real v13-private-migrate example.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { checkRunEdits, MAX_RUN_EDITS, type RunEdit, type RunEdits } from '../../../src/protocol/edits';
import { checkReplayTo, Replay, stepIdentity, type ReplayTarget } from '../../../src/sim/evidence';
import { setPte } from '../../../src/sim/set-model';
import { gotoLines, jumpTo, setCValue, setPageField } from '../../../src/sim/set-value';
import { Simulation } from '../../../src/sim/simulation';

const ROOT = path.resolve(__dirname, '../../../..');
const SCENARIO = path.join(ROOT, 'examples', 'v13-private-migrate.mmstep.yaml');
const V13_C = path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c');
const LINES = fs.readFileSync(V13_C, 'utf8').split('\n');
const lineOf = (needle: string): number => {
  const i = LINES.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, needle);
  return i + 1;
};

const load = (): Promise<Simulation> => Simulation.load(SCENARIO, new NodeFileAccess(), {}, { timeTravel: true });

/** Continue to the first hit of a breakpoint at `line`. */
function toLine(sim: Simulation, line: number): void {
  sim.setBreakpoints(V13_C, [{ line }]);
  assert.strictEqual(sim.continue().reason, 'breakpoint');
  sim.setBreakpoints(V13_C, []);
}

/** A fresh load replayed to `target` in slices; the replayed simulation and the Replay. */
async function replay(target: ReplayTarget, slice = 53): Promise<{ sim: Simulation; r: Replay }> {
  const sim = await load();
  const r = new Replay(sim, target);
  for (let i = 0; i < 100000; i++) if (!r.advance(slice).incomplete) break;
  return { sim, r };
}

function targetOf(sim: Simulation): ReplayTarget & { edits?: RunEdits } {
  const id = stepIdentity(sim, 1);
  return { step: id.step, schedule: id.schedule, stateHash: id.stateHash, thread: 1, ...(id.edits ? { edits: id.edits } : {}) };
}

/** Through JSON and the file check, as evidence read from a drafts file is. */
function fromFile(t: ReplayTarget): ReplayTarget {
  const raw = JSON.parse(JSON.stringify({ step: t.step, schedule: t.schedule, stateHash: t.stateHash, threadId: t.thread, edits: t.edits })) as unknown;
  const c = checkReplayTo(raw);
  assert.ok(c.ok, c.ok ? '' : c.message);
  return c.value;
}

const PTE0 = 0x7f0000000000;

describe('evidence of an edited run', function () {
  this.timeout(120000);

  it('carries a setVariable (a page field and a C local) and replays to the same state hash', async () => {
    const sim = await load();
    toLine(sim, lineOf('get_page(page);'));
    setPageField(sim, 0x102, 'content', 'Z');
    const before = sim.position();
    sim.stepOver(1);
    // hmm_collect_walk_pmd's `end`: the walk stops a page earlier.
    assert.strictEqual(sim.stack(1)[0].name, 'hmm_collect_walk_pmd');
    assert.match(setCValue(sim, 1, sim.machine.thread(1).frames.length - 1, 'end', String(PTE0 + 0x3000)), /0x7f0000003000/);
    for (let i = 0; i < 30; i++) sim.stepOver(1);
    const t = targetOf(sim);
    assert.ok(t.edits, 'the evidence has the edits');
    assert.strictEqual(t.edits.version, 1);
    assert.deepStrictEqual(t.edits.list.map((e) => e.kind), ['page', 'c']);
    assert.strictEqual(t.edits.list[0].step, before);
    const c = t.edits.list[1] as Extract<RunEdit, { kind: 'c' }>;
    assert.deepStrictEqual([c.lvalue, c.function, c.value], ['end', 'hmm_collect_walk_pmd', { int: String(PTE0 + 0x3000) }]);

    const { sim: again, r } = await replay(fromFile(t));
    assert.strictEqual(r.problem, undefined);
    assert.strictEqual(r.verified, true);
    assert.strictEqual(r.editsApplied, 2);
    assert.strictEqual(again.hash(), sim.hash());
    assert.strictEqual(again.model.pages[0x102].content, sim.model.pages[0x102].content);
    // The replayed run recorded the edits too: step back over them undoes them there as well.
    assert.deepStrictEqual(again.history!.editPositions(), sim.history!.editPositions());
    again.gotoPosition(before - 1);
    assert.notStrictEqual(again.model.pages[0x102].content, 'Z');
    // Without its edits the same schedule does not reach that state.
    const { r: plain } = await replay({ ...t, edits: undefined });
    assert.strictEqual(plain.verified, false);
  });

  it('carries a goto and replays to the same state hash', async () => {
    const sim = await load();
    toLine(sim, lineOf('get_page(page);'));
    for (let i = 0; i < 3; i++) sim.stepOver(1);
    const frame = sim.stack(1)[0];
    const fn = sim.machine.fn(sim.machine.thread(1).frames[sim.machine.thread(1).frames.length - 1].fn);
    const [target] = gotoLines(sim, 1, frame.file, fn.line + 1);
    assert.ok(target, 'a goto target in the function');
    jumpTo(sim, 1, target.pc);
    assert.strictEqual(sim.stack(1)[0].line, target.line);
    for (let i = 0; i < 12; i++) sim.stepIn(1);
    const t = targetOf(sim);
    assert.deepStrictEqual(t.edits?.list.map((e) => [e.kind, (e as { line?: number }).line]), [['goto', target.line]]);
    const { sim: again, r } = await replay(fromFile(t));
    assert.strictEqual(r.verified, true, r.problem);
    assert.strictEqual(again.hash(), sim.hash());
    assert.deepStrictEqual(again.stack(1).map((f) => `${f.name}:${f.line}`), sim.stack(1).map((f) => `${f.name}:${f.line}`));
  });

  it('an edit at the stop itself is applied after the last statement; without a schedule too', async () => {
    const sim = await load();
    for (let i = 0; i < 25; i++) sim.stepOver(1);
    setPageField(sim, 0x101, 'dirty', 'yes');
    setPte(sim, 1, PTE0 + 0x1000, 'soft-dirty', '1');
    const t = targetOf(sim);
    assert.deepStrictEqual(t.edits?.list.map((e) => e.step), [t.step, t.step]);
    for (const target of [t, { ...t, schedule: undefined }]) {
      const { sim: again, r } = await replay(fromFile(target), 7);
      assert.strictEqual(r.verified, true, r.problem);
      assert.strictEqual(again.hash(), sim.hash());
    }
  });

  it('an edit dropped by going back and running on is not in the evidence', async () => {
    const sim = await load();
    for (let i = 0; i < 10; i++) sim.stepIn(1);
    setPageField(sim, 0x103, 'content', 'gone');
    for (let i = 0; i < 10; i++) sim.stepIn(1);
    sim.gotoPosition(5);
    for (let i = 0; i < 20; i++) sim.stepIn(1);
    assert.deepStrictEqual(sim.history!.editPositions(), []);
    const t = targetOf(sim);
    assert.strictEqual(t.edits, undefined);
    const { r } = await replay(t);
    assert.strictEqual(r.verified, true, r.problem);
  });

  it('a tampered edit stops the replay with a message naming it', async () => {
    const sim = await load();
    toLine(sim, lineOf('get_page(page);'));
    const frames = sim.machine.thread(1).frames.length;
    setCValue(sim, 1, frames - 1, 'end', String(PTE0 + 0x2000));
    for (let i = 0; i < 4; i++) sim.stepIn(1);
    const t = targetOf(sim);
    const edit = t.edits!.list[0] as Extract<RunEdit, { kind: 'c' }>;
    // Another function in that frame.
    const wrongFn = { ...t, edits: { version: 1, list: [{ ...edit, function: 'no_such_function' }] } };
    const { r: r1, sim: s1 } = await replay(fromFile(wrongFn));
    assert.match(r1.problem ?? '', new RegExp(`cannot replay the evidence to step ${t.step}: the edit ${edit.lvalue} in no_such_function \\(thread 1\\) at step ${edit.step} cannot be applied: frame ${edit.frame} of thread 1 is \\w+, not no_such_function`));
    assert.strictEqual(s1.position(), edit.step, 'the replay stops where the edit is');
    // Another value: the replay gets there but the state hash says it is not the evidence's state.
    const wrongValue = { ...t, edits: { version: 1, list: [{ ...edit, value: { int: '12345' } }] } };
    const { r: r2 } = await replay(fromFile(wrongValue));
    assert.strictEqual(r2.verified, false);
    assert.match(r2.problem ?? '', /is not the one the evidence recorded/);
    // A page that does not exist.
    const page: RunEdit = { kind: 'page', step: 3, thread: 1, pfn: 0x999, field: 'content', value: 'x' };
    const { r: r3 } = await replay(fromFile({ ...t, edits: { version: 1, list: [page, edit] } }));
    assert.match(r3.problem ?? '', /the edit page 0x999 content at step 3 cannot be applied: no page with pfn 0x999/);
  });

  it('checks an edit list read from a file: version, kinds, keys, bounds, order, each error positioned', () => {
    const ok: RunEdit = { kind: 'pte', step: 4, thread: 1, pid: 1, addr: '0x7f0000001000', field: 'write', raw: '0x101005' };
    const good = checkRunEdits({ version: 1, list: [ok] }, 10);
    assert.ok(good.ok);
    const cases: [unknown, RegExp][] = [
      [null, /must be an object \{ "version": 1, "list": \[\.\.\.\] \}/],
      [[ok], /must be an object/],
      [{ version: 2, list: [] }, /are of version 2; this mmstep reads version 1/],
      [{ version: 1, list: [], extra: 1 }, /unknown key "extra"/],
      [{ version: 1, list: {} }, /"list" must be a list/],
      [{ version: 1, list: [ok, 7] }, /entry 1 is not an object/],
      [{ version: 1, list: [{ ...ok, kind: 'registers' }] }, /entry 0 has an unknown "kind" "registers" \(known: c, page, pte, tlb, goto\)/],
      [{ version: 1, list: [{ ...ok, colour: 'red' }] }, /entry 0 \(pte\) has an unknown key "colour"/],
      [{ version: 1, list: [{ ...ok, step: -1 }] }, /entry 0 \(pte\): "step" must be a whole number/],
      [{ version: 1, list: [{ ...ok, step: 11 }] }, /entry 0 \(pte\): "step" 11 is after the stop \(step 10\)/],
      [{ version: 1, list: [ok, { ...ok, step: 2 }] }, /entry 1 \(pte\): "step" 2 comes before the previous entry's step 4/],
      [{ version: 1, list: [{ ...ok, thread: 0 }] }, /"thread" must be a thread id/],
      [{ version: 1, list: [{ ...ok, addr: '0x7f0000001001' }] }, /"addr" must be a page-aligned hex address/],
      [{ version: 1, list: [{ ...ok, raw: '0x1'.padEnd(30, '0') }] }, /"raw" must be the pte value in hex/],
      [{ version: 1, list: [{ ...ok, field: 'colour' }] }, /"field" must be one of value, raw, kind/],
      [{ version: 1, list: [{ kind: 'page', step: 1, thread: 1, pfn: 0x100, field: 'content', value: 'x'.repeat(5000) }] }, /"value" must be a string of at most 4096/],
      [{ version: 1, list: [{ kind: 'c', step: 1, thread: 1, frame: 0, function: 'f', lvalue: 'x', value: { int: '1e5' } }] }, /"value.int" must be a decimal integer/],
      [{ version: 1, list: [{ kind: 'c', step: 1, thread: 1, frame: 0, function: 'f', lvalue: 'x', value: { pointer: { space: 'heap', base: 1, index: 0 } } }] }, /"value.pointer.space" must be c, page, pt, obj, null or u/],
      [{ version: 1, list: [{ kind: 'tlb', step: 1, thread: 1, cpu: 0, pid: 1, addr: '0x1000', field: 'entry', entry: { pfn: 1 } }] }, /"entry" must be null \(invalidated\) or \{ "pfn": N, "write": true\|false \}/],
      [{ version: 1, list: [{ kind: 'goto', step: 1, thread: 1, function: 'f', line: 0, pc: 1 }] }, /entry 0 \(goto\): "line" must be a whole number \(1 or more\)/],
      [{ version: 1, list: Array.from({ length: MAX_RUN_EDITS + 1 }, () => ok) }, /list has 10001 entries, more than 10000/],
    ];
    for (const [raw, re] of cases) {
      const r = checkRunEdits(raw, 10);
      assert.strictEqual(r.ok, false, JSON.stringify(raw)?.slice(0, 80));
      assert.match(r.ok ? '' : r.message, re);
    }
    // Through the launch argument: positioned under "replayTo" and "edits".
    const r = checkReplayTo({ step: 10, edits: { version: 1, list: [{ ...ok, kind: 'x' }] } });
    assert.ok(!r.ok && /^mmstep: "replayTo" "edits": the edits entry 0 has an unknown "kind" "x"/.test(r.message), r.ok ? '' : r.message);
    // Junk of every shape is a message, never an exception.
    const junk: unknown[] = [undefined, 0, 'x', true, [], { version: 1 }, { version: 1, list: [null, [], 'a'] }, { version: '1', list: [] },
      { version: 1, list: [{ kind: 'c', step: 0, thread: 1, frame: 0, function: 'f', lvalue: 'x', value: null }] },
      { version: 1, list: [{ kind: 'toString', step: 0, thread: 1 }] }, { version: 1, list: [{ kind: '__proto__', step: 0, thread: 1 }] },
      JSON.parse('{"version":1,"list":[{"kind":"page","step":0,"thread":1,"pfn":1,"field":"__proto__","value":"x"}]}')];
    for (const j of junk) assert.strictEqual(checkRunEdits(j).ok, false, JSON.stringify(j));
  });
});
