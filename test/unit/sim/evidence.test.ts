// Evidence of a step: the state excerpt a reply quotes (real states of example scenarios), and
// the step identity (history position + schedule + state hash) that a fresh load of the scenario
// replays to exactly — also after thread switches the user chose, after a step back, and with a
// clear message when the code no longer gives the recorded state.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { stateExcerpt } from '../../../src/protocol/excerpt';
import type { StateView } from '../../../src/protocol/state';
import { checkSchedule, displayPath, encodeSchedule, Replay, stepIdentity, type ReplayTarget } from '../../../src/sim/evidence';
import { Simulation } from '../../../src/sim/simulation';

const ROOT = path.resolve(__dirname, '../../../..');
const example = (n: string) => path.join(ROOT, 'examples', `${n}.mmstep.yaml`);
const V13_C = path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c');
const CURRENT_C = path.join(ROOT, 'kernel/mm/migrate_device.c');

function lineOf(file: string, needle: string): number {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `${needle} in ${file}`);
  return i + 1;
}

async function load(name: string): Promise<Simulation> {
  return Simulation.load(example(name), new NodeFileAccess(), {}, { timeTravel: true });
}

/** Continue to the n-th hit of a breakpoint, building the state view at every stop (as the adapter does). */
function toHit(sim: Simulation, file: string, line: number, n: number): StateView {
  sim.setBreakpoints(file, [{ line }]);
  let view = sim.stateView();
  for (let i = 0; i < n; i++) {
    assert.strictEqual(sim.continue().reason, 'breakpoint', `hit ${i + 1}`);
    view = sim.stateView();
  }
  sim.setBreakpoints(file, []);
  return view;
}

const hex = (n: number) => '0x' + n.toString(16);
/** The row that starts (after the change mark) with `needle`, or else any line holding it. */
const lineWith = (text: string, needle: string): string => {
  const lines = text.split('\n');
  const l = lines.find((x) => x.replace(/^ *\*? */, '').startsWith(needle)) ?? lines.find((x) => x.includes(needle));
  assert.ok(l, `a line with ${needle} in\n${text}`);
  return l;
};

function assertMailSafe(text: string, maxLines = 20): void {
  assert.match(text, /^[\x20-\x7e\n]*$/, 'ASCII without tabs');
  assert.ok(text.split('\n').length <= maxLines, `${text.split('\n').length} lines:\n${text}`);
}

