// Threads started at named points of main's run (`after-call`, `at-line`, `occurrence`): main is
// preempted exactly there, the thread runs until it finishes, then main goes on — visible in the
// order of the printf output. Also per-scenario invariant switches and their diagnostics.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { LoadError } from '../../../src/sim/types';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures');

function scenario(start: string, extra = ''): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-points-'));
  fs.mkdirSync(path.join(dir, 'c'));
  fs.copyFileSync(path.join(FIXTURES, 'c', 'points.c'), path.join(dir, 'c', 'points.c'));
  fs.mkdirSync(path.join(dir, 's'));
  const file = path.join(dir, 's', 'points.mmstep.yaml');
  fs.writeFileSync(
    file,
    `name: points
sources: [../c/points.c]
entry: {function: driver}
threads:
  - {name: spy, function: spy, args: [1], start: ${start}}
memory:
  processes: [{pid: 1, vmas: [{start: 0x10000, end: 0x11000}]}]
${extra}`,
  );
  return file;
}

async function order(start: string, step = false): Promise<string> {
  // The scenario reads ../c/points.c: its workspace is the temporary folder (source-policy.ts).
  const sim = await Simulation.load(scenario(start), new NodeFileAccess(undefined, [os.tmpdir()]));
  if (step) while (sim.stepOver(sim.sched.mainTid).reason !== 'end' && !sim.sched.ended);
  else sim.runToEnd();
  return sim.result().output.join(' ');
}

describe('simulation: threads started at named points', () => {
  it('after-call with occurrence: right after the 2nd return from step_a in driver', async () => {
    assert.strictEqual(await order('{after-call: step_a, in: driver, occurrence: 2}'), 'a0 a1 spy1 a2 b c');
  });
  it('after-call of a function called once', async () => {
    assert.strictEqual(await order('{after-call: step_b}'), 'a0 a1 a2 b spy1 c');
  });
  it('at-line: just before main runs that line', async () => {
    assert.strictEqual(await order('{at-line: {file: ../c/points.c, line: 19}}'), 'a0 a1 a2 b spy1 c');
  });
  it('the same order when main is stepped over statement by statement', async () => {
    assert.strictEqual(await order('{after-call: step_a, in: driver, occurrence: 2}', true), 'a0 a1 spy1 a2 b c');
  });
  it('names that do not exist are load errors at their line', async () => {
    await assert.rejects(
      Simulation.load(scenario('{after-call: nosuch}'), new NodeFileAccess(undefined, [os.tmpdir()])),
      (e: unknown) => e instanceof LoadError && /no function 'nosuch'/.test(e.message) && e.diagnostics[0].line === 5,
    );
    await assert.rejects(
      Simulation.load(scenario('{at-line: {file: ../c/points.c, line: 2}}'), new NodeFileAccess(undefined, [os.tmpdir()])),
      (e: unknown) => e instanceof LoadError && /no statement starts at line 2/.test(e.message),
    );
  });
  it('invariants can be switched per scenario; an unknown name is a load error', async () => {
    await assert.rejects(
      Simulation.load(scenario("'first'", 'invariants: {mapcont: false}\n'), new NodeFileAccess(undefined, [os.tmpdir()])),
      (e: unknown) => e instanceof LoadError && /unknown invariant 'mapcont'/.test(e.message) && e.diagnostics[0].line === 8,
    );
    const sim = await Simulation.load(scenario("'first'", 'invariants: {mapcount: false}\n'), new NodeFileAccess(undefined, [os.tmpdir()]));
    assert.strictEqual(sim.model.invariants.mapcount, false);
  });
});
