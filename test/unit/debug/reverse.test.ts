// DAP tests of reverse execution as the exact reverse of next / continue (issue 10): reverse
// continue sees a change made by the first statement of the run; step back over a call stops
// at the last breakpoint, data change or violation inside it (as gdb's reverse-next does, as a
// forward next stops inside the call); a C data breakpoint ends with its frame (stop, console,
// breakpoint event, removed), forwards and backwards; reverse continue and breakpoints:
// conditions judged at that moment, hit counts as the forward run counted them, logpoints
// silent, C function breakpoints, natives' function breakpoints at their calling statement.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { example, ROOT, Stepper } from './dap-stepper';

const SCENARIO = path.join(ROOT, 'test/unit/debug/fixtures/reverse.mmstep.yaml');
const C = path.join(ROOT, 'test/unit/debug/fixtures/reverse.c');
const C_LINES = fs.readFileSync(C, 'utf8').split('\n');
const POSTED = example('v13-restore-two-pmds-posted');
const TRYLOCK = example('trylock-fails');

/** The 1-based line of `file` holding `text` (the first one at or after the line holding `after`). */
function lineIn(lines: string[], text: string, after?: string): number {
  const from = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const i = lines.findIndex((l, k) => k >= from && l.includes(text));
  assert.ok(from >= 0 && i >= 0, `no line holding ${text}`);
  return i + 1;
}
const line = (text: string, after?: string): number => lineIn(C_LINES, text, after);

type Stopped = DebugProtocol.StoppedEvent;

function output(s: Stepper): string {
  return s.c.events.filter((e) => e.event === 'output').map((e) => (e.body as { output: string }).output).join('');
}

async function value(s: Stepper, expr: string): Promise<string> {
  const [top] = await s.stack();
  const r = await s.request('evaluate', { expression: expr, frameId: top.id, context: 'watch' });
  return (r.body as DebugProtocol.EvaluateResponse['body']).result;
}

async function breakAt(s: Stepper, bps: DebugProtocol.SourceBreakpoint[], file = C): Promise<DebugProtocol.Breakpoint[]> {
  const r = await s.request('setBreakpoints', { source: { path: file }, breakpoints: bps });
  const out = (r.body as DebugProtocol.SetBreakpointsResponse['body']).breakpoints;
  assert.ok(out.every((b) => b.verified), JSON.stringify(out));
  return out;
}

/** A data breakpoint on the local (or global) `name` as the Variables view offers it, in frame `depth`. */
async function watch(s: Stepper, name: string, depth = 0): Promise<DebugProtocol.Breakpoint> {
  const frame = (await s.stack())[depth];
  const scopes = (await s.request('scopes', { frameId: frame.id })).body as DebugProtocol.ScopesResponse['body'];
  const locals = scopes.scopes.find((x) => x.name === 'Locals');
  const rows = locals ? ((await s.request('variables', { variablesReference: locals.variablesReference })).body as DebugProtocol.VariablesResponse['body']).variables : [];
  // a local from the Locals scope; a global as an expression in the frame
  const info = rows.some((v) => v.name === name)
    ? await s.request('dataBreakpointInfo', { variablesReference: locals!.variablesReference, name })
    : await s.request('dataBreakpointInfo', { name, frameId: frame.id });
  const dataId = (info.body as DebugProtocol.DataBreakpointInfoResponse['body']).dataId;
  assert.ok(dataId, `no data id for ${name}`);
  const r = await s.request('setDataBreakpoints', { breakpoints: [{ dataId }] });
  const [bp] = (r.body as DebugProtocol.SetDataBreakpointsResponse['body']).breakpoints;
  assert.strictEqual(bp.verified, true, bp.message);
  return bp;
}

/** `next` until the top frame is on `ln` (in the entry function). */
async function nextTo(s: Stepper, ln: number): Promise<void> {
  for (let i = 0; i < 40 && (await s.where()).line !== ln; i++) await s.run('next');
  assert.strictEqual((await s.where()).line, ln);
}

