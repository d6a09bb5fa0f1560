// entry.user_process (issue 12): a scenario's entry function runs as a user-space program of a
// process of the model — its loads and stores through that process's page tables, a fault
// through mmstep's kernel fault path, mmap from the process — and a wrong pid is a diagnostic
// at the key. Without the key the same C is a kernel function, whose store through a user
// address is a fault.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { Simulation } from '../../../src/sim/simulation';
import { LoadError } from '../../../src/sim/types';

const DIR = path.resolve(__dirname, '../../../../test/fixtures/scenarios/user');
const SCENARIO = path.join(DIR, 'user-touch.mmstep.yaml');

/** The fixture with its text changed by `edit`, beside it (so its C source is found). */
function variant(edit: (text: string) => string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-user-entry-'));
  fs.copyFileSync(path.join(DIR, 'user_touch.c'), path.join(tmp, 'user_touch.c'));
  const file = path.join(tmp, 'user-touch.mmstep.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(SCENARIO, 'utf8')).replace('../../../../schemas/', ''));
  return file;
}

describe('scenario entry.user_process: the entry as a user-space program', function () {
  this.timeout(60000);

  it('runs through the process page tables: four present ptes, returns 10, verdict PASS', async () => {
    const sim = await Simulation.load(SCENARIO, new NodeFileAccess(), {});
    sim.continue();
    const r = sim.result();
    assert.strictEqual(r.outcome, 'completed', JSON.stringify(r));
    assert.strictEqual(String(r.returned), '10');
    const ptes = sim.stateView().processes[0].ptes.filter((p) => p.kind === 'present');
    assert.deepStrictEqual(ptes.map((p) => p.addr), ['0x7f0000000000', '0x7f0000001000', '0x7f0000002000', '0x7f0000003000']);
    assert.strictEqual(new Set(ptes.map((p) => p.pfn)).size, 4);
  });

  it('a pid that is not a process is an error at entry.user_process', async () => {
    const file = variant((t) => t.replace('user_process: 1', 'user_process: 9'));
    await assert.rejects(Simulation.load(file, new NodeFileAccess(), {}), (err: unknown) => {
      assert.ok(err instanceof LoadError);
      const d = err.diagnostics.find((x) => /pid 9/.test(x.message));
      assert.ok(d, JSON.stringify(err.diagnostics));
      assert.strictEqual(d.line, 9);
      return true;
    });
  });

  it('without it the entry is kernel code: mmap is not there to call', async () => {
    const file = variant((t) => t.replace(/\n  user_process: 1/, ''));
    await assert.rejects(Simulation.load(file, new NodeFileAccess(), {}), (err: unknown) => err instanceof LoadError && err.diagnostics.some((d) => /mmap/.test(d.message)));
  });
});
