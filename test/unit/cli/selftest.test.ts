// `mmstep selftest FILE.c`: TAP on stdout as the tests run, --json, --step-budget, selectors and
// the exit status (0 ok/skip, 1 not ok, 2 load or usage error with file:line:col).

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { captureIo, ROOT } from './helpers';

const BASIC = 'test/fixtures/selftest/basic.c';
const SETUP = 'test/fixtures/selftest/setup.c';

describe('mmstep selftest', () => {
  it('prints TAP and exits 1 when a test is not ok', async () => {
    const io = captureIo();
    const code = await runCli(['selftest', BASIC], io);
    assert.strictEqual(code, 1);
    assert.strictEqual(io.stderr, '');
    assert.ok(io.stdout.startsWith('TAP version 13\n1..12\n'));
    assert.match(io.stdout, /\nok 1 global\.plain_pass\n/);
    assert.match(io.stdout, /\nnot ok 7 global\.null_deref # {2}test\/fixtures\/selftest\/basic\.c:68:2: null-deref: /);
  });

  it('exits 0 when every selected test is ok or skipped', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['selftest', BASIC, 'plain_pass', 'skipped', 'needs_device', 'maps_memory'], io), 0);
    assert.match(io.stdout, /# PASSED: 4 \/ 4 tests passed\.\n# Totals: pass:2 fail:0 xfail:0 xpass:0 skip:2 error:0\n$/);
  });

  it('--json prints one object with every result; --step-budget bounds each test', async () => {
    const io = captureIo();
    const code = await runCli(['selftest', SETUP, '--json', '--step-budget', '5000', 'runaway', 'fresh_state'], io);
    assert.strictEqual(code, 1);
    const j = JSON.parse(io.stdout);
    assert.deepStrictEqual(
      j.results.map((r: { name: string; status: string }) => [r.name, r.status]),
      [
        ['global.runaway', 'fail'],
        ['global.fresh_state', 'pass'],
      ],
    );
    assert.strictEqual(j.results[0].fault.kind, 'step-budget');
    assert.match(j.results[0].fault.message, /step budget of 5000 statements/);
    assert.deepStrictEqual(j.totals, { pass: 1, fail: 1, skip: 0, xfail: 0, xpass: 0, error: 0 });
  });

  it('a file that does not compile exits 2 with file:line:col; so does a TEST naming no test', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-selftest-'));
    try {
      const bad = path.join(dir, 'bad.c');
      fs.writeFileSync(bad, '#include "kselftest_harness.h"\nTEST(x)\n{\n\tint a = ;\n}\n');
      const io = captureIo();
      assert.strictEqual(await runCli(['selftest', bad], io), 2);
      assert.match(io.stderr, /bad\.c:4:\d+: error: /);
      const none = path.join(dir, 'none.c');
      fs.writeFileSync(none, 'int main(void)\n{\n\treturn 0;\n}\n');
      const io2 = captureIo();
      assert.strictEqual(await runCli(['selftest', none], io2), 2);
      assert.match(io2.stderr, /none\.c:1:1: error: no TEST\(\) or TEST_F\(\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const io3 = captureIo();
    assert.strictEqual(await runCli(['selftest', BASIC, 'no_such_test'], io3), 2);
    assert.match(io3.stderr, /no test named 'no_such_test'/);
    assert.strictEqual(io3.stdout, '');
  });

  it('--kernel-tree that is not a kernel tree exits 2 naming it', async () => {
    const io = captureIo();
    assert.strictEqual(await runCli(['selftest', '--kernel-tree', path.join(ROOT, 'test')], io), 2);
    assert.match(io.stderr, /is not a kernel tree/);
  });

  it('usage: a file or --kernel-tree is needed; --step-budget is a positive number', () => {
    assert.throws(() => parseArgs(['selftest']), UsageError);
    assert.throws(() => parseArgs(['selftest', BASIC, '--step-budget', '0']), /positive whole number/);
    assert.throws(() => parseArgs(['selftest', BASIC, '--step-budget']), /positive whole number/);
    assert.throws(() => parseArgs(['exec', 'a.c', '--step-budget', '5']), /unknown option --step-budget/);
    assert.deepStrictEqual(parseArgs(['selftest', '--kernel-tree=/t', 'migrate', '--step-budget=7']), {
      command: 'selftest',
      files: ['migrate'],
      json: false,
      trace: false,
      quiet: false,
      kernelTree: '/t',
      stepBudget: 7,
    });
  });
});
