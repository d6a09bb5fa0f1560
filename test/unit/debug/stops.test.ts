// DAP tests of where the debugger stops (issue 10, items 2, 3, 5, 9): an invariant violation on
// the statement that broke it, named in the exception; one verdict in the debugger and headless;
// step back as the exact reverse of next; line stepping by default, statements on request; the
// current statement as a highlight (line and column), not a selection.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { parseStateView } from '../../../src/protocol/check-state';
import type { StateView } from '../../../src/protocol/state';
import { Simulation } from '../../../src/sim/simulation';
import { example, ROOT, Stepper, type Where } from './dap-stepper';

const POSTED = example('v13-restore-two-pmds-posted');
const PRIVATE = example('private-4pages');

/** The 1-based line of the first line holding `text` after the first holding `after`. */
function lineOf(file: string, text: string, after: string): number {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const from = lines.findIndex((l) => l.includes(after));
  const k = lines.findIndex((l, i) => i >= from && l.includes(text));
  assert.ok(from >= 0 && k >= 0, `${text} not found in ${file}`);
  return k + 1;
}

function lastState(s: Stepper): StateView {
  const ev = [...s.c.events].reverse().find((e) => e.event === 'mmstepState');
  assert.ok(ev, 'no mmstepState event');
  return (ev.body as { state: StateView }).state;
}

function output(s: Stepper): string {
  return s.c.events.filter((e) => e.event === 'output').map((e) => (e.body as { output: string }).output).join('');
}

