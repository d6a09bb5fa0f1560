// scripts/selftest-table.js: docs/selftests.md's results table from real `mmstep selftest
// --json` output (our own fixture file, run in-process), and exit 2 on anything else.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { runCli } from '../../../src/cli/cli';
import { captureIo } from '../cli/helpers';

const ROOT = path.resolve(__dirname, '../../../..');
const SCRIPT = path.join(ROOT, 'scripts/selftest-table.js');

describe('scripts/selftest-table.js', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-table-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('one row per result with status, reason and needs; skip reasons counted', async () => {
    const io = captureIo();
    await runCli(['selftest', 'test/fixtures/selftest/basic.c', '--json', 'global'], io);
    const json = path.join(dir, 'basic.json');
    fs.writeFileSync(json, io.stdout);
    const r = spawnSync(process.execPath, [SCRIPT, json], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const rows = r.stdout.split('\n').filter((l) => /^\| \d+ /.test(l));
    assert.strictEqual(rows.length, 8);
    assert.strictEqual(rows[0], '| 1 | `global.plain_pass` | ok |  |  |');
    assert.strictEqual(rows[4], '| 5 | `global.needs_device` | skip | frobnicate_device() is not modelled by mmstep (called at basic.c:50:2) | `frobnicate_device` |');
    assert.match(rows[6], /^\| 7 \| `global\.null_deref` \| not ok \| test\/fixtures\/selftest\/basic\.c:68:2: null-deref: /);
    assert.match(r.stdout, /^\S*\/basic\.c: 8 results — ok 2, not ok 3, skip 3\.$/m);
    assert.match(r.stdout, /\n- 1 × no device 5\n/);
  });

  it('a function every result can reach is named once above the table, not in each row', () => {
    const run = {
      file: 'x.c',
      totals: { pass: 1, fail: 0, skip: 1 },
      results: [
        { index: 1, name: 'a.t1', status: 'pass', needs: ['vfs_open'] },
        { index: 2, name: 'a.t2', status: 'skip', reason: 'r', needs: ['vfs_open', 'frob'] },
      ],
    };
    const json = path.join(dir, 'every.json');
    fs.writeFileSync(json, JSON.stringify(run));
    const r = spawnSync(process.execPath, [SCRIPT, json], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /\nEvery test can reach `vfs_open` \(not modelled\)/);
    const rows = r.stdout.split('\n').filter((l) => /^\| \d+ /.test(l));
    assert.deepStrictEqual(rows, ['| 1 | `a.t1` | ok |  |  |', '| 2 | `a.t2` | skip | r | `frob` |']);
  });

  it('exits 2 on input that is not selftest --json output', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"results": 3}');
    const r = spawnSync(process.execPath, [SCRIPT, bad], { encoding: 'utf8' });
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /is not `mmstep selftest --json` output/);
    const r2 = spawnSync(process.execPath, [SCRIPT], { input: 'not json', encoding: 'utf8' });
    assert.strictEqual(r2.status, 2);
    assert.match(r2.stderr, /standard input/);
  });
});