describe('debug adapter: reverse execution is the exact reverse of next / continue', function () {
  this.timeout(60000);
  let s: Stepper;
  beforeEach(() => (s = new Stepper()));
  afterEach(() => s.dispose());

  it('reverse continue stops at a data breakpoint changed by the first statement of the run', async () => {
    await s.launch(SCENARIO, true);
    await nextTo(s, line('b = bump(b);'));
    await watch(s, 'a');
    const back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'data breakpoint');
    assert.match(back.body.description ?? '', /^a \(in rev_main\): .*uninitialized.* → 7$/);
    // shown on the statement that made the change, the first one
    assert.strictEqual((await s.where()).line, line('int a = 7;'));
    assert.strictEqual(await value(s, 'a'), '7');
  });

  it('continue to a data breakpoint, step on to the next line, reverse continue: back at that change, not the start', async () => {
    await s.launch(SCENARIO, true);
    await nextTo(s, line('int b = 2;'));
    await watch(s, 'counter');
    const hit = (await s.run('continue')) as Stopped;
    assert.strictEqual(hit.body.reason, 'data breakpoint');
    const at = (await s.where()).line;
    assert.strictEqual(at, line('counter = counter + y;'));
    const changed = await value(s, 'counter');
    // The stop shows the statement that made the change (it ran); F11 moves to where the thread rests.
    await s.run('stepIn');
    assert.strictEqual((await s.where()).line, line('return y;'));
    const back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'data breakpoint', JSON.stringify(back.body));
    assert.strictEqual((await s.where()).line, at);
    assert.strictEqual(await value(s, 'counter'), changed);
    // two F11s (the first only leaves the culprit, the second runs `return y`): back there again
    await s.run('stepIn');
    await s.run('stepIn');
    const again = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(again.body.reason, 'data breakpoint', JSON.stringify(again.body));
    assert.strictEqual((await s.where()).line, at);
    // and once more: the change before that one is the start's 0 → nothing earlier, the beginning
    const first = (await s.run('reverseContinue')) as Stopped;
    assert.notStrictEqual(first.body.reason, 'data breakpoint', JSON.stringify(first.body));
  });

  it('reverse continue stops at a breakpoint on the first statement after the entry', async () => {
    await s.launch(SCENARIO, true);
    await nextTo(s, line('for (i = 0'));
    await breakAt(s, [{ line: line('int b = 2;') }]);
    const back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'breakpoint');
    assert.strictEqual((await s.where()).line, line('int b = 2;'));
  });

  it('F10 over a call, then a breakpoint inside it: step back stops at that breakpoint, not at the calling line', async () => {
    await s.launch(SCENARIO, true);
    await nextTo(s, line('a = bump(a);'));
    await s.run('next');
    assert.strictEqual((await s.where()).line, line('b = bump(b);'));
    await breakAt(s, [{ line: line('counter = counter + y;') }]);
    const back = (await s.run('stepBack')) as Stopped;
    assert.strictEqual(back.body.reason, 'breakpoint');
    assert.deepStrictEqual(await s.where(), { name: 'bump', line: line('counter = counter + y;'), depth: 2 });
    assert.strictEqual(await value(s, 'y'), '8');
    // from there, step back goes on inside the call, then to the calling line
    await s.run('stepBack');
    assert.deepStrictEqual(await s.where(), { name: 'bump', line: line('int y = x + 1;'), depth: 2 });
    await s.run('stepBack');
    assert.deepStrictEqual(await s.where(), { name: 'rev_main', line: line('a = bump(a);'), depth: 1 });
    // and forwards again: next stops at the breakpoint, as step back did
    const fwd = (await s.run('next')) as Stopped;
    assert.strictEqual(fwd.body.reason, 'breakpoint');
    assert.strictEqual((await s.where()).line, line('counter = counter + y;'));
  });

  it('step back over a call stops at the LAST breakpoint hit inside it', async () => {
    await s.launch(SCENARIO, true);
    await nextTo(s, line('b = b + twice(i);'));
    await s.run('next');
    assert.strictEqual((await s.where()).line, line('for (i = 0'));
    await breakAt(s, [{ line: line('acc = acc * 2;') }, { line: line('acc = acc + 1;') }]);
    const back = (await s.run('stepBack')) as Stopped;
    assert.strictEqual(back.body.reason, 'breakpoint');
    assert.deepStrictEqual(await s.where(), { name: 'twice', line: line('acc = acc + 1;'), depth: 2 });
    // by line, the previous line (a breakpoint too: arriving there is a step, as forwards)
    await s.run('stepBack');
    assert.strictEqual((await s.where()).line, line('acc = acc * 2;'));
    assert.strictEqual(await value(s, 'acc'), '0', 'twice(0), before acc = acc * 2');
  });

  it('step back over a call stops at a data breakpoint changed inside it, shown on the statement that changed it', async () => {
    await s.launch(SCENARIO, true);
    await nextTo(s, line('b = bump(b);'));
    await s.run('next');
    await watch(s, 'counter');
    const back = (await s.run('stepBack')) as Stopped;
    assert.strictEqual(back.body.reason, 'data breakpoint');
    assert.strictEqual(back.body.description, 'counter (in rev_main): 8 → 11');
    const where = await s.where();
    assert.deepStrictEqual(where, { name: 'bump', line: line('counter = counter + y;'), depth: 2 });
    // Stopped after the change: step back undoes the statement that made it.
    await s.run('stepBack');
    assert.strictEqual((await s.where()).line, line('counter = counter + y;'));
    assert.strictEqual(await value(s, 'counter'), '8');
  });

  it('a C data breakpoint ends with its frame: stop, console, breakpoint event, removed; new frames are not watched', async () => {
    await s.launch(SCENARIO, true);
    await breakAt(s, [{ line: line('counter = counter + y;') }]);
    await s.run('continue');
    const bp = await watch(s, 'y');
    await breakAt(s, [{ line: line('counter = a + b;') }]);
    const gone = s.c.nextEvent('breakpoint');
    const stop = (await s.run('continue')) as Stopped;
    assert.strictEqual(stop.body.reason, 'data breakpoint');
    assert.match(stop.body.description ?? '', /^y \(in bump\): the frame of bump returned; the data breakpoint is removed$/);
    const where = await s.where();
    assert.strictEqual(where.name, 'rev_main', 'stopped in the caller, after the return');
    const ev = (await gone) as DebugProtocol.BreakpointEvent;
    assert.strictEqual(ev.body.reason, 'changed');
    assert.strictEqual(ev.body.breakpoint.id, bp.id);
    assert.strictEqual(ev.body.breakpoint.verified, false);
    assert.match(output(s), new RegExp(`data breakpoint ${bp.id} deleted: y \\(in bump\\): the frame of bump returned`));
    // The second call of bump (a new frame at the same depth) does not stop it.
    const next = (await s.run('continue')) as Stopped;
    assert.strictEqual(next.body.reason, 'breakpoint');
    assert.strictEqual((await s.where()).line, line('counter = a + b;'));
    // VS Code sends its list again: the removed one is refused, saying why.
    const info = await s.request('setDataBreakpoints', { breakpoints: [{ dataId: 'c:1:1:bump:y' }] });
    const [again] = (info.body as DebugProtocol.SetDataBreakpointsResponse['body']).breakpoints;
    assert.strictEqual(again.verified, false);
  });

  it('going back out of a C data breakpoint\'s frame stops before its call and removes it', async () => {
    await s.launch(SCENARIO, true);
    await breakAt(s, [{ line: line('return y;') }]);
    await s.run('continue');
    await s.request('setBreakpoints', { source: { path: C }, breakpoints: [] });
    const bp = await watch(s, 'y');
    const change = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(change.body.reason, 'data breakpoint');
    assert.match(change.body.description ?? '', /^y \(in bump\): .*uninitialized.* → 8$/);
    assert.strictEqual((await s.where()).line, line('int y = x + 1;'));
    const gone = s.c.nextEvent('breakpoint');
    const left = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(left.body.reason, 'data breakpoint');
    assert.match(left.body.description ?? '', /^y \(in bump\): going back, the frame of bump is left \(before its call\); the data breakpoint is removed$/);
    assert.deepStrictEqual(await s.where(), { name: 'rev_main', line: line('a = bump(a);'), depth: 1 });
    assert.strictEqual(((await gone) as DebugProtocol.BreakpointEvent).body.breakpoint.id, bp.id);
    // Into the frame again: not armed again (the run goes on to its end).
    const end = s.c.nextEvent('terminated');
    await s.request('continue', { threadId: 1 });
    await end;
  });

  it('reverse continue: a condition is judged at that moment, a hit count as the forward run counted it', async () => {
    await s.launch(SCENARIO, true);
    const last = line('counter = a + b;');
    await breakAt(s, [{ line: last }]);
    await s.run('continue');
    // twice(n) runs for n = 0, 1, 2: the condition picks the call with n == 1
    await breakAt(s, [{ line: last }, { line: line('acc = acc * 2;'), condition: 'n == 1' }]);
    let back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'breakpoint');
    assert.strictEqual(await value(s, 'n'), '1');
    // bump's line is hit twice going forwards: `== 1` is the first hit (bump(7)), not the last
    await s.run('continue');
    await breakAt(s, [{ line: last }, { line: line('counter = counter + y;'), hitCondition: '1' }]);
    back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'breakpoint');
    assert.strictEqual(await value(s, 'x'), '7');
    // and forwards from there, the second hit does not match `== 1`
    const fwd = (await s.run('continue')) as Stopped;
    assert.strictEqual((await s.where()).line, last, JSON.stringify(fwd.body));
  });

  it('hit counts belong to the run: after going back, the same arrivals are counted again, not on top', async () => {
    await s.launch(SCENARIO, true);
    await breakAt(s, [{ line: line('acc = acc * 2;'), hitCondition: '2' }]);
    await s.run('continue');
    assert.strictEqual(await value(s, 'n'), '1');
    await s.run('reverseContinue');
    await s.run('reverseContinue');
    // at the beginning again: the second arrival is the call with n == 1 once more
    const again = (await s.run('continue')) as Stopped;
    assert.strictEqual(again.body.reason, 'breakpoint');
    assert.strictEqual(await value(s, 'n'), '1');
  });

  it('logpoints log going forwards only; reverse continue passes them without stopping or logging', async () => {
    await s.launch(SCENARIO, true);
    const last = line('counter = a + b;');
    await breakAt(s, [{ line: last }, { line: line('counter = counter + y;'), logMessage: 'bump y={y}' }]);
    await s.run('continue');
    const logged = (): number => (output(s).match(/bump y=/g) ?? []).length;
    assert.strictEqual(logged(), 2);
    const back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'step');
    assert.deepStrictEqual(await s.where(), { name: 'rev_main', line: line('int a = 7;'), depth: 1 }, 'the beginning of the run');
    assert.strictEqual(logged(), 2);
  });

  it('a condition that fails is reported when judged live, not once per arrival replayed', async () => {
    await s.launch(SCENARIO, true);
    const last = line('counter = a + b;');
    await breakAt(s, [{ line: last }]);
    await s.run('continue');
    await breakAt(s, [{ line: last }, { line: line('acc = acc * 2;'), condition: '*(int *)0 == 1' }]);
    const failed = (): number => (output(s).match(/condition '\*\(int \*\)0 == 1' failed/g) ?? []).length;
    const back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'breakpoint', 'a condition that cannot be evaluated stops');
    assert.strictEqual(failed(), 0);
  });

  it('reverse continue stops at a C function breakpoint, at the entry of its last call', async () => {
    await s.launch(SCENARIO, true);
    await breakAt(s, [{ line: line('counter = a + b;') }]);
    await s.run('continue');
    await s.request('setFunctionBreakpoints', { breakpoints: [{ name: 'twice' }] });
    const back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'function breakpoint');
    assert.deepStrictEqual(await s.where(), { name: 'twice', line: line('int acc = n;'), depth: 2 });
    assert.strictEqual(await value(s, 'n'), '2');
  });

  it('a violation shown on its culprit, F10 to where the thread rests, reverse continue: the violation again', async () => {
    const stop = (await s.launch(POSTED, false)) as Stopped;
    assert.strictEqual(stop.body.reason, 'exception');
    const violation = await s.where();
    await s.run('next');
    assert.notDeepStrictEqual(await s.where(), violation);
    const back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'exception', JSON.stringify(back.body));
    assert.deepStrictEqual(await s.where(), violation);
  });

  it('step back over a call in which an invariant broke stops at the violation, on its culprit', async () => {
    const v13 = fs.readFileSync(path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c'), 'utf8').split('\n');
    const unlock = lineIn(v13, 'unlock_page(page);', 'addr += PAGE_SHIFT');
    const stop = (await s.launch(POSTED, false)) as Stopped;
    assert.strictEqual(stop.body.reason, 'exception');
    const violation = await s.where();
    assert.strictEqual(violation.line, unlock);
    // out to the caller, past the call: a step back over it meets the violation again
    await s.run('stepOut');
    const caller = await s.where();
    assert.ok(caller.depth < violation.depth, JSON.stringify(caller));
    const back = (await s.run('stepBack')) as Stopped;
    assert.strictEqual(back.body.reason, 'exception');
    assert.deepStrictEqual(await s.where(), violation);
  });

  it('step back over a call of a native with a function breakpoint stops at its calling statement', async () => {
    const v13 = fs.readFileSync(path.join(ROOT, 'kernel/mm/hmm_migrate_v13.c'), 'utf8').split('\n');
    const isolate = lineIn(v13, 'if (isolate_lru_page(page))');
    await s.launch(TRYLOCK, true);
    // to the caller of hmm_migrate_lock_and_isolate, past the call
    await s.request('setFunctionBreakpoints', { breakpoints: [{ name: 'hmm_migrate_lock_and_isolate' }] });
    await s.run('continue');
    await s.run('stepOut');
    const after = await s.where();
    await s.request('setFunctionBreakpoints', { breakpoints: [{ name: 'isolate_lru_page' }] });
    const back = (await s.run('stepBack')) as Stopped;
    assert.strictEqual(back.body.reason, 'function breakpoint');
    const [top] = await s.stack();
    assert.deepStrictEqual([top.name, top.line], ['hmm_migrate_lock_and_isolate', isolate], `from ${JSON.stringify(after)}`);
  });

  it('reverse continue from inside a native\'s function breakpoint goes to the call before, not to its own calling statement', async () => {
    await s.launch(TRYLOCK, true);
    await s.request('setFunctionBreakpoints', { breakpoints: [{ name: 'isolate_lru_page' }] });
    const page = async (): Promise<string> => {
      const [, caller] = await s.stack();
      const r = await s.request('evaluate', { expression: 'page', frameId: caller.id, context: 'watch' });
      return (r.body as DebugProtocol.EvaluateResponse['body']).result;
    };
    await s.run('continue');
    const first = await page();
    await s.run('continue');
    const second = await page();
    assert.notStrictEqual(first, second);
    const back = (await s.run('reverseContinue')) as Stopped;
    assert.strictEqual(back.body.reason, 'function breakpoint');
    const [top] = await s.stack();
    assert.strictEqual(top.name, 'hmm_migrate_lock_and_isolate', 'at the calling statement (replays do not stop in natives)');
    const r = await s.request('evaluate', { expression: 'page', frameId: top.id, context: 'watch' });
    assert.strictEqual((r.body as DebugProtocol.EvaluateResponse['body']).result, first);
  });
});
