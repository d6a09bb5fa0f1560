// The interpreter's limits seen through a scenario run (the path of `mmstep run` and the
// debugger): a runaway loop ends at the scheduler's step budget and every step returns control
// (so a debugger can pause there), runaway recursion and an oversized local end as faults at
// their line, and C names that are JavaScript properties work as entry functions.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';

function scenario(c: string, entry: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-hardening-'));
  fs.writeFileSync(path.join(dir, 'k.c'), c);
  const file = path.join(dir, 'k.mmstep.yaml');
  fs.writeFileSync(file, `name: hardening\nsources: [k.c]\nentry: {function: ${entry}}\nmemory:\n  processes: [{pid: 1, vmas: [{start: 0x10000, end: 0x11000}]}]\n`);
  return file;
}

function load(c: string, entry = 'run', stepBudget = 5000): Promise<Simulation> {
  return Simulation.load(scenario(c, entry), new NodeFileAccess(undefined, [os.tmpdir()]), {}, { stepBudget });
}

describe('hardening: limits in a scenario run', () => {
  it('for (;;) { } ends at the step budget, at the loop', async () => {
    const sim = await load('int run(void)\n{\n\tint i;\n\n\tfor (i = 0;;) {\n\t}\n\treturn i;\n}\n');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'budget');
    assert.ok(r.steps >= 5000);
    assert.strictEqual(r.passed, false);
  });

  it('each step over in for (;;) ; comes back, resting on the loop', async () => {
    const sim = await load('int run(void)\n{\n\tfor (;;)\n\t\t;\n}\n');
    for (let i = 0; i < 5; i++) {
      const stop = sim.stepOver(sim.sched.mainTid);
      assert.notStrictEqual(stop.reason, 'end');
    }
    assert.strictEqual(sim.machine.currentLoc(sim.machine.thread(sim.sched.mainTid)).line, 3);
  });

  it('runaway recursion is a fault at the calling line', async () => {
    const sim = await load('static int down(int n)\n{\n\treturn down(n + 1) + 1;\n}\nint run(void)\n{\n\treturn down(0);\n}\n', 'run', 1e6);
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'fault');
    assert.strictEqual(r.fault?.kind, 'call-depth');
    assert.deepStrictEqual([r.fault?.line, r.fault?.column], [3, 9]);
  });

  it('a local larger than the memory budget is a fault at its declaration', async () => {
    const sim = await load('static int fill(void)\n{\n\tunsigned long pfns[1 << 24][4];\n\n\tpfns[0][0] = 1;\n\treturn 1;\n}\nint run(void)\n{\n\treturn fill();\n}\n');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'fault');
    assert.strictEqual(r.fault?.kind, 'memory-budget');
    assert.strictEqual(r.fault?.line, 3);
  });

  it('an entry function named toString runs', async () => {
    const sim = await load('static int constructor = 2;\nint toString(void)\n{\n\treturn constructor + 1;\n}\n', 'toString');
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'completed');
    assert.strictEqual(r.returned, '3');
  });
});
