// One verdict everywhere (issue 10, item 3): `mmstep run` (what Run Scenario runs), `mmstep
// check` and the debugger judge the same moment of the v13 posted run — its first invariant
// violation — and say so; a debugger run with the invariants exception filter off, which goes
// on to the end, still gives that verdict. A run without violations is judged at its end.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { runCli } from '../../../src/cli/cli';
import { Simulation } from '../../../src/sim/simulation';
import { captureIo, ROOT } from './helpers';

const POSTED = 'examples/v13-restore-two-pmds-posted.mmstep.yaml';
const PRIVATE = 'examples/private-4pages.mmstep.yaml';

describe('cli: one verdict, and the moment it describes', function () {
  this.timeout(60000);

  it('run and check of the v13 posted file: PASS at the first violation, as the debugger says', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['run', POSTED, '--quiet'], io), 0);
    const m = /\(expectations checked at the first invariant violation \(migration-entry-locked, step (\d+), hmm_migrate_v13\.c:(\d+)\), where a headless run stops\)/.exec(io.stdout);
    assert.ok(m, io.stdout);
    const json = captureIo();
    assert.strictEqual(await runCli(['check', POSTED, '--json'], json), 0);
    const entry = JSON.parse(json.stdout).scenarios[0];
    assert.strictEqual(entry.status, 'pass');
    assert.deepStrictEqual([entry.checkedAt.moment, entry.checkedAt.step, entry.checkedAt.line], ['violation', Number(m[1]), Number(m[2])]);

    // the debugger's way: time travel on, invariants not stopping, on to the real end
    const sim = await Simulation.load(path.join(ROOT, POSTED), new NodeFileAccess(), {}, { timeTravel: true });
    sim.setExceptionFilters(['faults', 'deadlock']);
    const stop = sim.continue();
    assert.strictEqual(stop.reason, 'end');
    const r = sim.result();
    assert.ok(r.steps > Number(m[1]), 'the run went on past the violation');
    assert.strictEqual(r.passed, true);
    assert.deepStrictEqual([r.checkedAt?.moment, r.checkedAt?.step], ['violation', Number(m[1])]);
  });

  it('a run without violations is judged at its end', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['run', PRIVATE, '--quiet'], io), 0);
    assert.match(io.stdout, /\(expectations checked at the end of the run \(step \d+\)\)/);
  });

  it('run --trace lists the statement that broke the invariant once, then goes on', async () => {
    const io = captureIo();
    await runCli(['run', POSTED, '--trace', '--quiet'], io);
    const lines = io.stdout.split('\n');
    const bang = lines.findIndex((l) => l.startsWith('  ! migration-entry-locked'));
    assert.ok(bang > 0, io.stdout.slice(0, 2000));
    const stmt = (l: string): boolean => l.startsWith('  [main] ') && l.includes('hmm_migrate_v13.c:');
    const before = lines.slice(0, bang).reverse().find(stmt);
    const after = lines.slice(bang + 1).find(stmt);
    assert.match(before ?? '', /unlock_page\(page\);/);
    assert.doesNotMatch(after ?? '', /unlock_page\(page\);/);
    assert.match(after ?? '', /restore--;/);
  });
});