describe('evidence: state excerpt', function () {
  this.timeout(60000);

  it('shows the ptes the walk changed, the pages they refer to and the pfns slots decoded (v13 collect)', async () => {
    const sim = await load('v13-private-migrate');
    const view = toHit(sim, V13_C, lineOf(V13_C, 'set_pte_at(mm, addr, ptep, mig);'), 3);
    const text = stateExcerpt(view);
    assertMailSafe(text);
    const ptes = view.processes[0].ptes;
    const changed = ptes.filter((p) => view.changed.includes(p.key));
    assert.ok(changed.length > 0, 'something changed since the previous hit');
    for (const p of ptes) {
      const l = lineWith(text, p.addr);
      assert.strictEqual(l.trimStart().startsWith('*'), changed.includes(p), `change mark of ${p.addr}: ${l}`);
      assert.ok(l.includes(` ${p.kind} `) || l.endsWith(p.kind), `kind of ${p.addr}: ${l}`);
      if (p.pfn !== undefined) assert.ok(l.includes(`pfn ${hex(p.pfn)}`), l);
      for (const b of p.bits) assert.ok(l.includes(b), `${b} in ${l}`);
    }
    // The pfn column is aligned.
    const rows = text.split('\n').filter((l) => /^ +\*? 0x7f[0-9a-f]+ /.test(l) && l.includes('pfn '));
    assert.ok(rows.length >= 2);
    assert.strictEqual(new Set(rows.map((l) => l.indexOf('pfn '))).size, 1, rows.join('\n'));
    // Every page a shown pte maps is listed, with its lock holder, refcount and mapcount.
    for (const p of ptes.filter((x) => x.pfn !== undefined)) {
      const page = view.pages.find((g) => g.pfn === p.pfn)!;
      const l = lineWith(text, `pfn ${hex(page.pfn)}  `);
      assert.ok(l.includes(`ref ${page.refcount}`) && l.includes(`map ${page.mapcount}`), l);
      assert.ok(l.includes(page.locked ? `locked(${page.lockHolder})` : 'unlocked'), l);
    }
    // The 2016 single pfns array, each slot's flags decoded.
    assert.ok(text.includes('migrate pfns:'));
    for (const s of view.arrays.find((a) => a.name === 'pfns')!.slots.filter((x) => x.flags.length)) {
      assert.ok(lineWith(text, `[${s.index}]`).includes(s.flags.join('|')));
    }
    // The ptl holder is said once, in the process line.
    assert.match(text.split('\n').find((l) => l.startsWith('pid 1'))!, /ptl held by main/);
  });

  it('puts src and dst slots side by side and names device pages by their owner (current, cpu write race)', async () => {
    const sim = await load('current-cpu-write-race');
    // On until the destination pages are allocated (alloc_and_copy filled dst).
    let view = sim.stateView();
    const dstFilled = (v: StateView) => (v.arrays.find((a) => a.name === 'dst')?.slots ?? []).filter((s) => s.pfn !== undefined).length >= 2;
    for (let i = 0; i < 5000 && !dstFilled(view); i++) {
      sim.stepIn(1);
      view = sim.stateView();
    }
    assert.ok(dstFilled(view), 'dst slots were filled');
    const text = stateExcerpt(view);
    assertMailSafe(text);
    const src = view.arrays.find((a) => a.name === 'src')!;
    const dst = view.arrays.find((a) => a.name === 'dst')!;
    assert.ok(src && dst, 'the migrate_vma arrays are in view');
    assert.ok(text.includes('migrate src / dst:'));
    for (const s of src.slots) {
      const d = dst.slots.find((x) => x.index === s.index);
      const l = lineWith(text, `[${s.index}]`);
      assert.ok(l.includes(`src  pfn ${hex(s.pfn!)}  ${s.flags.join('|')}`), l);
      if (d?.pfn !== undefined) assert.ok(l.includes(`dst  pfn ${hex(d.pfn)}  ${d.flags.join('|')}`), l);
    }
    const device = view.pages.find((p) => p.zone === 'device-private' && dst.slots.some((s) => s.pfn === p.pfn));
    assert.ok(device, 'a destination device page');
    assert.ok(lineWith(text, `pfn ${hex(device.pfn)}  `).includes(`dev-private(${device.owner})`));
  });

  it('stays within the line budget, keeping changed rows and saying how many were left out', async () => {
    const sim = await load('v13-private-migrate');
    const view = toHit(sim, V13_C, lineOf(V13_C, 'set_pte_at(mm, addr, ptep, mig);'), 4);
    const full = stateExcerpt(view, { maxLines: 100 });
    for (const max of [6, 9, 12]) {
      const text = stateExcerpt(view, { maxLines: max });
      assertMailSafe(text, max);
      assert.match(text, /\.\.\. \d+ more (ptes|pages|slots)/);
      // A row kept is a row of the full excerpt; changed ptes go last.
      for (const l of text.split('\n')) if (!l.includes('... ')) assert.ok(full.split('\n').includes(l), `${l} not in\n${full}`);
    }
    const changed = view.processes[0].ptes.find((p) => view.changed.includes(p.key))!;
    assert.ok(stateExcerpt(view, { maxLines: 8 }).includes(changed.addr), 'a changed pte survives the cut');
  });

  it('leads with the invariant violation, wrapped for mail (the seed restore-loop bug)', async () => {
    const sim = await load('v13-restore-two-pmds-posted');
    let stop = sim.continue();
    while (stop.reason !== 'exception' && !stop.ended) stop = sim.continue();
    assert.strictEqual(stop.reason, 'exception');
    const view = sim.stateView();
    assert.ok(view.violations.length > 0);
    const text = stateExcerpt(view);
    assertMailSafe(text);
    const lines = text.split('\n');
    assert.ok(lines[0].startsWith(`violation ${view.violations[0].invariant}: `), lines[0]);
    assert.ok(lines[0].length <= 76 && lines[1].startsWith('    '), text);
  });

  it('shows only the changed ptes of a range with many, and turns any text into ASCII', async () => {
    const sim = await load('v13-private-migrate');
    const real = toHit(sim, V13_C, lineOf(V13_C, 'set_pte_at(mm, addr, ptep, mig);'), 2);
    // Two processes' worth of the same real ptes (more than `few`), a thread name in UTF-8.
    const other = structuredClone(real.processes[0]);
    other.pid = 2;
    other.name = 'r\u00e9viseur\tapp';
    other.ptes = other.ptes.map((p) => ({ ...p, pid: 2, key: p.key.replace('pte:1:', 'pte:2:') }));
    const view: StateView = { ...real, processes: [real.processes[0], other] };
    const text = stateExcerpt(view, { few: 4 });
    assertMailSafe(text);
    const changed = real.processes[0].ptes.filter((p) => real.changed.includes(p.key));
    assert.ok(text.includes(`pid 1 app: ${changed.length} of 4 ptes changed`), text);
    assert.ok(!text.includes('pid 2'), 'nothing of pid 2 changed');
    assert.ok(stateExcerpt(view, { all: true, maxLines: 40 }).includes('pid 2 r?viseur app: 4 ptes'));
    assert.strictEqual(stateExcerpt({ ...real, processes: [], pages: [], arrays: [], tlbs: [], violations: [] }), `(no ptes, pages or migration arrays in view at step ${real.step})`);
  });
});

