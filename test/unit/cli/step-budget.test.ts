// `--step-budget N` on `run` and `check`: the scenario's run stops as a runaway after N
// statements instead of the default 2,000,000 (issue 12 item 5).

import * as assert from 'assert';
import { runCli } from '../../../src/cli/cli';
import { parseArgs } from '../../../src/cli/args';
import { captureIo } from './helpers';

const DEMO = 'examples/private-4pages.mmstep.yaml';

describe('--step-budget for scenarios', () => {
  it('run stops the scenario at the budget; without it the demo completes', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['run', DEMO, '--quiet', '--step-budget', '50'], io), 1);
    assert.match(io.stdout, /Result: budget \(50 steps\)/);
    const full = captureIo();
    assert.strictEqual(await runCli(['run', DEMO, '--quiet'], full), 0);
    assert.match(full.stdout, /Result: completed, returned 4/);
  });

  it('check applies it to every scenario', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['check', DEMO, '--json', '--step-budget=50'], io), 1);
    assert.match(io.stdout, /budget/);
  });

  it('is parsed for run and check, refused for commands without a run', () => {
    assert.strictEqual(parseArgs(['check', DEMO, '--step-budget', '9']).stepBudget, 9);
    assert.throws(() => parseArgs(['lint', DEMO, '--step-budget', '9']), /unknown option --step-budget for "lint"/);
  });
});