describe('debug adapter: stops (violation at its culprit, verdict, step back, granularity)', function () {
  this.timeout(60000);
  let s: Stepper;
  beforeEach(() => (s = new Stepper()));
  afterEach(() => s.dispose());

  it('advertises stepping granularity', async () => {
    const r = await s.request('initialize', { adapterID: 'mmstep' });
    assert.strictEqual((r.body as DebugProtocol.Capabilities).supportsSteppingGranularity, true);
  });

  it('the v13 posted violation stops on unlock_page(page), names it, and marks its culprits', async () => {
    const unlock = lineOf('kernel/mm/hmm_migrate_v13.c', 'unlock_page(page);', 'addr += PAGE_SHIFT');
    const stop = (await s.launch(POSTED, false)) as DebugProtocol.StoppedEvent;
    assert.strictEqual(stop.body.reason, 'exception');
    const top = (await s.stack())[0];
    assert.strictEqual(top.name, 'hmm_migrate_lock_and_isolate');
    assert.strictEqual(top.line, unlock, 'the stop is on the statement that broke the invariant');
    const src = fs.readFileSync(path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c'), 'utf8').split('\n')[unlock - 1];
    assert.strictEqual(top.column, src.indexOf('unlock_page') + 1);
    // a highlight (line and column), not a selection of the statement
    assert.strictEqual(top.endLine, undefined);
    assert.strictEqual(top.endColumn, undefined);
    const info = await s.request('exceptionInfo', { threadId: 1 });
    const desc = (info.body as DebugProtocol.ExceptionInfoResponse['body']).description ?? '';
    assert.match(desc, /^migration-entry-locked: page pfn 0x102 is unlocked/);
    assert.ok(desc.includes(`broken by unlock_page() at hmm_migrate_v13.c:${unlock}:${top.column}`), desc);
    assert.ok((stop.body.description ?? '').includes(`hmm_migrate_v13.c:${unlock}`));
    const state = lastState(s);
    const checked = parseStateView(JSON.parse(JSON.stringify(state)));
    assert.ok(checked.ok, JSON.stringify(checked));
    const v = state.violations[0];
    assert.deepStrictEqual(v.culprits, [`page:${0x102}`, 'pte:1:0x7f0000200000']);
    assert.ok(v.at && v.at.file.endsWith('hmm_migrate_v13.c') && v.at.line === unlock, JSON.stringify(v.at));
    // culprits are state keys of the view
    const keys = new Set([...state.pages.map((p) => p.key), ...state.processes.flatMap((p) => p.ptes.map((e) => e.key))]);
    for (const k of v.culprits ?? []) assert.ok(keys.has(k), `${k} is no key of the state view`);

    // F10 goes on to where the thread really rests (restore--), without running anything
    const step = (await s.stack())[0];
    await s.run('next');
    const after = await s.where();
    assert.strictEqual(after.line, unlock + 1);
    assert.strictEqual(lastState(s).step, state.step, 'nothing ran');
    void step;
    // reverse continue back from further on: the violation again, at its culprit
    await s.run('next');
    await s.run('next');
    const warnings = (): number => (output(s).match(/warning: pte_swp_soft_dirty/g) ?? []).length;
    const shown = warnings();
    assert.ok(shown > 0, 'the posted pass warns about pte_swp_soft_dirty on a cleared pte');
    const back = (await s.run('reverseContinue')) as DebugProtocol.StoppedEvent;
    // the replay back does not print the run's output again
    assert.strictEqual(warnings(), shown);
    assert.strictEqual(back.body.reason, 'exception');
    assert.strictEqual((await s.where()).line, unlock);
    assert.strictEqual(lastState(s).step, state.step);
  });

  it('one verdict: continuing past the violation gives the verdict the headless run gives, and says which moment', async () => {
    const headless = (await Simulation.load(POSTED, new NodeFileAccess())).runToEnd();
    assert.strictEqual(headless.passed, true);
    assert.strictEqual(headless.checkedAt?.moment, 'violation');
    await s.launch(POSTED, false);
    const ended = s.c.nextEvent('exited');
    await s.run('continue');
    const code = ((await ended) as DebugProtocol.ExitedEvent).body.exitCode;
    assert.strictEqual(code, 0);
    const out = output(s);
    assert.match(out, /== verdict: PASS \(expectations checked at the first invariant violation \(migration-entry-locked, step \d+, hmm_migrate_v13\.c:\d+\), where a headless run stops\)/);
    const step = Number(/step (\d+), hmm/.exec(out)![1]);
    assert.strictEqual(step, headless.checkedAt!.step);
  });

  it('a run without violations is judged at its end, and says so', async () => {
    await s.launch(PRIVATE, false);
    assert.match(output(s), /== verdict: PASS \(expectations checked at the end of the run \(step \d+\)\)/);
  });

  /** Stops of `next` from entry until main is at the call of `until` (or `max` stops). */
  async function nextStops(granularity: string | undefined, until: RegExp, max = 80): Promise<Where[]> {
    await s.launch(PRIVATE, true);
    const out: Where[] = [];
    const text = fs.readFileSync(path.join(ROOT, 'kernel/test/hmm_test_v13.c'), 'utf8').split('\n');
    for (let i = 0; i < max; i++) {
      const w = await s.where();
      out.push(w);
      if (w.depth === 1 && until.test(text[w.line - 1] ?? '')) break;
      await s.run('next', granularity ? { granularity } : {});
    }
    return out;
  }

  it('next stops once per line by default; granularity "statement" stops at each for clause', async () => {
    const byLine = await nextStops(undefined, /hmm_migrate_collect\(/);
    s.dispose();
    s = new Stepper();
    const byStmt = await nextStops('statement', /hmm_migrate_collect\(/);
    s.dispose();
    s = new Stepper();
    const byInsn = await nextStops('instruction', /hmm_migrate_collect\(/);
    assert.ok(byStmt.length > byLine.length, `${byStmt.length} statement stops, ${byLine.length} line stops`);
    assert.deepStrictEqual(byInsn, byStmt, 'instruction granularity is statement granularity');
    // The line stops are the statement stops with the repeats of a line collapsed.
    const collapsed = byStmt.filter((w, i) => i === 0 || w.line !== byStmt[i - 1].line || w.depth !== byStmt[i - 1].depth);
    assert.deepStrictEqual(byLine, collapsed);
    for (let i = 1; i < byLine.length; i++) {
      assert.ok(byLine[i].line !== byLine[i - 1].line || byLine[i].depth !== byLine[i - 1].depth, `stop ${i} repeats line ${byLine[i].line}`);
    }
  });

  it('next, then stepBack, returns to the same line and state, at every stop to the end', async () => {
    await s.launch(PRIVATE, true);
    let checked = 0;
    let overCalls = 0;
    for (let i = 0; i < 300; i++) {
      const before = await s.where();
      const beforeStack = (await s.stack()).map((f) => `${f.name}:${f.line}`);
      const step0 = lastState(s).step;
      const ev = await s.run('next');
      if (ev.event !== 'stopped') break;
      const mid = await s.where();
      if (mid.depth === before.depth && lastState(s).step - step0 > 3) overCalls++;
      await s.run('stepBack');
      const back = (await s.stack()).map((f) => `${f.name}:${f.line}`);
      assert.deepStrictEqual(back, beforeStack, `stop ${i}: next went to ${mid.name}:${mid.line}, stepBack did not return`);
      assert.strictEqual(lastState(s).step, step0);
      checked++;
      // and on: next again from the same place
      await s.run('next');
    }
    assert.ok(checked > 20, `${checked} stops checked`);
    assert.ok(overCalls > 0, 'some next stepped over a call');
  });

  it('stepBack honours granularity; stepIn then stepBack returns to the calling line', async () => {
    await s.launch(PRIVATE, true);
    // statement granularity goes back one statement (a for clause), line granularity a line
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      const w = await s.where();
      await s.run('next', { granularity: 'statement' });
      const x = await s.where();
      if (x.line === w.line && x.depth === w.depth) {
        // two statements of one line: by statement, stepBack returns to the first; by line
        // from the middle of a line, to its start too, and from there to the line before
        const step0 = lastState(s).step;
        await s.run('stepBack', { granularity: 'statement' });
        assert.deepStrictEqual(await s.where(), w);
        const step1 = lastState(s).step;
        assert.ok(step1 < step0);
        await s.run('next', { granularity: 'statement' });
        await s.run('stepBack');
        assert.deepStrictEqual(await s.where(), w);
        assert.strictEqual(lastState(s).step, step1);
        await s.run('stepBack');
        const l = await s.where();
        assert.ok(l.line !== w.line, `line stepBack stayed on line ${l.line}`);
        found = true;
      }
    }
    assert.ok(found, 'no line with two statements found');
    // next until a line whose stepIn enters a C function
    let entered: Where | undefined;
    let caller: Where | undefined;
    for (let i = 0; i < 60 && !entered; i++) {
      const w = await s.where();
      await s.run('stepIn');
      const x = await s.where();
      if (x.depth > w.depth) (entered = x), (caller = w);
    }
    assert.ok(entered && caller, 'no stepIn entered a function');
    await s.run('stepBack');
    assert.deepStrictEqual(await s.where(), caller);
  });
});