describe('evidence: step identity and exact replay', function () {
  this.timeout(120000);

  /** What must be the same after a replay: state, place, and what the debugger shows there. */
  function observe(sim: Simulation, tid: number) {
    const frames = sim.stack(tid);
    const locals = frames.length && !frames[0].native ? sim.variables(sim.scopes(frames[0].id)[0].ref).map((v) => `${v.name}=${v.value}`) : [];
    const { changed, ...view } = sim.stateView();
    void changed;
    return { hash: sim.hash(), position: sim.position(), frames: frames.map((f) => `${f.name} ${f.line}:${f.column}`), locals, view, threads: sim.threads() };
  }

  async function replay(name: string, target: ReplayTarget, slice = 97): Promise<{ sim: Simulation; r: Replay; slices: number }> {
    const sim = await load(name);
    const r = new Replay(sim, target);
    let slices = 0;
    for (;;) {
      const stop = r.advance(slice);
      slices++;
      if (!stop.incomplete) {
        assert.strictEqual(stop.reason, 'step');
        break;
      }
    }
    return { sim, r, slices };
  }

  it('replays a schedule the user chose (the cpu thread stepped alone mid-run) to the same state', async () => {
    const sim = await load('current-cpu-write-race');
    const cpu = sim.threads().find((t) => t.name === 'cpu')!.id;
    for (let i = 0; i < 60; i++) sim.stepIn(1);
    for (let i = 0; i < 5; i++) sim.stepIn(cpu, true);
    sim.stepOver(1);
    const line = lineOf(CURRENT_C, 'set_pte_at(mm, addr, ptep, swp_pte);');
    toHit(sim, CURRENT_C, line, 2);
    const id = stepIdentity(sim, 1);
    assert.strictEqual(id.step, sim.position());
    assert.ok(id.schedule.some(([t]) => t === cpu) && id.schedule.length >= 3, `main, then cpu, then main: ${JSON.stringify(id.schedule)}`);
    assert.strictEqual(id.schedule.reduce((n, [, c]) => n + c, 0), id.step);
    assert.strictEqual(id.location?.line, line);
    assert.strictEqual(id.label, `${id.location!.function}() kernel/mm/migrate_device.c:${line}`);
    assert.strictEqual(id.thread.name, 'main');
    const before = observe(sim, 1);

    const { sim: again, r, slices } = await replay('current-cpu-write-race', { step: id.step, schedule: id.schedule, stateHash: id.stateHash, thread: 1 });
    assert.ok(slices >= Math.ceil(id.step / 97), `the replay went in slices (${slices})`);
    assert.strictEqual(r.verified, true);
    assert.strictEqual(r.problem, undefined);
    assert.deepStrictEqual(observe(again, 1), before);
    // And it goes on as the original run does.
    sim.stepOver(1);
    again.stepOver(1);
    assert.strictEqual(again.hash(), sim.hash());
    assert.strictEqual(again.runToEnd().passed, sim.runToEnd().passed);

    // The default schedule does not reach that state: the schedule is part of the identity.
    const { r: plain } = await replay('current-cpu-write-race', { step: id.step, stateHash: id.stateHash });
    assert.strictEqual(plain.verified, false);
  });

  it('replays to a step reached by stepping back, and step back works after the replay', async () => {
    const sim = await load('v13-private-migrate');
    toHit(sim, V13_C, lineOf(V13_C, 'get_page(page);'), 3);
    for (let i = 0; i < 7; i++) sim.stepIn(1);
    for (let i = 0; i < 4; i++) sim.stepBack(1);
    const id = stepIdentity(sim, 1);
    const before = observe(sim, 1);
    const { sim: again, r } = await replay('v13-private-migrate', { ...id, thread: id.thread.id });
    assert.strictEqual(r.verified, true);
    assert.deepStrictEqual(observe(again, 1), before);
    sim.stepBack(1);
    again.stepBack(1);
    assert.deepStrictEqual(observe(again, 1), observe(sim, 1));
  });

  it('without a schedule, the default schedule gets to the step (a run that only continued)', async () => {
    const sim = await load('trylock-fails');
    for (let i = 0; i < 150; i++) sim.stepOver(1);
    const id = stepIdentity(sim, 1);
    const { sim: again, r } = await replay('trylock-fails', { step: id.step, stateHash: id.stateHash });
    assert.strictEqual(r.verified, true, r.problem);
    assert.strictEqual(again.hash(), id.stateHash);
  });

  it('says clearly when the state differs or the schedule cannot be followed, and still stops', async () => {
    const sim = await load('v13-private-migrate');
    for (let i = 0; i < 40; i++) sim.stepIn(1);
    const id = stepIdentity(sim, 1);
    const { sim: a, r } = await replay('v13-private-migrate', { ...id, thread: 1, stateHash: '0123456789abcdef' });
    assert.strictEqual(r.verified, false);
    assert.match(r.problem ?? '', /state at step 40 is not the one the evidence recorded .*scenario or the C code changed since the evidence was taken/);
    assert.strictEqual(a.position(), 40);
    assert.strictEqual(a.hash(), id.stateHash);

    const { sim: b, r: r2 } = await replay('v13-private-migrate', { step: 40, schedule: [[1, 10], [7, 30]] });
    assert.match(r2.problem ?? '', /statement 11 of the schedule runs thread 7, which is not in this scenario/);
    assert.strictEqual(b.position(), 10);

    const { r: r3 } = await replay('v13-private-migrate', { step: 100000, schedule: [[1, 100000]] });
    assert.match(r3.problem ?? '', /cannot replay the evidence to step 100000: the run ended after \d+ statements/);
  });

  it('replays to an invariant-violation stop and reports the exception the last statement raised', async () => {
    const sim = await load('v13-restore-two-pmds-posted');
    let stop = sim.continue();
    while (stop.reason !== 'exception' && !stop.ended) stop = sim.continue();
    assert.strictEqual(stop.reason, 'exception');
    const id = stepIdentity(sim, stop.tid);
    for (const schedule of [id.schedule, undefined]) {
      const { sim: again, r } = await replay('v13-restore-two-pmds-posted', { step: id.step, ...(schedule ? { schedule } : {}), stateHash: id.stateHash, thread: stop.tid });
      assert.strictEqual(r.verified, true, r.problem);
      assert.strictEqual(r.exception?.exceptionId, stop.exceptionId);
      assert.deepStrictEqual(again.stateView().violations, sim.stateView().violations);
    }
  });

  it('encodes and checks schedules; paths are shown relative to the tree or the scenario', () => {
    assert.deepStrictEqual(encodeSchedule([1, 1, 1, 2, 2, 1]), [[1, 3], [2, 2], [1, 1]]);
    assert.deepStrictEqual(encodeSchedule([]), []);
    assert.deepStrictEqual(checkSchedule([[1, 3], [2, 2]]), { ok: true, runs: [[1, 3], [2, 2]], total: 5 });
    for (const bad of [{}, [[1]], [[1, 0]], [[1, 2.5]], [['1', 2]], [[1, -1]]]) assert.strictEqual(checkSchedule(bad).ok, false, JSON.stringify(bad));
    assert.strictEqual(displayPath('/k/linux/mm/migrate_device.c', '/w/examples/x.mmstep.yaml', '/k/linux'), 'mm/migrate_device.c');
    assert.strictEqual(displayPath('/w/kernel/mm/a.c', '/w/examples/x.mmstep.yaml'), 'kernel/mm/a.c');
    assert.strictEqual(displayPath('/w/examples/a.c', '/w/examples/x.mmstep.yaml'), 'a.c');
  });
});
